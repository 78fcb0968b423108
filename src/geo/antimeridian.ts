// SPDX-License-Identifier: MIT
// world-atlas stitches the countries that cross the antimeridian (Russia, Fiji) into rings whose
// longitudes jump from +180 to -180. A flat (Web Mercator) map draws such a jump as a streak across
// the whole world, so each ring is made continuous instead (longitudes past 180 are valid for
// MapLibre, which wraps them onto the next world copy).
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** The ring shifted by whole turns so that no two consecutive points are more than 180° apart. */
function continuousRing(ring: Position[], near: number): Position[] {
  let shift = 360 * Math.round((near - (ring[0]?.[0] ?? near)) / 360);
  let previous = near;
  return ring.map(([lon = 0, lat = 0]) => {
    const x0 = lon + shift;
    if (x0 - previous > 180) shift -= 360;
    else if (previous - x0 > 180) shift += 360;
    previous = lon + shift;
    return [previous, lat];
  });
}

/** A polygon's rings made continuous, the holes on the same world copy as their outer ring. */
function continuousPolygon(rings: Position[][]): Position[][] {
  const near = rings[0]?.[0]?.[0] ?? 0;
  return rings.map((ring) => continuousRing(ring, near));
}

function continuousGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon')
    return { ...geometry, coordinates: continuousPolygon(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon')
    return { ...geometry, coordinates: geometry.coordinates.map(continuousPolygon) };
  return geometry;
}

/** The polygons of `collection` with no ring crossing the antimeridian by a jump. */
export function withoutAntimeridianJumps(collection: FeatureCollection): FeatureCollection {
  return {
    ...collection,
    features: collection.features.map((f): Feature =>
      f.geometry ? { ...f, geometry: continuousGeometry(f.geometry) } : f,
    ),
  };
}
