// SPDX-License-Identifier: MIT
// A pôle's seat in a year (data/README.md, "Seat in year Y"): poles.csv's seat until one of the
// pôle's hq_history rows starts (from_year, else attested_year); among the rows started by then the
// latest holds; once conflicting rows name two or more communes, the seat is disputed and every side
// is kept: such a pôle is placed only where the data says which seat holds.
import type { PoleFeature } from '../selection.ts';
import type { HqRow } from './types.ts';

export interface SeatPlace {
  commune: string;
  insee: string;
  coordinates: [number, number];
  /** 2016 région code. */
  region: string | null;
  /** Pre-2016 région code (overseas: the 2016 code). */
  region2015: string | null;
}

export type Seat =
  | { state: 'decided'; place: SeatPlace }
  | { state: 'disputed'; sides: SeatPlace[] }
  | { state: 'unknown' };

const startOf = (row: HqRow): number | null => row.fromYear ?? row.attestedYear;

const placeOfRow = (row: HqRow): SeatPlace => ({
  commune: row.commune,
  insee: row.insee,
  coordinates: row.coordinates,
  region: row.region,
  region2015: row.region2015,
});

/** The seat poles.csv gives (the lineage's first sourced seat), if any. */
function firstSeat(pole: PoleFeature): Seat {
  const p = pole.properties;
  if (!pole.geometry || !p.hqInsee || !p.hqCommune) return { state: 'unknown' };
  return {
    state: 'decided',
    place: {
      commune: p.hqCommune,
      insee: p.hqInsee,
      coordinates: pole.geometry.coordinates,
      region: p.hqRegion,
      region2015: p.hqRegion2015 ?? null,
    },
  };
}

/** The seat of `pole` in `year`, from its hq_history rows (`rows`: that pôle's rows only). */
export function seatIn(pole: PoleFeature, rows: readonly HqRow[], year: number): Seat {
  const started = rows
    .filter((r) => {
      const start = startOf(r);
      return start !== null && start <= year;
    })
    .sort((a, b) => startOf(a)! - startOf(b)! || (a.status === b.status ? 0 : a.status === 'documented' ? 1 : -1));
  const conflicts = started.filter((r) => r.status === 'conflict');
  const sides = [...new Map(conflicts.map((r) => [r.insee, placeOfRow(r)])).values()];
  if (sides.length >= 2) return { state: 'disputed', sides };
  const latest = started.at(-1);
  return latest ? { state: 'decided', place: placeOfRow(latest) } : firstSeat(pole);
}

/**
 * The région of a seat at `level`: a disputed seat whose sides all lie in one région still has
 * that région (the sources disagree on the commune, not on the région); otherwise null.
 */
export function seatRegion(seat: Seat, level: 'region' | 'region2015'): string | null {
  if (seat.state === 'unknown') return null;
  const places = seat.state === 'decided' ? [seat.place] : seat.sides;
  const codes = new Set(places.map((p) => p[level]));
  const [code] = codes;
  return codes.size === 1 && code ? code : null;
}

/** Whether the seat moved: both decided, in different communes. */
export function seatMoved(a: Seat, b: Seat): boolean {
  return a.state === 'decided' && b.state === 'decided' && a.place.insee !== b.place.insee;
}

/** hq_history rows grouped by pôle id. */
export function hqByPole(rows: readonly HqRow[]): Map<string, HqRow[]> {
  const byPole = new Map<string, HqRow[]>();
  for (const row of rows) {
    const list = byPole.get(row.pole);
    if (list) list.push(row);
    else byPole.set(row.pole, [row]);
  }
  return byPole;
}
