// SPDX-License-Identifier: MIT
// The tour being written in the app's editor: a list of stops that may still be unfinished (an
// empty caption, a figure that the data cannot give), edited by pure operations that return a new
// list, and checked at every change with parseTour's errors, which name the field at fault.
import type { TimeFile } from '../data/time/types.ts';
import { encodeHash } from '../state/hash.ts';
import { DEFAULT_STATE, type ViewState } from '../state/view-state.ts';
import type { PolesFile } from '../types.ts';
import {
  TourError,
  checkHighlights,
  parseTour,
  type Tour,
  type TourStopJson,
  type TourText,
} from './tour.ts';

/** A stop in the editor: every field present (empty when unset), and an id that survives moves. */
export interface DraftStop {
  id: string;
  state: string;
  title: TourText;
  caption: TourText;
  /** A pôle id, or '' for none. */
  highlight: string;
  /** Where the figures the text writes out come from (shown on the slide). */
  sources: TourText;
  notes: TourText;
}

/** The fields a presenter edits. */
export type DraftField = 'title' | 'caption' | 'sources' | 'notes';

let sequence = 0;
/** Ids are only for the page's lifetime (list keys, drag and drop): the file does not keep them. */
const newId = (): string => `stop-${++sequence}`;

const EMPTY: TourText = { fr: '', en: '' };

/**
 * A stop showing `view`: its hash without the language (the presenter chooses it) and without the
 * selected pôle, which becomes the stop's highlight.
 */
export function stopFromView(view: ViewState, title: TourText): DraftStop {
  return {
    id: newId(),
    state: encodeHash({ ...view, lang: DEFAULT_STATE.lang, pole: null }),
    title,
    caption: EMPTY,
    highlight: view.pole ?? '',
    sources: EMPTY,
    notes: EMPTY,
  };
}

/** A draft stop from a stop of a tour file. */
export function draftOf(stop: TourStopJson): DraftStop {
  return {
    id: newId(),
    state: stop.state,
    title: { ...stop.title },
    caption: { ...stop.caption },
    highlight: stop.highlight ?? '',
    sources: stop.sources ? { ...stop.sources } : EMPTY,
    notes: stop.notes ? { ...stop.notes } : EMPTY,
  };
}

export function addStop(stops: readonly DraftStop[], stop: DraftStop): DraftStop[] {
  return [...stops, stop];
}

export function removeStop(stops: readonly DraftStop[], id: string): DraftStop[] {
  return stops.filter((s) => s.id !== id);
}

/** The list with the stop at `from` moved to `to` (both clamped to the list). */
export function moveStop(stops: readonly DraftStop[], from: number, to: number): DraftStop[] {
  const last = stops.length - 1;
  const a = Math.min(Math.max(from, 0), last);
  const b = Math.min(Math.max(to, 0), last);
  const next = [...stops];
  const [moved] = next.splice(a, 1);
  if (moved) next.splice(b, 0, moved);
  return next;
}

export function updateStop(
  stops: readonly DraftStop[],
  id: string,
  patch: Partial<Omit<DraftStop, 'id'>>,
): DraftStop[] {
  return stops.map((s) => (s.id === id ? { ...s, ...patch } : s));
}

/** The tour as its JSON file writes it: no id, no empty highlight, sources or notes. */
export function toTourJson(stops: readonly DraftStop[]): { stops: TourStopJson[] } {
  return {
    stops: stops.map((s) => ({
      state: s.state,
      title: { fr: s.title.fr, en: s.title.en },
      caption: { fr: s.caption.fr, en: s.caption.en },
      ...(s.highlight ? { highlight: s.highlight } : {}),
      ...(s.sources.fr.trim() || s.sources.en.trim()
        ? { sources: { fr: s.sources.fr, en: s.sources.en } }
        : {}),
      ...(s.notes.fr.trim() || s.notes.en.trim() ? { notes: { fr: s.notes.fr, en: s.notes.en } } : {}),
    })),
  };
}

/** The text of the tour's JSON file (two-space indents, a final line break: easy to read and diff). */
export function serialiseTour(stops: readonly DraftStop[]): string {
  return `${JSON.stringify(toTourJson(stops), null, 2)}\n`;
}

/** The draft stops of a validated tour. */
export function draftsOfTour(tour: Tour): DraftStop[] {
  return tour.stops.map(draftOf);
}

/**
 * Every problem of the draft, as the presenter would meet them: parseTour's, then, when the tour
 * parses and the data is there, those of the data (a highlight not labelled in its stop's year...).
 */
export function draftProblems(
  stops: readonly DraftStop[],
  data?: { poles: PolesFile; time: TimeFile } | null,
): string[] {
  let tour: Tour;
  try {
    tour = parseTour(toTourJson(stops));
  } catch (error) {
    if (error instanceof TourError) return error.problems;
    throw error;
  }
  return data ? checkHighlights(tour, data.poles, data.time) : [];
}

/** The problems of the field `place` (`stops[2].caption`), without the place: "fr: missing or empty". */
export function problemsAt(problems: readonly string[], place: string): string[] {
  return problems.flatMap((p) => {
    if (p.startsWith(`${place}: `)) return [p.slice(place.length + 2)];
    if (p.startsWith(`${place}.`)) return [p.slice(place.length + 1)];
    return [];
  });
}

/** The problems of a stop that belong to none of its edited fields (its state, its highlight, its whole). */
export function stopProblems(problems: readonly string[], index: number): string[] {
  const at = `stops[${index}]`;
  const fields = ['title', 'caption', 'sources', 'notes'].map((f) => `${at}.${f}`);
  return problems
    .filter((p) => p.startsWith(`${at}.`) || p.startsWith(`${at}:`))
    .filter((p) => !fields.some((f) => p.startsWith(`${f}.`) || p.startsWith(`${f}:`)));
}

/** The problems about the tour as a whole (no stop, cameras on some stops only, not JSON). */
export function tourProblems(problems: readonly string[]): string[] {
  return problems.filter((p) => !p.startsWith('stops['));
}
