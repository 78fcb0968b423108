// SPDX-License-Identifier: MIT
// Where to write a territory's name (pure).
import type { FeatureCollection } from 'geojson';
import { polygonsOf, ringArea, ringCentroid } from './planar.ts';

/**
 * One label per feature at the centroid of its largest part (labels go on the mainland, not on an
 * island), named by its `nom` property.
 */
export function territoryLabels(
  collection: FeatureCollection,
): { text: string; position: [number, number] }[] {
  return collection.features.map((f) => {
    const outers = polygonsOf(f).map((rings) => rings[0] ?? []);
    const largest = outers.reduce(
      (best, ring) => (ringArea(ring) > ringArea(best) ? ring : best),
      outers[0] ?? [],
    );
    return { text: String(f.properties?.nom ?? ''), position: ringCentroid(largest) };
  });
}
