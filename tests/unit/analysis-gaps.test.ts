// SPDX-License-Identifier: MIT
// Coverage gaps: territories without HQ, communes without a site within X km, the per-territory
// table and its CSV, on the meridian fixture (exact distances) and on the committed data.
import { describe, expect, it } from 'vitest';
import {
  GAP_COLUMNS,
  gapTable,
  gapTableCsv,
  territoriesWithoutHq,
  uncoveredCommunes,
} from '../../src/analysis/gaps.ts';
import { haversineKm, type LonLat } from '../../src/analysis/haversine.ts';
import { NearestSite } from '../../src/analysis/nearest.ts';
import { communes, KM_PER_TENTH_DEGREE, poles, territories } from '../fixtures/analysis/fixture.ts';
import { publicData } from '../fixtures/analysis/public-data.ts';

const SITE: LonLat[] = [[5, 45]];
const HEADERS = Object.fromEntries(GAP_COLUMNS.map((c) => [c, c])) as Record<
  (typeof GAP_COLUMNS)[number],
  string
>;

describe('territoriesWithoutHq', () => {
  it('lists the territories where none of the pôles shown has its HQ', () => {
    expect(territoriesWithoutHq('departement', poles, territories).map((t) => t.code)).toEqual(['09', '63']);
    expect(territoriesWithoutHq('region2015', poles, territories).map((t) => t.code)).toEqual(['83']);
    expect(territoriesWithoutHq('region', poles, territories)).toEqual([]);
    expect(territoriesWithoutHq('region', [], territories)).toHaveLength(2);
  });
});

describe('uncoveredCommunes', () => {
  it('measures great-circle distances to the nearest site', () => {
    const c = uncoveredCommunes(communes, SITE, 40);
    const tenths = [0, 1, 3, 6, 10, 20];
    tenths.forEach((t, i) => expect(c.nearestKm[i]).toBeCloseTo(t * KM_PER_TENTH_DEGREE, 6));
    expect(c.uncovered).toEqual([3, 4, 5]);
  });

  it('counts a commune at exactly X km as covered', () => {
    expect(uncoveredCommunes(communes, SITE, 3 * KM_PER_TENTH_DEGREE + 1e-9).uncovered).toEqual([3, 4, 5]);
  });

  it('with 0 km, covers only communes with a site at their centroid; without sites, none', () => {
    expect(uncoveredCommunes(communes, SITE, 0).uncovered).toEqual([1, 2, 3, 4, 5]);
    const none = uncoveredCommunes(communes, [], 10_000);
    expect(none.uncovered).toHaveLength(6);
    expect(none.nearestKm.every((d) => d === Infinity)).toBe(true);
  });

  it('finds the same nearest site as a full scan', () => {
    // A deterministic spread of sites and queries over France and the overseas départements.
    const at = (i: number, n: number): LonLat => [
      -61 + ((i * 7919) % n) * (117 / n),
      -21 + ((i * 104729) % n) * (72 / n),
    ];
    const sites = Array.from({ length: 300 }, (_, i) => at(i, 300));
    const index = new NearestSite(sites);
    for (let q = 0; q < 200; q++) {
      const point = at(q * 3 + 1, 641);
      const brute = Math.min(...sites.map((s) => haversineKm(point, s)));
      expect(index.distanceKm(point)).toBeCloseTo(brute, 6);
    }
  });
});

describe('gapTable', () => {
  const table = gapTable('departement', communes, uncoveredCommunes(communes, SITE, 40), territories);

  it('ranks territories by uncovered population, then by code, with distance statistics', () => {
    expect(
      table.map((r) => [r.code, r.communes, r.uncoveredCommunes, r.population, r.uncoveredPopulation]),
    ).toEqual([
      ['31', 2, 2, 300, 300],
      ['09', 0, 0, 0, 0],
      ['38', 2, 0, 600, 0],
      ['63', 1, 0, 400, 0],
    ]);
    const [hauteGaronne, ariege, isere] = table;
    expect(hauteGaronne!.uncoveredShare).toBe(1);
    // (200 × 6 + 100 × 10) / 300 tenths of a degree.
    expect(hauteGaronne!.meanNearestKm).toBeCloseTo((22 / 3) * KM_PER_TENTH_DEGREE, 6);
    expect(hauteGaronne!.medianNearestKm).toBeCloseTo(8 * KM_PER_TENTH_DEGREE, 6);
    expect(hauteGaronne!.maxNearestKm).toBeCloseTo(10 * KM_PER_TENTH_DEGREE, 6);
    expect(ariege).toMatchObject({
      uncoveredShare: null,
      meanNearestKm: null,
      medianNearestKm: null,
      maxNearestKm: null,
    });
    expect(isere!.uncoveredShare).toBe(0);
  });

  it('rolls up to régions; communes of unknown départements count nowhere', () => {
    const regions = gapTable('region', communes, uncoveredCommunes(communes, SITE, 40), territories);
    expect(regions.map((r) => [r.code, r.communes, r.population, r.uncoveredPopulation])).toEqual([
      ['76', 2, 300, 300],
      ['84', 3, 1000, 0],
    ]);
  });

  it('writes CSV with the given headers, CRLF, rounded numbers and empty cells for unknowns', () => {
    const csv = gapTableCsv(table, { ...HEADERS, name: 'Nom, libellé' });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'code,"Nom, libellé",communes,uncoveredCommunes,population,uncoveredPopulation,uncoveredShare,meanNearestKm,medianNearestKm,maxNearestKm',
    );
    expect(lines[1]).toBe('31,Haute-Garonne,2,2,300,300,1,81.5,89,111.2');
    expect(lines[2]).toBe('09,Ariège,0,0,0,0,,,,');
    expect(lines.at(-1)).toBe('');
  });

  it('guards names against formula injection', () => {
    const hostile = table.map((r) => ({ ...r, name: '=HYPERLINK("http://x")' }));
    expect(gapTableCsv(hostile, HEADERS).split('\r\n')[1]).toMatch(/^31,"'=HYPERLINK\(""http:\/\/x""\)",/);
  });
});

describe('gaps on the committed data', () => {
  const { members, communes: all, territories: T } = publicData();
  const sites = members.features.map((f) => f.geometry.coordinates);

  it('runs for 35,000 communes well under a second', () => {
    const started = performance.now();
    const coverage = uncoveredCommunes(all, sites, 30);
    gapTable('departement', all, coverage, T);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('with 0 km, leaves uncovered exactly the communes without a site', () => {
    const withSite = new Set(members.features.map((f) => f.properties.insee));
    const coverage = uncoveredCommunes(all, sites, 0);
    const expected = all.code.flatMap((code, i) => (withSite.has(code) ? [] : [i]));
    expect(coverage.uncovered).toEqual(expected);
  });

  it('with 2,000 km, leaves no metropolitan commune uncovered', () => {
    const coverage = uncoveredCommunes(all, sites, 2000);
    expect(coverage.uncovered.filter((i) => !all.departement[i]!.startsWith('97'))).toEqual([]);
  });

  it('adds uncovered populations up the same at every level', () => {
    const coverage = uncoveredCommunes(all, sites, 30);
    const sums = (['region', 'region2015', 'departement'] as const).map((level) =>
      gapTable(level, all, coverage, T).reduce(
        (s, r) => [s[0]! + r.population, s[1]! + r.uncoveredPopulation],
        [0, 0],
      ),
    );
    expect(sums[1]).toEqual(sums[0]);
    expect(sums[2]).toEqual(sums[0]);
    expect(sums[0]![0]).toBe(all.population.reduce((s, p) => s + p, 0));
    expect(sums[0]![1]).toBeGreaterThan(0);
  });
});
