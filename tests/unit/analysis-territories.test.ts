// SPDX-License-Identifier: MIT
// The data build's territory outputs: commune populations that add up to the COG, and the
// pre-2016 région of each département, found on the map and checked against the 2016 merger.
import { afterAll, describe, expect, it } from 'vitest';
import { locator, territoriesAt } from '../../src/analysis/territories.ts';
import { REGIONS_2015 } from '../../src/geo/regions.ts';
import { territories } from '../fixtures/analysis/fixture.ts';
import { publicData } from '../fixtures/analysis/public-data.ts';
import { cog, expectBuildError, makeWorkspace, removeWorkspaces } from './support.ts';

afterAll(removeWorkspaces);

const OLD_REGIONS = 'geo/regions-avant-redecoupage-2015.geojson';

describe('locator', () => {
  it('maps a département to its territory at each level, and unknown ones to null', () => {
    expect(['31', '38', '99'].map(locator('region', territories))).toEqual(['76', '84', null]);
    expect(['31', '63'].map(locator('region2015', territories))).toEqual(['73', '83']);
    expect(locator('departement', territories)(null)).toBeNull();
    expect(territoriesAt('region2015', territories)).toBe(territories.regions2015);
  });
});

describe('territories.json and communes.json population', () => {
  const { communes, territories: T } = publicData();

  it("keeps every inhabitant of the COG's current communes: in a commune, or listed outside", () => {
    const inScope = cog().communes.filter(
      (c) => c.type === 'commune-actuelle' && (c.zone === 'metro' || c.zone === 'drom'),
    );
    const expected = inScope.reduce((s, c) => s + (c.population ?? 0), 0);
    const inCommunes = communes.population.reduce((s, p) => s + p, 0);
    const outside = T.populationOutsideCommunes.reduce((s, p) => s + p.population, 0);
    expect(inCommunes + outside).toBe(expected);
    expect(T.departements.reduce((s, d) => s + d.population, 0)).toBe(expected);
    // A handful of re-established communes at most: anything more means the attribution broke.
    expect(outside / expected).toBeLessThan(1e-3);
  });

  it('gives each département the pre-2016 région that merged into its 2016 région', () => {
    const merged = new Map(Object.values(REGIONS_2015).map((r) => [r.code, r.region2016]));
    for (const d of T.departements) expect(merged.get(d.region2015), d.code).toBe(d.region);
    const counts = new Map<string, number>();
    for (const d of T.departements) counts.set(d.region2015, (counts.get(d.region2015) ?? 0) + 1);
    // Known sizes: Rhône-Alpes 8, Île-de-France 8, Alsace 2, Corse 2, overseas 1 each.
    expect([
      counts.get('82'),
      counts.get('11'),
      counts.get('42'),
      counts.get('94'),
      counts.get('04'),
    ]).toEqual([8, 8, 2, 2, 1]);
  });
});

describe('the build rejects a département that no single pre-2016 région contains', () => {
  it('reports a département outside every old région', async () => {
    const ws = makeWorkspace();
    const fc = JSON.parse(ws.read(OLD_REGIONS)) as { features: { properties: { code: string } }[] };
    fc.features = fc.features.filter((f) => f.properties.code !== '73');
    ws.write(OLD_REGIONS, JSON.stringify(fc));
    await expectBuildError(ws, {
      file: 'regions-avant-redecoupage-2015.geojson',
      row: null,
      column: null,
      text: 'département 31 Haute-Garonne: its interior point (1.50000, 43.50000) lies in 0 pre-2016 régions',
    });
  });

  it('reports an old région that did not merge into the département’s 2016 région', async () => {
    const ws = makeWorkspace();
    ws.replace(OLD_REGIONS, '"code": "73"', '"code": "74"');
    await expectBuildError(ws, {
      file: 'regions-avant-redecoupage-2015.geojson',
      row: null,
      column: null,
      text: 'lies in pre-2016 région 74, which did not merge into its 2016 région 76',
    });
  });
});
