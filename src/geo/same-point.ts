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
 * pointOf() as a number (equal exactly when pointOf() is): a Map of numbers is several times faster
 * than one of strings over 100,000 sites. Latitudes span ±9e6 steps, so y + 1e7 < 2e7 never
 * reaches the next longitude step, and the whole stays below 2^53.
 */
export const pointNumber = (position: readonly [number, number]): number =>
  Math.round(position[0] / SAME_POINT) * 2e7 + (Math.round(position[1] / SAME_POINT) + 1e7);

type Sited = { geometry: { coordinates: [number, number] } };
const badged = new WeakMap<readonly Sited[], boolean>();

/**
 * Whether some point holds more sites than a ring (they then fold into a count badge, which the
 * legend explains). Once per array: the legend asks again on every render.
 */
export function hasBadges(sites: readonly Sited[]): boolean {
  let known = badged.get(sites);
  if (known === undefined) badged.set(sites, (known = countBadges(sites)));
  return known;
}

function countBadges(sites: readonly Sited[]): boolean {
  const counts = new Map<number, number>();
  for (const s of sites) {
    const at = pointNumber(s.geometry.coordinates);
    const n = (counts.get(at) ?? 0) + 1;
    if (n > RING_LIMIT) return true;
    counts.set(at, n);
  }
  return false;
}
