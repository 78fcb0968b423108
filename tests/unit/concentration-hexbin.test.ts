// SPDX-License-Identifier: MIT
// The legend of the hexbin layer comes from hexagons recomputed on the CPU: they must be deck.gl's.
// The reference below follows HexagonLayer._updateBinOptions and its CPU aggregator step by step,
// with deck.gl's own viewport and hexbin functions (an internal module: if an upgrade moves it,
// re-read hexagon-layer.js and update both sides).
import { describe, expect, it } from 'vitest';
import { WebMercatorViewport } from '@deck.gl/core';
import {
  getHexbinCentroid,
  pointToHexbin,
} from '../../node_modules/@deck.gl/aggregation-layers/dist/hexagon-layer/hexbin.js';
import { allHexCounts, hexCounts, hexZones } from '../../src/layers/hexbin/bins.ts';
import { publicData } from '../fixtures/analysis/public-data.ts';
import { members } from '../fixtures/analysis/fixture.ts';

function deckCounts(positions: readonly [number, number][], radiusM: number): number[] {
  const lons = positions.map((p) => p[0]);
  const lats = positions.map((p) => p[1]);
  let centroid = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
  let viewport = new WebMercatorViewport({ longitude: 2, latitude: 46, zoom: 5, width: 800, height: 600 });
  const radiusCommon = viewport.getDistanceScales(centroid).unitsPerMeter[0]! * radiusM;
  const centerHex = pointToHexbin(viewport.projectFlat(centroid) as [number, number], radiusCommon);
  centroid = viewport.unprojectFlat(getHexbinCentroid(centerHex, radiusCommon));
  viewport = new WebMercatorViewport({ longitude: centroid[0]!, latitude: centroid[1]!, zoom: 12 });
  const origin = [Math.fround(viewport.center[0]!), Math.fround(viewport.center[1]!)];
  const bins = new Map<string, number>();
  for (const [lon, lat] of positions) {
    const [x, y] = viewport.projectPosition([lon, lat, 0]);
    const id = pointToHexbin([x! - origin[0]!, y! - origin[1]!], radiusCommon).join(',');
    bins.set(id, (bins.get(id) ?? 0) + 1);
  }
  return [...bins.values()];
}

const ascending = (a: number, b: number) => a - b;

describe('hexagon bins', () => {
  it('groups the sites by zone: metropolitan France, then each overseas département', () => {
    const reunion = { ...members[0]!, properties: { ...members[0]!.properties, departement: '974' } };
    const zones = hexZones([reunion, ...members]);
    expect(zones.map((z) => [z.layerId, z.sites.length])).toEqual([
      ['hexbin', 4],
      ['hexbin-974', 1],
    ]);
  });

  it('counts the same hexagons as deck.gl for every zone and radius', () => {
    const sites = publicData().members.features;
    for (const zone of hexZones(sites)) {
      for (const km of [2, 5, 10, 25, 37, 50, 100]) {
        const reference = deckCounts(
          zone.sites.map((s) => s.geometry.coordinates),
          km * 1000,
        ).sort(ascending);
        expect(hexCounts(zone.sites, km).sort(ascending), `${zone.layerId}, ${km} km`).toEqual(reference);
      }
    }
  });

  it('puts every site in exactly one hexagon', () => {
    const sites = publicData().members.features;
    const counts = allHexCounts(sites, 25);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(sites.length);
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(allHexCounts([], 25)).toEqual([]);
  });
});
