// SPDX-License-Identifier: MIT
// Which symbols share a point, and whether a point holds more sites than a ring (pure). Apart from
// colocation.ts so that the legend, in the page's first chunk, takes only this with it: the layout
// belongs to the map engine's chunk.

/** More sites than this at one point fold into a count badge. */
export const RING_LIMIT = 12;

/** Positions closer than this (degrees, about a metre) are one point: the data's precision. */
const SAME_POINT = 1e-5;

/** The key of a position: equal for positions less than about a metre apart. */
export const pointOf = (position: readonly [number, number]): string =>
  `${Math.round(position[0] / SAME_POINT)},${Math.round(position[1] / SAME_POINT)}`;

/**
 * Whether some point holds more sites than a ring (they then fold into a count badge, which the
 * legend explains).
 */
export function hasBadges(sites: readonly { geometry: { coordinates: [number, number] } }[]): boolean {
  const counts = new Map<string, number>();
  for (const s of sites) {
    const at = pointOf(s.geometry.coordinates);
    const n = (counts.get(at) ?? 0) + 1;
    if (n > RING_LIMIT) return true;
    counts.set(at, n);
  }
  return false;
}
