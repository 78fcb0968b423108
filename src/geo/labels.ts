// SPDX-License-Identifier: MIT
// Where to write a territory's name (pure).
import type { FeatureCollection, Position } from 'geojson';
import { polygonsOf, ringArea, ringCentroid } from './planar.ts';

/**
 * One label per feature at the centroid of its largest part (labels go on the mainland, not on an
 * island), named by its `nom` property. Its priority is that part's area: where two names collide,
 * the larger territory keeps its name.
 */
export function territoryLabels(
  collection: FeatureCollection,
): { text: string; position: [number, number]; priority: number }[] {
  return collection.features.map((f) => {
    let largest: Position[] = [];
    let largestArea = -1;
    for (const rings of polygonsOf(f)) {
      const area = ringArea(rings[0] ?? []);
      if (area > largestArea) [largest, largestArea] = [rings[0] ?? [], area];
    }
    return {
      text: String(f.properties?.nom ?? ''),
      position: ringCentroid(largest),
      priority: Math.max(0, largestArea),
    };
  });
}
