// SPDX-License-Identifier: MIT
// Where to write a territory's name (pure).
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** The largest polygon of a (multi)polygon feature: labels go on the mainland, not an island. */
function largestPart(feature: Feature): Feature {
  const g = feature.geometry as Polygon | MultiPolygon;
  if (g.type !== 'MultiPolygon') return feature;
  let best = g.coordinates[0]!;
  let bestArea = -1;
  for (const rings of g.coordinates) {
    const area = geoArea({ type: 'Polygon', coordinates: rings });
    if (area > bestArea) [best, bestArea] = [rings, area];
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: best } };
}

/** One label per feature at the centroid of its largest part, named by its `nom` property. */
export function territoryLabels(
  collection: FeatureCollection,
): { text: string; position: [number, number] }[] {
  return collection.features.map((f) => ({
    text: String(f.properties?.nom ?? ''),
    position: geoCentroid(largestPart(f)) as [number, number],
  }));
}
