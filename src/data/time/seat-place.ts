// SPDX-License-Identifier: MIT
// Where a pôle sits in a year, as places (commune, coordinates, régions) rather than rows: the seat
// of seat.ts resolved against poles.csv's seat (the pôle's geometry). A disputed seat keeps every
// side: such a pôle is placed only where the data says which seat holds.
import type { PoleFeature } from '../selection.ts';
import { seatOf } from './at-year.ts';
import type { SeatSide } from './seat.ts';
import type { HqRow } from './types.ts';

export type PlacedSeat =
  | { state: 'decided'; place: SeatSide }
  | { state: 'disputed'; sides: SeatSide[] }
  | { state: 'unknown' };

const sideOf = (row: HqRow): SeatSide => ({
  commune: row.commune,
  insee: row.insee,
  coordinates: row.coordinates,
  region: row.region,
  region2015: row.region2015,
});

/** The seat of `pole` in `year`, from its hq_history rows. */
export function placedSeat(pole: PoleFeature, year: number): PlacedSeat {
  const p = pole.properties;
  const seat = seatOf(pole, year);
  if (seat.kind === 'conflict') return { state: 'disputed', sides: seat.sides.map(sideOf) };
  if (seat.kind === 'moved') return { state: 'decided', place: sideOf(seat.row) };
  if (seat.kind === 'base' && pole.geometry && p.hqInsee && p.hqCommune && p.hqRegion) {
    const place = {
      commune: p.hqCommune,
      insee: p.hqInsee,
      coordinates: pole.geometry.coordinates,
      region: p.hqRegion,
      region2015: p.hqRegion2015 ?? null,
    };
    return { state: 'decided', place };
  }
  return { state: 'unknown' };
}

/**
 * The région of a seat at `level`: a disputed seat whose sides all lie in one région still has
 * that région (the sources disagree on the commune, not on the région); otherwise null.
 */
export function seatRegion(seat: PlacedSeat, level: 'region' | 'region2015'): string | null {
  if (seat.state === 'unknown') return null;
  const places = seat.state === 'decided' ? [seat.place] : seat.sides;
  const codes = new Set(places.map((p) => p[level]));
  const [code] = codes;
  return codes.size === 1 && code ? code : null;
}

/** Whether the seat moved: both decided, in different communes. */
export function seatMoved(a: PlacedSeat, b: PlacedSeat): boolean {
  return a.state === 'decided' && b.state === 'decided' && a.place.insee !== b.place.insee;
}
