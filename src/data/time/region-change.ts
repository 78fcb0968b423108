// SPDX-License-Identifier: MIT
// The régions' net change between two years: labelled pôles by the région of their seat in B less
// those in A. On the 2016 map, or on the former régions when both years are before 2016 (as the
// footprints are drawn). A pôle whose seat is unknown, or disputed between communes of different
// régions, has no région: it is counted apart, never placed.
import type { Evolution, LineageChange } from './evolutions.ts';
import { seatRegion, type PlacedSeat } from './seat-place.ts';

export type RegionLevel = 'region' | 'region2015';

export interface RegionChange {
  code: string;
  /** Labelled pôles seated in the région in A and in B. */
  a: number;
  b: number;
  net: number;
  /** Ids seated there in B and not in A (new, relabelled, moved in), and the reverse. */
  gained: string[];
  lost: string[];
}

export interface RegionNetChange {
  level: RegionLevel;
  /** Every région with a pôle in A or B, by code. */
  regions: RegionChange[];
  /** Labelled pôles with no région in A, and in B (seat unknown or disputed across régions). */
  apart: { a: string[]; b: string[] };
}

/** The région map of a comparison: the former régions only when both years are before 2016. */
export function regionLevelOf(a: number, b: number): RegionLevel {
  return a < 2016 && b < 2016 ? 'region2015' : 'region';
}

export function regionNetChange(evolution: Evolution): RegionNetChange {
  const level = regionLevelOf(evolution.a, evolution.b);
  const apart = { a: [] as string[], b: [] as string[] };
  const byRegion = new Map<string, { a: Set<string>; b: Set<string> }>();
  const place = (l: LineageChange, seat: PlacedSeat, side: 'a' | 'b') => {
    const code = seatRegion(seat, level);
    if (code === null) return apart[side].push(l.id);
    const entry = byRegion.get(code) ?? { a: new Set<string>(), b: new Set<string>() };
    entry[side].add(l.id);
    byRegion.set(code, entry);
  };
  for (const l of evolution.lineages) {
    if (l.statusA === 'labelled') place(l, l.seatA, 'a');
    if (l.statusB === 'labelled') place(l, l.seatB, 'b');
  }
  const regions = [...byRegion]
    .map(([code, { a, b }]) => ({
      code,
      a: a.size,
      b: b.size,
      net: b.size - a.size,
      gained: [...b].filter((id) => !a.has(id)).sort(),
      lost: [...a].filter((id) => !b.has(id)).sort(),
    }))
    .sort((x, y) => x.code.localeCompare(y.code));
  apart.a.sort();
  apart.b.sort();
  return { level, regions, apart };
}
