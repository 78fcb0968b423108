// SPDX-License-Identifier: MIT
// Great-circle distances on a sphere. The mean Earth radius (IUGG R1) is used everywhere in the
// analysis and the data build (areas), so that distances and areas share one Earth model: on the
// WGS84 ellipsoid the error is under 0.5 %, far below what the commune centroids can resolve.

export type LonLat = readonly [number, number];

/** Mean Earth radius (IUGG R1), km. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Great-circle distance between two [lon, lat] points in degrees, km (haversine formula). */
export function haversineKm(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  // min() guards against h creeping above 1 by rounding for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * [lon, lat] in degrees → point on the unit sphere. The straight-line (chord) distance between two
 * such points grows with the great-circle distance, so nearest-neighbour searches can compare
 * chords (no trigonometry per comparison) and convert only the result with chordToKm.
 */
export function toUnitVector(p: LonLat): [number, number, number] {
  const lon = p[0] * RAD;
  const lat = p[1] * RAD;
  const c = Math.cos(lat);
  return [c * Math.cos(lon), c * Math.sin(lon), Math.sin(lat)];
}

/** Chord length on the unit sphere → great-circle distance, km (the haversine distance). */
export function chordToKm(chord: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, chord / 2));
}

/** Great-circle distance, km → chord length on the unit sphere (inverse of chordToKm). */
export function kmToChord(km: number): number {
  return 2 * Math.sin(Math.min(Math.PI / 2, km / (2 * EARTH_RADIUS_KM)));
}
