// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFilters, poleInRegions } from '../../src/data/filters.ts';
import { EMPTY_FILTERS } from '../../src/state/view-state.ts';
import type { MembersFile, PolesFile } from '../../src/types.ts';

const poles = JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile;
const members = JSON.parse(readFileSync('public/data/members.geojson', 'utf8')) as MembersFile;
const shown = (year: number, filters = EMPTY_FILTERS) =>
  applyFilters(poles.features, members.features, year, filters);

describe('applyFilters on the committed dataset', () => {
  it('counts the pôles labelled each phase by the counting rule', () => {
    expect(shown(2005).poles).toHaveLength(66);
    expect(shown(2010).poles).toHaveLength(71);
    expect(shown(2019).poles).toHaveLength(55);
  });

  it('keeps only the sites of the pôles shown', () => {
    const { poles: p, members: m } = shown(2019, { ...EMPTY_FILTERS, sectors: ['mer'] });
    expect(p.length).toBeGreaterThan(0);
    expect(p.every((f) => f.properties.sector === 'mer')).toBe(true);
    const ids = new Set(p.map((f) => f.id));
    expect(m.every((f) => ids.has(f.properties.pole))).toBe(true);
  });

  it('filters sites by kind and evidence, and by the région they are in', () => {
    const all = shown(2010);
    const pme = shown(2010, { ...EMPTY_FILTERS, kinds: ['pme'] });
    expect(pme.members.length).toBe(all.members.filter((f) => f.properties.kind === 'pme').length);
    const occitanie = shown(2010, { ...EMPTY_FILTERS, regions: ['76'] });
    expect(occitanie.members.every((f) => f.properties.region === '76')).toBe(true);
    expect(occitanie.poles.map((f) => f.id)).toContain('aerospace-valley');
  });
});

describe('poleInRegions', () => {
  const pole = { properties: { hqRegion: '76', regions: ['Midi-Pyrénées', 'Aquitaine'] } } as never;
  it('matches the HQ région and the pre-2016 régions covered', () => {
    expect(poleInRegions(pole, ['76'])).toBe(true);
    expect(poleInRegions(pole, ['75'])).toBe(true); // Aquitaine → Nouvelle-Aquitaine
    expect(poleInRegions(pole, ['11'])).toBe(false);
    expect(poleInRegions(pole, [])).toBe(true);
  });
});
