// SPDX-License-Identifier: MIT
// Great-circle distances: against the haversine formula written out here, d3-geo's own
// implementation, and distances known in closed form on the sphere.
import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  chordToKm,
  EARTH_RADIUS_KM,
  haversineKm,
  kmToChord,
  toUnitVector,
  type LonLat,
} from '../../src/analysis/haversine.ts';

const PARIS: LonLat = [2.3522, 48.8566];
const LYON: LonLat = [4.8357, 45.764];
const MARSEILLE: LonLat = [5.3698, 43.2965];

/** The textbook formula, in degrees, written independently of the module. */
function reference([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const r = (d: number): number => (d * Math.PI) / 180;
  const a =
    Math.sin(r(lat2 - lat1) / 2) ** 2 +
    Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lon2 - lon1) / 2) ** 2;
  return 2 * 6371.0088 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

describe('haversineKm', () => {
  it('gives Paris–Lyon ≈ 392 km and Paris–Marseille ≈ 661 km, as the formula does', () => {
    expect(haversineKm(PARIS, LYON)).toBeCloseTo(reference(PARIS, LYON), 9);
    expect(haversineKm(PARIS, MARSEILLE)).toBeCloseTo(reference(PARIS, MARSEILLE), 9);
    // The usual figures, to a kilometre (city-centre coordinates differ by a few hundred metres).
    expect(Math.abs(haversineKm(PARIS, LYON) - 392)).toBeLessThan(1);
    expect(Math.abs(haversineKm(PARIS, MARSEILLE) - 661)).toBeLessThan(1);
  });

  it('agrees with d3-geo and with closed forms: a quarter meridian, antipodes, one degree', () => {
    expect(haversineKm(PARIS, MARSEILLE)).toBeCloseTo(
      geoDistance([...PARIS], [...MARSEILLE]) * EARTH_RADIUS_KM,
      6,
    );
    expect(haversineKm([0, 0], [0, 90])).toBeCloseTo((Math.PI / 2) * 6371.0088, 6); // 10,007.54 km
    expect(haversineKm([10, 20], [-170, -20])).toBeCloseTo(Math.PI * 6371.0088, 6);
    expect(haversineKm([5, 45], [5, 46])).toBeCloseTo(111.19508, 4);
    expect(haversineKm(LYON, LYON)).toBe(0);
    expect(haversineKm(PARIS, LYON)).toBe(haversineKm(LYON, PARIS));
  });
});

describe('chords on the unit sphere', () => {
  it('turn into the haversine distance, and back', () => {
    const pairs: [LonLat, LonLat][] = [
      [PARIS, LYON],
      [PARIS, MARSEILLE],
      [
        [55.45, -20.93],
        [-52.33, 4.93],
      ],
      [
        [0, 0],
        [180, 0],
      ],
    ];
    for (const [a, b] of pairs) {
      const [p, q] = [toUnitVector(a), toUnitVector(b)];
      const chord = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
      expect(chordToKm(chord)).toBeCloseTo(haversineKm(a, b), 6);
      expect(kmToChord(chordToKm(chord))).toBeCloseTo(chord, 12);
    }
  });
});
