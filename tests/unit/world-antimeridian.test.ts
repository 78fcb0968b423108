// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { withoutAntimeridianJumps } from '../../src/geo/antimeridian.ts';
import { worldCountries } from '../../src/geo/france.ts';

function rings(fc: FeatureCollection): { id: string; ring: Position[] }[] {
  return fc.features.flatMap((f) => {
    const g = f.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    return polygons.flat().map((ring) => ({ id: String(f.id), ring }));
  });
}

const jumps = (ring: Position[]): number =>
  ring.slice(1).filter((p, i) => Math.abs((p[0] ?? 0) - (ring[i]?.[0] ?? 0)) > 180).length;

describe('world countries on a flat map', () => {
  const world = JSON.parse(readFileSync('public/data/world.topo.json', 'utf8')) as Topology;

  it('has no ring that jumps across the antimeridian, and no Antarctica', () => {
    const countries = worldCountries(world);
    expect(rings(countries).filter((r) => jumps(r.ring) > 0)).toEqual([]);
    expect(countries.features.some((f) => String(f.id) === '010')).toBe(false);
    // Russia and Fiji, stitched across 180° by world-atlas, are still there.
    expect(countries.features.filter((f) => ['643', '242'].includes(String(f.id)))).toHaveLength(2);
  });

  it('keeps a crossing ring in one piece past 180°, its hole on the same world copy', () => {
    const square = (x0: number, x1: number) => [
      [x0, 60],
      [x1, 60],
      [x1, 70],
      [x0, 70],
      [x0, 60],
    ];
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'Polygon', coordinates: [square(170, -170), square(-178, 178)] },
        },
      ],
    };
    const [outer, hole] = rings(withoutAntimeridianJumps(fc)).map((r) => r.ring);
    expect(outer?.map((p) => p[0])).toEqual([170, 190, 190, 170, 170]);
    expect(hole?.map((p) => p[0])).toEqual([182, 178, 178, 182, 182]);
  });
});
