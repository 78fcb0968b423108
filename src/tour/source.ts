// SPDX-License-Identifier: MIT
// Which tour present.html runs: the default one, the one written in this browser's editor
// (`present.html?local-tour`), or a JSON file at a URL (`present.html?tour=tours/salon.json`,
// relative to the page, or an http(s) URL that serves it with CORS). Every one goes through
// parseTour, so a broken file is refused with the fields at fault.
import { readStoredTour, type TourStorage } from './store.ts';
import { TourError, parseTour, parseTourText, type Tour } from './tour.ts';

export type TourSource = { kind: 'default' } | { kind: 'local' } | { kind: 'url'; url: URL };

/** The parameter that runs the editor's tour. */
export const LOCAL_TOUR_PARAM = 'local-tour';

/** The tour source of a page's query string; a `tour` that is no http(s) URL is a TourError. */
export function tourSource(search: string, page: string): TourSource {
  const params = new URLSearchParams(search);
  if (params.has(LOCAL_TOUR_PARAM)) return { kind: 'local' };
  const value = params.get('tour');
  if (value === null) return { kind: 'default' };
  let url: URL;
  try {
    url = new URL(value, page);
  } catch {
    throw new TourError([`tour: "${value}" is not a URL`]);
  }
  // No javascript:, data: or file: tour: the page fetches it, and only over http(s).
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TourError([`tour: only http(s) URLs are read, not ${url.protocol}`]);
  return { kind: 'url', url };
}

/** The editor's tour in `storage`, validated; a TourError when there is none or it is broken. */
export function localTour(storage: TourStorage | null): Tour {
  const { stops, corrupt } = readStoredTour(storage);
  if (corrupt) throw new TourError(['local-tour: the tour kept in this browser could not be read']);
  if (stops.length === 0) throw new TourError(['local-tour: no tour is kept in this browser']);
  return parseTour({ stops });
}

/** The tour at `url`: an HTTP failure or a file that is not a tour rejects with the reason. */
export async function fetchTour(url: URL, fetcher: typeof fetch = fetch): Promise<Tour> {
  const response = await fetcher(url, { credentials: 'same-origin' });
  if (!response.ok) throw new TourError([`tour: ${url.href}: HTTP ${response.status}`]);
  // Servers that answer every unknown path with the site's page would otherwise give "not JSON".
  if (/^text\/html/i.test(response.headers.get('content-type') ?? ''))
    throw new TourError([`tour: ${url.href}: a web page, not a tour file (is the address right?)`]);
  return parseTourText(await response.text());
}
