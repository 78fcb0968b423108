// SPDX-License-Identifier: MIT
// The tour kept in the browser and the tour sources of present.html: a broken record is ignored,
// never thrown; a tour URL is http(s) only; every source goes through parseTour.
import { describe, expect, it } from 'vitest';
import { STORE_KEY, readStoredTour, writeStoredTour, type TourStorage } from '../../src/tour/store.ts';
import { LOCAL_TOUR_PARAM, fetchTour, localTour, tourSource } from '../../src/tour/source.ts';
import { TourError } from '../../src/tour/tour.ts';

function memory(initial: Record<string, string> = {}): TourStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const stop = {
  state: '#v=1&year=2010',
  title: { fr: 'Titre', en: 'Title' },
  caption: { fr: '{poles} pôles', en: '{poles} pôles' },
};

/** The problems of a rejected promise or call that must be a TourError. */
async function problemsOf(run: () => unknown): Promise<string[]> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(TourError);
    return (error as TourError).problems;
  }
  throw new Error('accepted');
}

describe('the tour kept in the browser', () => {
  it('writes and reads back, unfinished stops included; an empty tour removes the record', () => {
    const storage = memory();
    const unfinished = { ...stop, caption: { fr: '', en: '' } };
    expect(writeStoredTour(storage, [stop, unfinished])).toBe(true);
    expect(JSON.parse(storage.map.get(STORE_KEY)!).version).toBe(1);
    expect(readStoredTour(storage)).toEqual({ stops: [stop, unfinished], corrupt: false });
    expect(writeStoredTour(storage, [])).toBe(true);
    expect(storage.map.has(STORE_KEY)).toBe(false);
    expect(readStoredTour(storage)).toEqual({ stops: [], corrupt: false });
  });

  it('ignores a record it cannot read, and says so', () => {
    for (const raw of [
      '{"version":1,"stops":[',
      '{"version":2,"stops":[]}',
      '{"version":1,"stops":[{"state":3}]}',
      'null',
    ]) {
      expect(readStoredTour(memory({ [STORE_KEY]: raw }))).toEqual({ stops: [], corrupt: true });
    }
  });

  it('survives a browser that refuses storage', () => {
    const refusing: TourStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(readStoredTour(refusing)).toEqual({ stops: [], corrupt: false });
    expect(writeStoredTour(refusing, [stop])).toBe(false);
    expect(writeStoredTour(null, [stop])).toBe(false);
  });
});

describe('the tour present.html runs', () => {
  const page = 'https://example.org/poles/present.html?x';

  it('reads the query string: default, local, a URL relative to the page or absolute', () => {
    expect(tourSource('', page)).toEqual({ kind: 'default' });
    expect(tourSource(`?${LOCAL_TOUR_PARAM}`, page)).toEqual({ kind: 'local' });
    const relative = tourSource('?tour=tours/salon.json', page);
    expect(relative.kind === 'url' && relative.url.href).toBe('https://example.org/poles/tours/salon.json');
    const absolute = tourSource('?tour=http://127.0.0.1:4173/t.json', page);
    expect(absolute.kind === 'url' && absolute.url.href).toBe('http://127.0.0.1:4173/t.json');
  });

  it('fetches nothing but http(s)', async () => {
    expect(await problemsOf(() => tourSource('?tour=javascript:alert(1)', page))).toEqual([
      'tour: only http(s) URLs are read, not javascript:',
    ]);
    expect(await problemsOf(() => tourSource('?tour=data:application/json,{}', page))).toEqual([
      'tour: only http(s) URLs are read, not data:',
    ]);
  });

  it('runs the kept tour through parseTour, and refuses none, a broken one or an unfinished one', async () => {
    const storage = memory();
    expect(await problemsOf(() => localTour(storage))).toEqual([
      'local-tour: no tour is kept in this browser',
    ]);
    writeStoredTour(storage, [stop]);
    expect(localTour(storage).stops[0]!.view.year).toBe(2010);
    writeStoredTour(storage, [{ ...stop, caption: { fr: '', en: 'x' } }]);
    expect(await problemsOf(() => localTour(storage))).toEqual(['stops[0].caption.fr: missing or empty']);
    storage.setItem(STORE_KEY, '{');
    expect(await problemsOf(() => localTour(storage))).toEqual([
      'local-tour: the tour kept in this browser could not be read',
    ]);
  });

  it('fetches a tour file, with the HTTP status or the fields at fault when it fails', async () => {
    const url = new URL('https://example.org/t.json');
    const answer = (body: string, status = 200) =>
      (async () => new Response(body, { status })) as typeof fetch;
    expect((await fetchTour(url, answer(JSON.stringify({ stops: [stop] })))).stops).toHaveLength(1);
    expect(await problemsOf(() => fetchTour(url, answer('', 404)))).toEqual([
      'tour: https://example.org/t.json: HTTP 404',
    ]);
    const page = (async () =>
      new Response('<!doctype html>', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      })) as typeof fetch;
    expect(await problemsOf(() => fetchTour(url, page))).toEqual([
      'tour: https://example.org/t.json: a web page, not a tour file (is the address right?)',
    ]);
    expect(
      await problemsOf(() => fetchTour(url, answer(JSON.stringify({ stops: [{ ...stop, title: 1 }] })))),
    ).toEqual(['stops[0].title: expected {"fr": "…", "en": "…"}']);
  });
});
