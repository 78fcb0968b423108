// SPDX-License-Identifier: MIT
// How metropolitan France, a région or the partners' world are framed. Kept apart from engine.ts so
// that elements can read it without pulling the map engines into the first chunk.
import type { FeatureCollection } from 'geojson';
import { planarBounds } from '../geo/planar.ts';

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
    : // The view switch, the folded insets and the legend's button stand above France, the
      // attribution below it.
      { top: 76, bottom: 48, left: 12, right: 12 };
}

/** The world of the pôles' foreign partners (the Americas to Japan), framed by the partnership view. */
export const PARTNERS_BOUNDS: [number, number, number, number] = [-125, -35, 150, 65];

/** [west, south, east, north] of the régions whose INSEE `code` is in `codes`; null when none is found. */
export function regionsBounds(
  regions: FeatureCollection,
  codes: readonly string[],
): [number, number, number, number] | null {
  const wanted = new Set(codes);
  const boxes = regions.features.filter((f) => wanted.has(String(f.properties?.code))).map(planarBounds);
  if (boxes.length === 0) return null;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
