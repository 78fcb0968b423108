// SPDX-License-Identifier: MIT
// Per-territory counts and their normalisation, on the hand-made fixture and on the committed data:
// every level must add up to the same totals.
import { describe, expect, it } from 'vitest';
import { locator } from '../../src/analysis/territories.ts';
import { normalise, territoryStats, type TerritoryStat } from '../../src/analysis/territory-stats.ts';
import { placed } from '../../src/data/selection.ts';
import { LEVELS } from '../../src/state/view-state.ts';
import { members, poles, territories } from '../fixtures/analysis/fixture.ts';
import { publicData } from '../fixtures/analysis/public-data.ts';

const ALL_LEVELS = ['region', 'region2015', 'departement'] as const;
const total = (stats: Map<string, TerritoryStat>, key: 'poles' | 'sites' | 'population'): number =>
  [...stats.values()].reduce((s, t) => s + t[key], 0);

describe('territoryStats on the fixture', () => {
  it('counts HQs and sites by département, in code order, with every territory listed', () => {
    const stats = territoryStats('departement', poles, members, territories);
    expect([...stats.values()].map((t) => [t.code, t.poles, t.sites, t.population, t.areaKm2])).toEqual([
      ['09', 0, 0, 0, 0],
      ['31', 1, 1, 300, 2000],
      ['38', 2, 1, 600, 3000],
      ['63', 0, 1, 400, 2000],
    ]);
    expect(stats.get('38')!.name).toBe('Isère');
  });

  it('rolls départements up to 2016 and pre-2016 régions', () => {
    const regions = territoryStats('region', poles, members, territories);
    expect([...regions.values()].map((t) => [t.code, t.poles, t.sites])).toEqual([
      ['76', 1, 1],
      ['84', 2, 2],
    ]);
    const old = territoryStats('region2015', poles, members, territories);
    expect([...old.values()].map((t) => [t.code, t.poles, t.sites])).toEqual([
      ['73', 1, 1],
      ['82', 2, 1],
      ['83', 0, 1],
    ]);
  });

  it('leaves pôles without HQ and sites in unknown départements out of every level, alike', () => {
    for (const level of ALL_LEVELS) {
      const stats = territoryStats(level, poles, members, territories);
      expect([total(stats, 'poles'), total(stats, 'sites'), total(stats, 'population')], level).toEqual([
        3, 3, 1300,
      ]);
    }
  });

  it('covers the levels of the view state', () => {
    for (const level of LEVELS) expect(territoryStats(level, [], [], territories).size).toBeGreaterThan(0);
  });
});

describe('normalise', () => {
  it('gives counts per 100,000 inhabitants and per 1,000 km²', () => {
    expect(normalise(3, 'none', 0, 0)).toBe(3);
    expect(normalise(3, 'capita', 600_000, 3000)).toBeCloseTo(0.5, 12);
    expect(normalise(3, 'area', 600_000, 3000)).toBeCloseTo(1, 12);
    expect(normalise(0, 'capita', 1, 1)).toBe(0);
  });

  it('is null (no data) when the denominator is unknown or 0', () => {
    expect(normalise(2, 'capita', 0, 100)).toBeNull();
    expect(normalise(2, 'capita', null, 100)).toBeNull();
    expect(normalise(2, 'area', 100, 0)).toBeNull();
    expect(normalise(2, 'area', 100, undefined)).toBeNull();
  });
});

describe('the committed public/data', () => {
  const { poles: P, members: M, communes, territories: T } = publicData();

  it('has 18 régions, 22 + 5 pre-2016 régions and 101 départements with population and area', () => {
    expect(T.regions).toHaveLength(18);
    expect(T.regions2015).toHaveLength(27);
    expect(T.departements).toHaveLength(101);
    for (const t of [...T.regions, ...T.regions2015, ...T.departements]) {
      expect(t.population, t.code).toBeGreaterThan(0);
      expect(t.areaKm2, t.code).toBeGreaterThan(0);
    }
    // France (metropolitan + DROM) is about 632,700 km²; the simplified outlines land close.
    const area = T.departements.reduce((s, d) => s + d.areaKm2, 0);
    expect(area).toBeGreaterThan(620_000);
    expect(area).toBeLessThan(650_000);
  });

  it('adds commune populations up to départements, and départements up to both kinds of région', () => {
    const byDep = new Map<string, number>();
    communes.departement.forEach((d, i) => byDep.set(d, (byDep.get(d) ?? 0) + communes.population[i]!));
    for (const o of T.populationOutsideCommunes)
      byDep.set(o.departement, byDep.get(o.departement)! + o.population);
    for (const d of T.departements) expect(byDep.get(d.code), d.code).toBe(d.population);
    for (const key of ['region', 'region2015'] as const) {
      const list = key === 'region' ? T.regions : T.regions2015;
      for (const r of list) {
        const sum = T.departements.filter((d) => d[key] === r.code).reduce((s, d) => s + d.population, 0);
        expect(sum, `${key} ${r.code}`).toBe(r.population);
      }
    }
  });

  it('counts every placed HQ and site once at each level', () => {
    const totals = ALL_LEVELS.map((level) => {
      const stats = territoryStats(level, P.features, M.features, T);
      return [total(stats, 'poles'), total(stats, 'sites'), total(stats, 'population')];
    });
    const population = T.departements.reduce((s, d) => s + d.population, 0);
    expect(totals).toEqual(Array(3).fill([placed(P.features).length, M.features.length, population]));
  });

  it("agrees with the sites' and HQs' own région fields", () => {
    const region = locator('region', T);
    const old = locator('region2015', T);
    for (const m of M.features) {
      expect(region(m.properties.departement), m.id).toBe(m.properties.region);
      expect(old(m.properties.departement), m.id).toBe(m.properties.region2015);
    }
    for (const p of placed(P.features))
      expect(old(p.properties.hqDepartement), p.id).toBe(p.properties.hqRegion2015);
  });
});
