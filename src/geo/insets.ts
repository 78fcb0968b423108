// SPDX-License-Identifier: MIT
// The overseas départements as small insets of the national view (pure): their outline as an SVG
// path in a box of their own, the points they hold, and the bounds to frame when one is chosen.
import { geoBounds, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';

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
    const projection = geoMercator().fitExtent(
      [
        [pad, pad],
        [size.width - pad, size.height - pad],
      ],
      feature,
    );
    const [[west, south], [east, north]] = geoBounds(feature);
    insets.push({
      code,
      name,
      path: geoPath(projection)(feature) ?? '',
      bounds: [west, south, east, north],
      project: (lonLat) => {
        const [lon, lat] = lonLat;
        if (lon < west - 0.2 || lon > east + 0.2 || lat < south - 0.2 || lat > north + 0.2) return null;
        return projection(lonLat) ?? null;
      },
    });
  }
  return insets;
}
