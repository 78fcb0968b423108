// SPDX-License-Identifier: MIT
// The small insets of the national view (pure): the overseas départements, and Paris with the
// petite couronne, where the national map is too small to tell the sites apart. Each is an outline
// as an SVG path in a box of its own, a projection into that box, and the bounds to frame when it
// is chosen.
import type { Feature, FeatureCollection } from 'geojson';
import { mercator, planarBounds, polygonsOf, svgPath } from './planar.ts';

/** Overseas départements shown as insets, west to east, with the code of their région (2016). */
export const OVERSEAS = [
  { code: '971', name: 'Guadeloupe', region: '01' },
  { code: '972', name: 'Martinique', region: '02' },
  { code: '973', name: 'Guyane', region: '03' },
  { code: '974', name: 'La Réunion', region: '04' },
  { code: '976', name: 'Mayotte', region: '06' },
] as const;

/** Paris and the petite couronne (Hauts-de-Seine, Seine-Saint-Denis, Val-de-Marne), in Île-de-France. */
export const PETITE_COURONNE = {
  code: 'paris',
  departements: ['75', '92', '93', '94'],
  region: '11',
} as const;

type Box = [number, number, number, number];

export interface Inset {
  /** The département's code, or 'paris'. */
  code: string;
  name: string;
  /** The région that holds it (2016 code; Île-de-France has kept hers since 1976). */
  region: string;
  /** Outline of what the inset shows, in box pixels. */
  path: string;
  /** Outline of the land around it, drawn paler ('' when none: an island, Guyane). */
  context: string;
  /** [west, south, east, north] of what the inset shows, for the main map to frame it. */
  bounds: Box;
  /**
   * [west, south, east, north] of what the box shows (a little more, never less): a point outside
   * it is outside the box, so that thousands of sites are ruled out without being projected.
   */
  reach: Box;
  /** Points of the inset ([lon, lat] → box pixels), or null when outside the box. */
  project: (lonLat: readonly number[]) => [number, number] | null;
  /** Any point into box pixels, outside the box too (a territory that overflows it is clipped there). */
  place: (lonLat: readonly number[]) => [number, number];
}

const PAD = 4;

/** Degrees added around an inset's reach, so that rounding never rules out a point it shows. */
const REACH_SLACK = 1e-6;

/**
 * Mercator fitted to `size` and centred in it, like d3-geo's fitExtent, and the [lon, lat] box that
 * the whole of `size` shows (the inverse of the corners).
 */
function fitted(bounds: Box, size: { width: number; height: number }) {
  const [west, south, east, north] = bounds;
  const [x0, y0] = mercator([west, south]);
  const [x1, y1] = mercator([east, north]);
  const k = Math.min((size.width - 2 * PAD) / (x1 - x0), (size.height - 2 * PAD) / (y1 - y0));
  const left = PAD + (size.width - 2 * PAD - k * (x1 - x0)) / 2;
  const top = PAD + (size.height - 2 * PAD - k * (y1 - y0)) / 2;
  const lonOf = (px: number) => ((x0 + (px - left) / k) * 180) / Math.PI;
  const latOf = (py: number) => (Math.atan(Math.sinh(y1 - (py - top) / k)) * 180) / Math.PI;
  const reach: Box = [
    lonOf(0) - REACH_SLACK,
    latOf(size.height) - REACH_SLACK,
    lonOf(size.width) + REACH_SLACK,
    latOf(0) + REACH_SLACK,
  ];
  const place = (lonLat: readonly number[]): [number, number] => {
    const [x, y] = mercator(lonLat);
    return [left + k * (x - x0), top + k * (y1 - y)];
  };
  return { place, reach };
}

function inset(
  code: string,
  name: string,
  region: string,
  outline: readonly Feature[],
  context: readonly Feature[],
  bounds: Box,
  size: { width: number; height: number },
): Inset {
  const { place, reach } = fitted(bounds, size);
  const pathOf = (features: readonly Feature[]) =>
    features.map((f) => svgPath(polygonsOf(f), place)).join('');
  return {
    code,
    name,
    region,
    path: pathOf(outline),
    context: pathOf(context),
    bounds,
    reach,
    place,
    project: (lonLat) => {
      const [x, y] = place(lonLat);
      return x < 0 || y < 0 || x > size.width || y > size.height ? null : [x, y];
    },
  };
}

/** One inset per overseas département found in `departements`, each fitted to a `size` box. */
export function overseasInsets(
  departements: FeatureCollection,
  size: { width: number; height: number },
): Inset[] {
  return OVERSEAS.flatMap(({ code, name, region }) => {
    const feature = departements.features.find((f) => f.properties?.['code'] === code);
    return feature ? [inset(code, name, region, [feature], [], planarBounds(feature), size)] : [];
  });
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * Paris and the petite couronne fitted to a `size` box: their four départements, and the parts of
 * their neighbours that the box shows, so that the box holds no blank land. Null when a département
 * is missing.
 */
export function parisInset(
  departements: FeatureCollection,
  size: { width: number; height: number },
): Inset | null {
  const own = PETITE_COURONNE.departements.map((code) =>
    departements.features.find((f) => f.properties?.['code'] === code),
  );
  if (own.some((f) => !f)) return null;
  const boxes = own.map((f) => planarBounds(f!));
  const bounds: Box = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
  // The box is wider or taller than the four départements: their neighbours fill the rest.
  const [w, s, e, n] = bounds;
  const around: Box = [w - (e - w), s - (n - s), e + (e - w), n + (n - s)];
  const neighbours = departements.features.filter(
    (f) => !own.includes(f) && overlaps(planarBounds(f), around),
  );
  return inset(
    PETITE_COURONNE.code,
    'Paris',
    PETITE_COURONNE.region,
    own as Feature[],
    neighbours,
    bounds,
    size,
  );
}
