// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SearchIndex, normaliseQuery } from '../../src/data/search.ts';
import type { MembersFile, PolesFile } from '../../src/types.ts';

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
