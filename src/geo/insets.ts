// SPDX-License-Identifier: MIT
// The overseas départements as small insets of the national view (pure): their outline as an SVG
// path in a box of their own, the points they hold, and the bounds to frame when one is chosen.
import type { Feature, FeatureCollection } from 'geojson';
import { mercator, planarBounds, polygonsOf, svgPath } from './planar.ts';

/** Overseas départements shown as insets, west to east. */
export const OVERSEAS = [
  { code: '971', name: 'Guadeloupe' },
  { code: '972', name: 'Martinique' },
  { code: '973', name: 'Guyane' },
  { code: '974', name: 'La Réunion' },
  { code: '976', name: 'Mayotte' },
] as const;

export interface Inset {
  code: string;
  name: string;
  path: string;
  /** [west, south, east, north] of the département, for the main map to frame it. */
  bounds: [number, number, number, number];
  /** Points of the inset ([lon, lat] → box pixels), or null when outside the département's box. */
  project: (lonLat: [number, number]) => [number, number] | null;
}

/** One inset per overseas département found in `departements`, each fitted to a `size` box. */
export function overseasInsets(
  departements: FeatureCollection,
  size: { width: number; height: number },
): Inset[] {
  const pad = 4;
  const insets: Inset[] = [];
  for (const { code, name } of OVERSEAS) {
    const feature = departements.features.find((f) => f.properties?.code === code) as Feature | undefined;
    if (!feature) continue;
    const [west, south, east, north] = planarBounds(feature);
    // Mercator fitted to the box and centred in it, like d3-geo's fitExtent.
    const [x0, y0] = mercator([west, south]);
    const [x1, y1] = mercator([east, north]);
    const k = Math.min((size.width - 2 * pad) / (x1 - x0), (size.height - 2 * pad) / (y1 - y0));
    const left = pad + (size.width - 2 * pad - k * (x1 - x0)) / 2;
    const top = pad + (size.height - 2 * pad - k * (y1 - y0)) / 2;
    const projection = (lonLat: readonly number[]): [number, number] => {
      const [x, y] = mercator(lonLat);
      return [left + k * (x - x0), top + k * (y1 - y)];
    };
    const path = svgPath(polygonsOf(feature), projection);
    insets.push({
      code,
      name,
      path,
      bounds: [west, south, east, north],
      project: (lonLat) => {
        const [lon, lat] = lonLat;
        if (lon < west - 0.2 || lon > east + 0.2 || lat < south - 0.2 || lat > north + 0.2) return null;
        return projection(lonLat);
      },
    });
  }
  return insets;
}
