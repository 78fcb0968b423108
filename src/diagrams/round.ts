// SPDX-License-Identifier: MIT
// Apart from svg.ts (d3-selection), so that the map's SVG marks (elements/poles-fallback/marks.ts)
// round their coordinates without downloading d3-selection with the early paint.

/** Rounds a coordinate for the DOM: sub-pixel digits only add noise to diffs and snapshots. */
export const r2 = (x: number): number => Math.round(x * 100) / 100;
