// SPDX-License-Identifier: MIT
// How metropolitan France is framed. Kept apart from engine.ts so that elements can read it
// without pulling the map engines into the first chunk.

/** Metropolitan France with Corsica ([west, south, east, north]). */
export const METROPOLE_BOUNDS: [number, number, number, number] = [-5.2, 41.3, 9.6, 51.1];

/** Minimum map width, in CSS pixels, at which the legend starts open beside the framed France. */
export const WIDE_MAP = 760;

/** Map width, in CSS pixels, below which the overseas insets fold into one control (a phone). */
export const NARROW_MAP = 600;

/** Padding around the framed France: room for the legend (top right) and the overseas insets (bottom). */
export function framePadding(width: number) {
  return width >= NARROW_MAP
    ? { top: 16, bottom: 100, left: 16, right: width >= WIDE_MAP ? 230 : 16 }
    : // The folded insets and the legend's button stand above France, the attribution below it.
      { top: 44, bottom: 48, left: 12, right: 12 };
}

/** The world of the pôles' foreign partners (the Americas to Japan), framed by the partnership view. */
export const PARTNERS_BOUNDS: [number, number, number, number] = [-125, -35, 150, 65];
