// SPDX-License-Identifier: MIT
// Great-circle paths for the map's partner arcs (pure). Longitudes are unwrapped, so a path is one
// continuous line in Web Mercator and deck.gl never draws it the long way round across the map.
import { geoInterpolate } from 'd3-geo';

export type LonLat = [number, number];

/** `lon` moved by whole turns to within 180° of `reference`. */
function unwrap(lon: number, reference: number): number {
  return lon - 360 * Math.round((lon - reference) / 360);
}

/**
 * `segments + 1` points along the shorter great-circle arc from `from` to `to`, both included.
 * The first longitude is `from`'s; each next one differs from the previous by less than 180°, so the
 * path may end beyond ±180 (Paris → Fiji ends near 182°) but never jumps across the map. Antipodal
 * ends have no single great circle: d3-geo then interpolates along one of them.
 */
export function greatCirclePath(from: LonLat, to: LonLat, segments: number): LonLat[] {
  const n = Math.max(1, Math.floor(segments));
  const interpolate = geoInterpolate(from, to);
  const path: LonLat[] = [[from[0], from[1]]];
  for (let i = 1; i <= n; i++) {
    const [lon, lat] = i === n ? to : interpolate(i / n);
    path.push([unwrap(lon, path[i - 1]![0]), lat]);
  }
  return path;
}
