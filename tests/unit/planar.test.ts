// SPDX-License-Identifier: MIT
// The plane geometry of the default map (label anchors, overseas insets) against d3-geo's spherical
// computations on the shipped boundaries: they must agree to well under what a reader would notice.
import { readFileSync } from 'node:fs';
import { geoArea, geoBounds, geoCentroid, geoMercator } from 'd3-geo';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/analysis/haversine.ts';
import { franceFeatures } from '../../src/geo/france.ts';
import { OVERSEAS, overseasInsets } from '../../src/geo/insets.ts';
import { territoryLabels } from '../../src/geo/labels.ts';
import { polygonsOf, ringCentroid, svgPath } from '../../src/geo/planar.ts';

const france = JSON.parse(readFileSync('public/data/france.topo.json', 'utf8')) as Topology;

/** d3-geo's answer: the spherical centroid of the part with the largest spherical area. */
function sphericalLabel(feature: Feature): [number, number] {
  const parts = polygonsOf(feature).map((rings): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: rings },
  }));
  const largest = parts.reduce((best, part) => (geoArea(part) > geoArea(best) ? part : best));
  return geoCentroid(largest) as [number, number];
}

describe('plane geometry of the default map', () => {
  it.each(['regions', 'regions2015'] as const)(
    'anchors each %s label within 5 km of the spherical centroid',
    (name) => {
      const regions: FeatureCollection = franceFeatures(france, name);
      const labels = territoryLabels(regions);
      expect(labels).toHaveLength(regions.features.length);
      regions.features.forEach((f, i) => {
        expect(labels[i]!.text).toBe(String(f.properties?.nom));
        expect(haversineKm(labels[i]!.position, sphericalLabel(f)), labels[i]!.text).toBeLessThan(5);
      });
    },
  );

  it('finds the centroid of a unit square, and of a clockwise ring', () => {
    const square = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(ringCentroid(square)).toEqual([1, 1]);
    expect(ringCentroid([...square].reverse())).toEqual([1, 1]);
  });

  it("frames each overseas inset like d3-geo's fitted Mercator, to a tenth of a pixel", () => {
    const departements = franceFeatures(france, 'departements');
    const size = { width: 80, height: 60 };
    const insets = overseasInsets(departements, size);
    expect(insets.map((i) => i.code)).toEqual(OVERSEAS.map((o) => o.code));
    for (const inset of insets) {
      const feature = departements.features.find((f) => f.properties?.code === inset.code)!;
      const d3 = geoMercator().fitExtent(
        [
          [4, 4],
          [size.width - 4, size.height - 4],
        ],
        feature,
      );
      const [[w, s], [e, n]] = geoBounds(feature);
      expect(inset.bounds.map((v) => v.toFixed(4))).toEqual([w, s, e, n].map((v) => v.toFixed(4)));
      const centre: [number, number] = [(w + e) / 2, (s + n) / 2];
      const [x, y] = inset.project(centre)!;
      const [dx, dy] = d3(centre)!;
      expect(Math.abs(x - dx) + Math.abs(y - dy), inset.name).toBeLessThan(0.1);
      expect(inset.path).toBe(svgPath(polygonsOf(feature), (p) => inset.project(p as [number, number])!));
    }
  });
});
