// SPDX-License-Identifier: MIT
// A pôle's seat in year Y (data/README.md, "Seat in year Y"): poles.csv's seat until one of the
// pôle's hq_history rows starts (from_year, else attested_year). Among the rows started by Y the
// latest holds; once conflict rows naming two or more communes have started, the seat is
// undecided and every side is kept, never resolved here.
import type { HqRow } from './types.ts';

export interface SeatSide {
  commune: string;
  insee: string;
  coordinates: [number, number];
  region: string;
  region2015: string | null;
}

export type Seat =
  | { kind: 'none' }
  /** The poles.csv seat (the pôle's geometry) still holds. */
  | { kind: 'base' }
  | { kind: 'moved'; row: HqRow }
  | { kind: 'conflict'; sides: HqRow[] };

const startOf = (h: HqRow): number => h.fromYear ?? h.attestedYear ?? Number.POSITIVE_INFINITY;

/** `rows`: the pôle's hq_history rows; `hasBase`: poles.csv gives a seat. */
export function seatIn(rows: readonly HqRow[], hasBase: boolean, year: number): Seat {
  const started = rows.filter((h) => startOf(h) <= year);
  const conflicts = started.filter((h) => h.status === 'conflict');
  const communes = new Set(conflicts.map((h) => h.insee));
  if (communes.size >= 2) {
    // One row per commune: the latest attestation of each side.
    const sides = new Map<string, HqRow>();
    for (const h of conflicts) sides.set(h.insee, h);
    return { kind: 'conflict', sides: [...sides.values()] };
  }
  // Latest start wins; on a tie, a documented row over a single conflict side.
  let best: HqRow | null = null;
  for (const h of started) {
    if (best === null || startOf(h) > startOf(best) || (startOf(h) === startOf(best) && h.status === 'documented')) best = h;
  }
  if (best) return { kind: 'moved', row: best };
  return hasBase ? { kind: 'base' } : { kind: 'none' };
}

/** hq_history rows grouped by pôle, in table order. */
export function hqByPole(rows: readonly HqRow[]): Map<string, HqRow[]> {
  const m = new Map<string, HqRow[]>();
  for (const h of rows) m.set(h.pole, [...(m.get(h.pole) ?? []), h]);
  return m;
}
