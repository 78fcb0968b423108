// SPDX-License-Identifier: MIT
// A presenter's tour: stops written in JSON (a view-state hash, a title and a caption in French and
// English, optionally a pôle to highlight), validated with errors that name the field at fault, so
// that whoever edits the tour the night before a talk sees what is wrong instead of a blank screen.
import { isLabelledIn } from '../data/time/label-status.ts';
import type { TimeFile } from '../data/time/types.ts';
import { decodeHash } from '../state/hash.ts';
import type { ViewState } from '../state/view-state.ts';
import type { PolesFile } from '../types.ts';
import { FIGURES, type Figure } from './figure-names.ts';

export interface TourText {
  fr: string;
  en: string;
}

/** A stop as the JSON writes it. */
export interface TourStopJson {
  /** A view-state hash (`#v=1&year=2010&layer=choropleth`), without `lang`: the presenter sets it. */
  state: string;
  /** May hold {figure} placeholders, computed from the data (figures.ts). */
  title: TourText;
  /** One or two lines (separated by "\n"); may hold {figure} placeholders. */
  caption: TourText;
  /** Id of a pôle to select on the map (its footprint is tinted, the others fade). */
  highlight?: string;
  /**
   * Where the figures the text writes out come from (a document, its date): shown on the slide. A
   * text that writes a figure itself, rather than a {placeholder}, needs it (or {official}).
   */
  sources?: TourText;
  /** Speaker notes, for the presenter's own screen only (never shown to the audience); either text may be empty. */
  notes?: TourText;
}

/** A validated stop, with its state decoded and the highlight applied as the selected pôle. */
export interface TourStop extends TourStopJson {
  view: ViewState;
}

export interface Tour {
  stops: TourStop[];
}

/** Every problem of a tour file at once, each prefixed with its place (`stops[2].caption.en`). */
export class TourError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid tour: ${problems.join('; ')}`);
    this.name = 'TourError';
  }
}

/** Caption lines: more would not be read from the back of a hall. */
const MAX_CAPTION_LINES = 2;
/** Characters per caption line (placeholders counted as written): about two lines on a 16:9 screen. */
const MAX_LINE_LENGTH = 200;
const STOP_KEYS = ['state', 'title', 'caption', 'highlight', 'sources', 'notes'];
/** Characters of a source line. */
const MAX_SOURCES_LENGTH = 300;
/** Characters of speaker notes per language: a page of notes, not a script to read from. */
export const MAX_NOTES_LENGTH = 3000;
const ID = /^[a-z0-9][a-z0-9._-]{0,80}$/;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether a text writes a figure out: a digit outside its {placeholders}, years aside ("2019: the
 * mergers" names a time, and the stop's year shows it on the map).
 */
export function writesFigure(text: string): boolean {
  return /\d/.test(text.replace(/\{\w+\}/g, '').replace(/\b(19|20)\d\d\b/g, ''));
}

/** A {fr, en} text of free words (sources, notes): no placeholder, no line limit but a length. */
function checkPlain(value: unknown, where: string, max: number): string[] {
  if (!isRecord(value)) return [`${where}: expected {"fr": "…", "en": "…"}`];
  const problems: string[] = [];
  for (const lang of ['fr', 'en'] as const) {
    const text = value[lang];
    if (typeof text !== 'string' || !text.trim()) problems.push(`${where}.${lang}: missing or empty`);
    else if (text.length > max) problems.push(`${where}.${lang}: longer than ${max} characters`);
  }
  for (const key of Object.keys(value))
    if (key !== 'fr' && key !== 'en') problems.push(`${where}: unknown key "${key}"`);
  return problems;
}

/** The {placeholders} of a text, in order. */
function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** Checks a title or caption and the figures it asks for against what the stop can compute. */
function checkText(
  value: unknown,
  where: string,
  lines: number,
  stop: { view: ViewState; highlight?: string },
) {
  const problems: string[] = [];
  if (!isRecord(value)) return [`${where}: expected {"fr": "…", "en": "…"}`];
  for (const lang of ['fr', 'en'] as const) {
    const text = value[lang];
    const at = `${where}.${lang}`;
    if (typeof text !== 'string' || !text.trim()) {
      problems.push(`${at}: missing or empty`);
      continue;
    }
    const split = text.split('\n');
    if (split.length > lines) problems.push(`${at}: ${split.length} lines, at most ${lines}`);
    if (split.some((line) => line.length > MAX_LINE_LENGTH))
      problems.push(`${at}: a line is longer than ${MAX_LINE_LENGTH} characters`);
    for (const name of placeholdersOf(text)) {
      if (!(FIGURES as readonly string[]).includes(name)) {
        problems.push(`${at}: unknown figure {${name}} (known: ${FIGURES.join(', ')})`);
        continue;
      }
      const figure = name as Figure;
      if (figure.startsWith('highlight') && !stop.highlight)
        problems.push(`${at}: {${figure}} needs "highlight"`);
      if (figure === 'selectedEdges' && !stop.view.link)
        problems.push(`${at}: {selectedEdges} needs a "link" selection in the state`);
    }
  }
  for (const key of Object.keys(value))
    if (key !== 'fr' && key !== 'en') problems.push(`${where}: unknown key "${key}"`);
  return problems;
}

/** Speaker notes: a string per language (empty allowed: notes may be written in one language only). */
function checkNotes(value: unknown, where: string): string[] {
  if (!isRecord(value)) return [`${where}: expected {"fr": "…", "en": "…"}`];
  const problems: string[] = [];
  for (const lang of ['fr', 'en'] as const) {
    const text = value[lang];
    if (typeof text !== 'string') problems.push(`${where}.${lang}: expected a string`);
    else if (text.length > MAX_NOTES_LENGTH)
      problems.push(`${where}.${lang}: ${text.length} characters, at most ${MAX_NOTES_LENGTH}`);
  }
  for (const key of Object.keys(value))
    if (key !== 'fr' && key !== 'en') problems.push(`${where}: unknown key "${key}"`);
  return problems;
}

function parseStop(value: unknown, where: string, problems: string[]): TourStop | null {
  if (!isRecord(value)) {
    problems.push(`${where}: expected an object`);
    return null;
  }
  for (const key of Object.keys(value))
    if (!STOP_KEYS.includes(key)) problems.push(`${where}: unknown key "${key}"`);
  const { state, highlight } = value;
  if (typeof state !== 'string' || !state.startsWith('#v=')) {
    problems.push(`${where}.state: expected a hash string such as "#v=1&year=2010"`);
    return null;
  }
  const decoded = decodeHash(state);
  if (decoded.rejected.length)
    problems.push(`${where}.state: not understood: ${decoded.rejected.join(', ')}`);
  if (new URLSearchParams(state.slice(1)).has('lang'))
    problems.push(`${where}.state: remove "lang" (the presenter chooses the language)`);
  if (highlight !== undefined && (typeof highlight !== 'string' || !ID.test(highlight)))
    problems.push(`${where}.highlight: expected a pôle id`);
  const hl = typeof highlight === 'string' ? highlight : undefined;
  const view: ViewState = { ...decoded.state, pole: hl ?? decoded.state.pole };
  const stop = { view, ...(hl ? { highlight: hl } : {}) };
  problems.push(...checkText(value.title, `${where}.title`, 1, stop));
  problems.push(...checkText(value.caption, `${where}.caption`, MAX_CAPTION_LINES, stop));
  const { sources, notes } = value;
  if (sources !== undefined) problems.push(...checkPlain(sources, `${where}.sources`, MAX_SOURCES_LENGTH));
  if (notes !== undefined) problems.push(...checkNotes(notes, `${where}.notes`));
  // Every figure on a slide shows its source: a figure written out needs "sources" (or {official},
  // whose published counts are listed with theirs).
  const texts = [value.title, value.caption].flatMap((t) => (isRecord(t) ? [t.fr, t.en] : []));
  const written = texts.some((t) => typeof t === 'string' && writesFigure(t));
  const official = texts.some((t) => typeof t === 'string' && t.includes('{official}'));
  if (written && !official && sources === undefined)
    problems.push(`${where}: the text writes a figure out: add "sources" (where it comes from)`);
  return {
    state,
    title: value.title as TourText,
    caption: value.caption as TourText,
    ...stop,
    ...(sources !== undefined ? { sources: sources as TourText } : {}),
    ...(notes !== undefined ? { notes: notes as TourText } : {}),
  };
}

/**
 * A tour from parsed JSON, or a TourError listing every problem. Cameras: the map keeps its last
 * camera when a stop gives none, so either every stop sets `cam` or none does.
 */
export function parseTour(json: unknown): Tour {
  const problems: string[] = [];
  if (!isRecord(json) || !Array.isArray(json.stops)) throw new TourError(['expected {"stops": [ … ]}']);
  if (json.stops.length === 0) throw new TourError(['stops: the tour has no stop']);
  for (const key of Object.keys(json)) if (key !== 'stops') problems.push(`unknown key "${key}"`);
  const stops = json.stops.map((s, i) => parseStop(s, `stops[${i}]`, problems));
  const withCamera = stops.filter((s) => s?.view.camera).length;
  if (withCamera > 0 && withCamera < stops.length)
    problems.push(`stops: ${withCamera} of ${stops.length} stops set "cam"; set it on every stop or on none`);
  if (problems.length) throw new TourError(problems);
  return { stops: stops as TourStop[] };
}

/**
 * Checks the tour against the data: each highlight must be a pôle labelled in its stop's year, with a
 * documented HQ when a text quotes it; a text quoting {official} needs a published count that year.
 */
export function checkHighlights(tour: Tour, poles: PolesFile, time: TimeFile): string[] {
  const byId = new Map(poles.features.map((f) => [f.id, f.properties]));
  return tour.stops.flatMap((stop, i) => {
    const texts = [stop.title.fr, stop.title.en, stop.caption.fr, stop.caption.en];
    const year = stop.view.year;
    const official =
      texts.some((text) => text.includes('{official}')) &&
      !time.counts.some((c) => c.year === year && c.count !== null)
        ? [`stops[${i}]: {official} has no published count for ${year}`]
        : [];
    if (!stop.highlight) return official;
    const pole = byId.get(stop.highlight);
    if (!pole) return [`stops[${i}].highlight: no pôle "${stop.highlight}"`];
    const problems: string[] = [...official];
    if (!isLabelledIn(pole, stop.view.year))
      problems.push(`stops[${i}].highlight: ${stop.highlight} is not labelled in ${stop.view.year}`);
    if (!pole.hqCommune && texts.some((text) => text.includes('{highlightHq}')))
      problems.push(`stops[${i}]: {highlightHq}: the HQ of ${stop.highlight} is not documented`);
    return problems;
  });
}

/** A tour from the text of a file: JSON syntax errors are reported as a TourError too, with their place. */
export function parseTourText(text: string): Tour {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new TourError([`not JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  return parseTour(json);
}
