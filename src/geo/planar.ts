// SPDX-License-Identifier: MIT
// Plane geometry on [lon, lat] rings (pure): enough for the default map's label anchors and overseas
// insets, which would otherwise pull d3-geo (~11 kB gzip) into the JS every page loads. At the
// size of a région or a département the plane and the sphere agree to well under a label's width.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

const RAD = Math.PI / 180;

/** The polygons of a (multi)polygon feature, each as its rings (outer ring first); none otherwise. */
export function polygonsOf(feature: Feature): Position[][][] {
  const g = feature.geometry as Polygon | MultiPolygon | null;
  if (g?.type === 'Polygon') return [g.coordinates];
  if (g?.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/**
 * Area of a ring (shoelace, unsigned, in square degrees): enough to compare the parts of one
 * territory, which lie at nearly the same latitude.
 */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  }
  return Math.abs(sum) / 2;
}

/** Centroid of the surface a ring encloses, in [lon, lat] (the vertices' mean for a degenerate ring). */
export function ringCentroid(ring: readonly Position[]): [number, number] {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]! as [number, number];
    const [x1, y1] = ring[i]! as [number, number];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  if (area === 0) {
    const n = Math.max(ring.length, 1);
    return [ring.reduce((s, p) => s + p[0]!, 0) / n, ring.reduce((s, p) => s + p[1]!, 0) / n];
  }
  return [x / (3 * area), y / (3 * area)];
}

/** [west, south, east, north] of a feature that does not cross the antimeridian. */
export function planarBounds(feature: Feature): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygonsOf(feature)) {
    for (const [lon, lat] of rings[0] ?? []) {
      west = Math.min(west, lon!);
      east = Math.max(east, lon!);
      south = Math.min(south, lat!);
      north = Math.max(north, lat!);
    }
  }
  return [west, south, east, north];
}

/** Web Mercator, unscaled: [lon, lat] → [x, y] with y growing northwards. */
export function mercator([lon, lat]: readonly number[]): [number, number] {
  return [lon! * RAD, Math.log(Math.tan(Math.PI / 4 + (lat! * RAD) / 2))];
}

/** An SVG path of polygons (every ring closed), through `project`, to a tenth of a unit. */
export function svgPath(polygons: Position[][][], project: (p: Position) => [number, number]): string {
  const point = (p: Position): string => {
    const [x, y] = project(p);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  };
  return polygons
    .flat()
    .map((ring) => `M${ring.map(point).join('L')}Z`)
    .join('');
}
