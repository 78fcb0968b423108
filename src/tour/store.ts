// SPDX-License-Identifier: MIT
// The tour being written, kept in the browser (localStorage) until the presenter resets it, so that
// closing the tab the night before a talk loses nothing. It is kept as its file writes it (a stop
// may still be unfinished: parseTour judges it where it is used). The record is versioned; one that
// cannot be read (another version, a hand edit, a truncated write) is ignored with a notice.
import type { TourStopJson, TourText } from './tour.ts';

/** Versioned: a later format takes another key, and this one is then ignored, not misread. */
export const STORE_KEY = 'poles-competitivite:tour:v1';

/** What is used of localStorage (tests pass a Map-backed one). */
export interface TourStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage, or null where the browser refuses it (storage disabled, some private modes throw). */
export function browserStorage(): TourStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface StoredTour {
  stops: TourStopJson[];
  /** The record was there but could not be read: it is ignored. */
  corrupt: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isText = (v: unknown): v is TourText =>
  isRecord(v) && typeof v.fr === 'string' && typeof v.en === 'string';

/** Only the shape is checked: a stored stop may be unfinished (an empty caption). */
const isStoredStop = (v: unknown): v is TourStopJson =>
  isRecord(v) &&
  typeof v.state === 'string' &&
  isText(v.title) &&
  isText(v.caption) &&
  (v.highlight === undefined || typeof v.highlight === 'string') &&
  (v.notes === undefined || isText(v.notes));

/** The stored tour; none (not corrupt) when nothing is stored or storage is unavailable. */
export function readStoredTour(storage: TourStorage | null): StoredTour {
  let raw: string | null;
  try {
    raw = storage?.getItem(STORE_KEY) ?? null;
  } catch {
    return { stops: [], corrupt: false };
  }
  if (raw === null) return { stops: [], corrupt: false };
  try {
    const json: unknown = JSON.parse(raw);
    if (isRecord(json) && json.version === 1 && Array.isArray(json.stops) && json.stops.every(isStoredStop))
      return { stops: json.stops, corrupt: false };
  } catch {
    // Not JSON: corrupt, as below.
  }
  return { stops: [], corrupt: true };
}

/** Stores the tour (an empty one removes the record); false when the browser refused (quota, disabled). */
export function writeStoredTour(storage: TourStorage | null, stops: readonly TourStopJson[]): boolean {
  if (!storage) return false;
  try {
    if (stops.length === 0) storage.removeItem(STORE_KEY);
    else storage.setItem(STORE_KEY, JSON.stringify({ version: 1, stops }));
    return true;
  } catch {
    return false;
  }
}
