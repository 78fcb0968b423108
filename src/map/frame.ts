// SPDX-License-Identifier: MIT
// How metropolitan France, a région or the partners' world are framed. Kept apart from engine.ts so
// that elements can read it without pulling the map engines into the first chunk.
import type { Feature, FeatureCollection } from 'geojson';
import { planarBounds } from '../geo/planar.ts';

/** Metropolitan France with Corsica ([west, south, east, north]). */
export const METROPOLE_BOUNDS: [number, number, number, number] = [-5.2, 41.3, 9.6, 51.1];

/** Minimum map width, in CSS pixels, at which the legend starts open beside the framed France. */
export const WIDE_MAP = 760;

/** Map width, in CSS pixels, below which the overseas insets fold into one control (a phone). */
export const NARROW_MAP = 600;

/** Room at a free edge of the frame: a selected pôle's marker (11 px radius) is never cut by it. */
const EDGE = 24;

/** Padding around the framed France: room for the legend (top right) and the overseas insets (bottom). */
export function framePadding(width: number) {
  return width >= NARROW_MAP
    ? { top: EDGE, bottom: 100, left: EDGE, right: width >= WIDE_MAP ? 230 : EDGE }
    : // The view switch, the folded insets and the legend's button stand above France, the
      // attribution below it.
      { top: 76, bottom: 48, left: EDGE, right: EDGE };
}

/** The world of the pôles' foreign partners (the Americas to Japan), framed by the partnership view. */
export const PARTNERS_BOUNDS: [number, number, number, number] = [-125, -35, 150, 65];

/**
 * What the partnership view frames: metropolitan France and every end of the arcs shown, so that
 * Europe, the Americas and Asia stand together when partners are in all three; PARTNERS_BOUNDS when
 * no arc is shown.
 */
export function partnersBounds(
  arcs: readonly { sourceLonLat: [number, number] | null; targetLonLat: [number, number] | null }[],
): [number, number, number, number] {
  const ends = arcs.flatMap((a) => [a.sourceLonLat, a.targetLonLat]).filter((p) => p !== null);
  if (ends.length === 0) return PARTNERS_BOUNDS;
  return union([METROPOLE_BOUNDS, ...ends.map(([lon, lat]): Box => [lon, lat, lon, lat])])!;
}

/** [west, south, east, north] of the régions whose INSEE `code` is in `codes`; null when none is found. */
export function regionsBounds(
  regions: FeatureCollection,
  codes: readonly string[],
): [number, number, number, number] | null {
  const wanted = new Set(codes);
  return union(regions.features.filter((f) => wanted.has(String(f.properties?.code))).map(planarBounds));
}

type Box = [number, number, number, number];

const union = (boxes: readonly Box[]): Box | null =>
  boxes.length === 0
    ? null
    : [
        Math.min(...boxes.map((b) => b[0])),
        Math.min(...boxes.map((b) => b[1])),
        Math.max(...boxes.map((b) => b[2])),
        Math.max(...boxes.map((b) => b[3])),
      ];

const inMetropole = ([w, s, e, n]: Box): boolean =>
  w <= METROPOLE_BOUNDS[2] &&
  e >= METROPOLE_BOUNDS[0] &&
  s <= METROPOLE_BOUNDS[3] &&
  n >= METROPOLE_BOUNDS[1];

/**
 * What selecting a pôle frames: its footprint (the régions it declares) and its HQ and sites. The
 * overseas parts are left to the insets when the pôle has a metropolitan part, so that the frame is
 * not the Atlantic; a pôle wholly overseas is framed there. Null when nothing is known.
 */
export function selectionBounds(
  points: readonly [number, number][],
  footprint: readonly Feature[],
): Box | null {
  const boxes: Box[] = [
    ...footprint.map(planarBounds),
    ...points.map(([lon, lat]): Box => [lon, lat, lon, lat]),
  ];
  const metropolitan = boxes.filter(inMetropole);
  return union(metropolitan.length > 0 ? metropolitan : boxes);
}
