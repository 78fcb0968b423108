// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SearchIndex, normaliseQuery } from '../../src/data/search.ts';
import type { MembersFile, PartnershipsFile, PolesFile } from '../../src/types.ts';
import type { TimeFile } from '../../src/data/time/types.ts';
import { countryName } from '../../src/diagrams/texts.ts';

const poles = JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile;
const members = JSON.parse(readFileSync('public/data/members.geojson', 'utf8')) as MembersFile;
const index = new SearchIndex(poles.features, members.features);

describe('search', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normaliseQuery('  Île-de-France ')).toBe('ile de france');
  });

  it('finds a pôle by the start of its name, first', () => {
    const [first] = index.search('aerospace val');
    expect(first).toMatchObject({ kind: 'pole', id: 'aerospace-valley', pole: 'aerospace-valley' });
  });

  it('finds member organisations and communes, with their pôle and place', () => {
    const hits = index.search('toulouse');
    expect(hits.some((h) => h.kind === 'commune' && h.id === '31555' && h.lonLat !== null)).toBe(true);
    const cnes = index.search('cnes');
    expect(cnes.some((h) => h.kind === 'member' && h.pole === 'aerospace-valley')).toBe(true);
  });

  it('gives nothing for an empty query and caps the hits', () => {
    expect(index.search('  ')).toEqual([]);
    expect(index.search('a', 5)).toHaveLength(5);
  });
});

describe('search: régions, countries, foreign partners and events', () => {
  const time = JSON.parse(readFileSync('public/data/time.json', 'utf8')) as TimeFile;
  const partnerships = JSON.parse(readFileSync('public/data/partnerships.json', 'utf8')) as PartnershipsFile;
  const full = new SearchIndex(poles.features, members.features, {
    events: time.events,
    partnerships: partnerships.edges,
    countryNames: (code) => [...new Set((['fr', 'en'] as const).map((lang) => countryName(lang, code)))],
  });

  it('finds a région and filters on it', () => {
    expect(full.search('Occitanie')[0]).toMatchObject({ kind: 'region', region: '76' });
  });

  it('finds the mergers under "fusion", each with its successor and year', () => {
    const hits = full.search('fusion', 100).filter((h) => h.kind === 'event');
    expect(hits.length).toBe(time.events.filter((e) => e.kind === 'merger').length);
    expect(hits.every((h) => h.eventKind === 'merger' && typeof h.year === 'number')).toBe(true);
    expect(hits.some((h) => h.pole === 'polymeris' && h.year === 2020)).toBe(true);
  });

  it('finds Québec partners and Canada, in French and English, as partnership selections', () => {
    const quebec = full.search('Québec');
    expect(quebec.some((h) => h.kind === 'partner' && h.link?.startsWith('partner:'))).toBe(true);
    expect(full.search('Canada')[0]).toMatchObject({ kind: 'country', link: 'country:CA' });
    expect(full.search('Allemagne')[0]).toMatchObject({ kind: 'country', link: 'country:DE' });
  });

  it('finds Québec as a partner region, apart from Canada, by its name or its country’s', () => {
    const region = { kind: 'foreignRegion', id: 'CA-quebec', label: 'Québec', link: 'region:CA-quebec' };
    expect(full.search('Québec').filter((h) => h.kind === 'foreignRegion')).toEqual([
      expect.objectContaining(region),
    ]);
    expect(full.search('quebec canada')[0]).toMatchObject(region);
    expect(full.search('Bayern')[0]).toMatchObject({ kind: 'foreignRegion', link: 'region:DE-bayern' });
  });
});
