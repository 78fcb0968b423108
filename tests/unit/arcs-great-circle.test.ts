// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { greatCirclePath, type LonLat } from '../../src/layers/arcs/great-circle.ts';

const PARIS: LonLat = [2.3522, 48.8566];
const TOKYO: LonLat = [139.6917, 35.6895];
const LYON: LonLat = [4.8357, 45.764];
const LOS_ANGELES: LonLat = [-118.2437, 34.0522];

const rad = (d: number) => (d * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** Midpoint of the great circle (haversine-family formula, Movable Type "midpoint between two points"). */
function referenceMidpoint([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): LonLat {
  const φ1 = rad(lat1);
  const φ2 = rad(lat2);
  const Δλ = rad(lon2 - lon1);
  const bx = Math.cos(φ2) * Math.cos(Δλ);
  const by = Math.cos(φ2) * Math.sin(Δλ);
  const φm = Math.atan2(Math.sin(φ1) + Math.sin(φ2), Math.hypot(Math.cos(φ1) + bx, by));
  const λm = rad(lon1) + Math.atan2(by, Math.cos(φ1) + bx);
  return [deg(λm), deg(φm)];
}

const steps = (path: LonLat[]) => path.slice(1).map((p, i) => p[0] - path[i]![0]);

describe('greatCirclePath', () => {
  it('goes east from Paris to Tokyo, in small steps', () => {
    const path = greatCirclePath(PARIS, TOKYO, 64);
    expect(path).toHaveLength(65);
    expect(path[0]).toEqual(PARIS);
    expect(path.at(-1)).toEqual(TOKYO);
    for (const d of steps(path)) {
      expect(d).toBeGreaterThan(0);
      expect(d).toBeLessThan(5);
    }
    // The great circle bends north over Russia.
    expect(Math.max(...path.map((p) => p[1]))).toBeGreaterThan(60);
  });

  it('goes west from Lyon to Los Angeles over the Atlantic, never through +180', () => {
    const path = greatCirclePath(LYON, LOS_ANGELES, 64);
    for (const d of steps(path)) {
      expect(d).toBeLessThan(0);
      expect(d).toBeGreaterThan(-5);
    }
    for (const [lon] of path) {
      expect(lon).toBeLessThanOrEqual(LYON[0]);
      expect(lon).toBeGreaterThanOrEqual(LOS_ANGELES[0]);
    }
    // A quarter of the way, the path is over the North Atlantic, south-east of Greenland.
    const [lon, lat] = path[16]!;
    expect(lon).toBeGreaterThan(-45);
    expect(lon).toBeLessThan(-10);
    expect(lat).toBeGreaterThan(55);
  });

  it('has its midpoint on the reference great circle within 0.01°', () => {
    for (const [from, to] of [
      [PARIS, TOKYO],
      [LYON, LOS_ANGELES],
    ] as [LonLat, LonLat][]) {
      const [lon, lat] = greatCirclePath(from, to, 64)[32]!;
      const [refLon, refLat] = referenceMidpoint(from, to);
      expect(Math.abs(lon - refLon)).toBeLessThan(0.01);
      expect(Math.abs(lat - refLat)).toBeLessThan(0.01);
    }
  });

  it('unwraps longitudes across the antimeridian instead of jumping (Tokyo → Los Angeles)', () => {
    const path = greatCirclePath(TOKYO, LOS_ANGELES, 64);
    for (const d of steps(path)) {
      expect(d).toBeGreaterThan(0);
      expect(d).toBeLessThan(5);
    }
    expect(path.at(-1)![0]).toBeCloseTo(LOS_ANGELES[0] + 360, 9);
    expect(path.at(-1)![1]).toBe(LOS_ANGELES[1]);
  });

  it('gives both ends for one segment and copes with a zero-length path', () => {
    expect(greatCirclePath(PARIS, TOKYO, 1)).toEqual([PARIS, TOKYO]);
    expect(greatCirclePath(PARIS, PARIS, 4).every(([lon, lat]) => lon === PARIS[0] && lat === PARIS[1])).toBe(
      true,
    );
  });
});
