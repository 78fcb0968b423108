// SPDX-License-Identifier: MIT
// How metropolitan France, a région or the partners' world are framed. Kept apart from engine.ts so
// that elements can read it without pulling the map engines into the first chunk.
import type { Feature, FeatureCollection } from 'geojson';
import { planarBounds } from '../geo/planar.ts';
import { OVERSEAS } from '../geo/insets.ts';
import { fitCamera } from '../geo/web-mercator.ts';
import { insetBoxes } from './inset-layout.ts';

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

/**
 * Padding around a framed subject (a selected pôle, the régions filtered): framePadding(), and the
 * overseas insets' row (bottom left) kept clear too, since such a subject may lie anywhere, where
 * France's own frame leaves the Bay of Biscay under the row. The row is cleared from below or from
 * the left, whichever leaves the subject larger. France itself keeps framePadding() (its frame was
 * checked against the insets: tests/unit/inset-layout.test.ts).
 */
export function subjectPadding(
  bounds: [number, number, number, number],
  width: number,
  height: number,
  /** Whether the insets are drawn (not in the partnership view, where the world holds them). */
  insets = true,
): FramePadding {
  const padding = framePadding(width);
  const france = bounds.every((value, i) => value === METROPOLE_BOUNDS[i]);
  if (france || width < NARROW_MAP || !insets) return padding;
  const { row } = insetBoxes(width, height, OVERSEAS.length);
  const candidates = [
    { ...padding, bottom: Math.max(padding.bottom, height - row.y + EDGE / 2) },
    { ...padding, left: Math.max(padding.left, row.x + row.width + EDGE / 2) },
  ].filter((p) => p.left + p.right < width * 0.8 && p.top + p.bottom < height * 0.8);
  const zoom = (p: FramePadding) => fitCamera(bounds, width, height, p).zoom;
  return candidates.reduce((best, p) => (zoom(p) > zoom(best) ? p : best), candidates[0] ?? padding);
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

/** Points along the great circle from `a` to `b` (as the arcs layer draws it), longitudes unwrapped. */
function greatCircleSamples(a: [number, number], b: [number, number], n = 12): [number, number][] {
  const rad = Math.PI / 180;
  const vector = ([lon, lat]: [number, number]) => [
    Math.cos(lat * rad) * Math.cos(lon * rad),
    Math.cos(lat * rad) * Math.sin(lon * rad),
    Math.sin(lat * rad),
  ];
  const [p, q] = [vector(a), vector(b)];
  const angle = Math.acos(Math.min(1, Math.max(-1, p[0]! * q[0]! + p[1]! * q[1]! + p[2]! * q[2]!)));
  if (angle < 1e-9) return [a];
  const out: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const [wp, wq] = [Math.sin((1 - t) * angle) / Math.sin(angle), Math.sin(t * angle) / Math.sin(angle)];
    const [x, y, z] = [0, 1, 2].map((k) => wp * p[k]! + wq * q[k]!) as [number, number, number];
    let lon = Math.atan2(y, x) / rad;
    const previous = out[out.length - 1];
    if (previous) lon -= 360 * Math.round((lon - previous[0]) / 360);
    out.push([lon, Math.atan2(z, Math.hypot(x, y)) / rad]);
  }
  return out;
}

/**
 * What a stage frames in the partnership view: France and the whole of every arc shown, bulge
 * included (a great circle to Québec rises towards Greenland), so that no arc leaves the screen.
 */
export function arcsBounds(
  arcs: readonly { sourceLonLat: [number, number] | null; targetLonLat: [number, number] | null }[],
): [number, number, number, number] {
  const points = arcs.flatMap((arc) =>
    arc.sourceLonLat && arc.targetLonLat ? greatCircleSamples(arc.sourceLonLat, arc.targetLonLat) : [],
  );
  if (points.length === 0) return partnersBounds(arcs);
  return union([METROPOLE_BOUNDS, ...points.map(([lon, lat]): Box => [lon, lat, lon, lat])])!;
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

/** Room in CSS pixels on each side of a frame. */
export interface FramePadding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A box in the map's CSS pixels, as getBoundingClientRect gives it less the map's own offset. */
export interface Box2 {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Width over height of `bounds` on the Web Mercator map, whatever the zoom. */
export function boundsAspect([west, south, east, north]: [number, number, number, number]): number {
  const height = mercatorY(Math.min(north, 85)) - mercatorY(Math.max(south, -85));
  return ((east - west) * Math.PI) / 180 / Math.max(height, 1e-9);
}

/**
 * Where the stage (present.html) puts the legend: beside a subject that is taller than the map's
 * shape (France in a wide window: the room is at its sides), under a wider one (the partners'
 * world: the room is above and below it). Either way the legend takes room the subject leaves free.
 */
export function stageLegendSide(
  bounds: [number, number, number, number],
  width: number,
  height: number,
): 'side' | 'bottom' {
  return boundsAspect(bounds) <= width / Math.max(height, 1) ? 'side' : 'bottom';
}

/**
 * Padding of a stage frame: the subject is framed in what the overlays drawn over the map leave
 * free, each overlay counted against the edge it stands on (`left`: the insets; `right`: a legend
 * beside the subject; `bottom`: a legend or the attribution under it), plus EDGE.
 */
export function stagePadding(
  size: { width: number; height: number },
  overlays: { left?: readonly Box2[]; right?: readonly Box2[]; bottom?: readonly Box2[] },
): FramePadding {
  const extent = (boxes: readonly Box2[] | undefined, of: (b: Box2) => number) =>
    Math.max(0, ...(boxes ?? []).map(of));
  const left = EDGE + extent(overlays.left, (b) => b.right);
  const right = EDGE + extent(overlays.right, (b) => size.width - b.left);
  const bottom = EDGE + extent(overlays.bottom, (b) => size.height - b.top);
  // Never more than 80% of a side (MapLibre cannot fit a box in nothing): a window too small for
  // its overlays gets a smaller frame under them rather than no frame.
  const fit = (a: number, b: number, room: number) => Math.min(1, (room * 0.8) / Math.max(a + b, 1));
  const across = fit(left, right, size.width);
  const down = fit(EDGE, bottom, size.height);
  return { top: EDGE * down, left: left * across, right: right * across, bottom: bottom * down };
}
