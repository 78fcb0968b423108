// SPDX-License-Identifier: MIT
// The partner finder on a small fixture graph whose right answers are worked out by hand below.
import { describe, expect, it } from 'vitest';
import { filterCandidates, findPartners, type FinderPole } from '../../src/data/partner-finder/score.ts';
import { foreignRegionOf } from '../../src/data/partnership-foreign-regions.ts';
import type { Partnership } from '../../src/types.ts';

const POLES: FinderPole[] = [
  { id: 'a', shortName: 'Alpha', sector: 'aeronautique-espace', region: '11' },
  { id: 'b', shortName: 'Bravo', sector: 'aeronautique-espace', region: '76' },
  { id: 'c', shortName: 'Charlie', sector: 'aeronautique-espace', region: '11' },
  { id: 'd', shortName: 'Delta', sector: 'biotech-sante', region: '84' },
  { id: 'e', shortName: 'Echo', sector: 'aeronautique-espace', region: '75' },
  { id: 'f', shortName: 'Foxtrot', sector: 'aeronautique-espace', region: null },
];
let n = 0;
const edge = (
  source: string,
  target: string,
  targetKind: Partnership['targetKind'],
  country: string | null,
  city: string | null = null,
): Partnership => ({
  id: `e${++n}`,
  source,
  sourceLonLat: null,
  targetKind,
  target,
  targetName: target.toUpperCase(),
  targetCountry: country,
  targetCity: city,
  targetLonLat: null,
  kind: 'mou',
  label: null,
  yearStart: 2010,
  yearEnd: null,
  description: '',
  confidence: 'high',
  sources: [`https://example.org/${n}`],
});
const EDGES = [
  edge('a', 'e', 'pole', 'FR'), // a is already linked with Echo
  edge('a', 'aero-montreal', 'foreign-cluster', 'CA', 'Montréal'),
  edge('d', 'aero-montreal', 'foreign-cluster', 'CA', 'Montréal'), // Delta shares Aéro Montréal with a
  edge('d', 'aero-montreal', 'foreign-cluster', 'CA', 'Montréal'), // twice: still one shared partner
  edge('b', 'bavaria-aero', 'foreign-cluster', 'DE', 'Munich'), // Bravo (a's sector) works with BAVARIA-AERO
  edge('c', 'bavaria-aero', 'foreign-cluster', 'DE', 'Munich'), // and so does Charlie
  edge('b', 'ontario-aero', 'foreign-cluster', 'CA', 'Toronto'), // Toronto: no region in the table
  edge('d', 'boston-bio', 'foreign-region', 'US', 'Boston area (Massachusetts)'), // not a's sector
  edge('b', 'paris-cluster', 'french-cluster', 'FR'), // French: not a foreign partner
  edge('e', 'aero-montreal', 'foreign-cluster', 'CA', 'Montréal'), // Echo, linked with a, shares Aéro Montréal
];

const summary = (ids: string[]) =>
  findPartners(ids, POLES, EDGES).map((c) => [
    c.kind,
    c.id,
    c.score,
    c.reasons.map((r) => `${r.kind}:${r.subject}:${r.edges.map((e) => e.id).join('+')}`),
  ]);

describe('partner finder', () => {
  it('ranks the candidates of one pôle with their reasons, by the documented formula', () => {
    // For Alpha (aerospace, région 11, linked with Echo and Aéro Montréal):
    // - BAVARIA-AERO: Bravo and Charlie, both aerospace, work with it: 1 + 1 = 2;
    // - Bravo: aerospace in another région (2);
    // - Delta: shares Aéro Montréal (1; its two edges one reason); Echo too, although already linked (1);
    // - ONTARIO-AERO: Bravo works with it (1);
    // Charlie (same région), Echo as a same-sector pôle (already linked), Foxtrot (région unknown) and the French cluster are out.
    expect(summary(['a'])).toEqual([
      ['foreign', 'bavaria-aero', 2, ['theme-partner:Bravo:e5', 'theme-partner:Charlie:e6']],
      ['pole', 'b', 2, ['same-sector:aeronautique-espace:']],
      ['pole', 'd', 1, ['shared-partner:AERO-MONTREAL:e2+e3+e4']],
      ['pole', 'e', 1, ['shared-partner:AERO-MONTREAL:e2+e10']],
      ['foreign', 'ontario-aero', 1, ['theme-partner:Bravo:e7']],
    ]);
  });

  it('for a group going abroad together, excludes what any of them is linked with', () => {
    // Alpha + Delta: sectors aerospace and health, régions 11 and 84. Bravo: aerospace, région 76 (2).
    // BAVARIA-AERO and ONTARIO-AERO as above; BOSTON-BIO is Delta's own partner, Aéro Montréal the group's.
    expect(summary(['a', 'd'])).toEqual([
      ['foreign', 'bavaria-aero', 2, ['theme-partner:Bravo:e5', 'theme-partner:Charlie:e6']],
      ['pole', 'b', 2, ['same-sector:aeronautique-espace:']],
      ['pole', 'e', 1, ['shared-partner:AERO-MONTREAL:e2+e3+e4+e10']],
      ['foreign', 'ontario-aero', 1, ['theme-partner:Bravo:e7']],
    ]);
    expect(findPartners([], POLES, EDGES)).toEqual([]);
  });

  it('filters by kind, country and region', () => {
    const all = findPartners(['a'], POLES, EDGES);
    expect(filterCandidates(all, { kind: 'pole' }).map((c) => c.id)).toEqual(['b', 'd', 'e']);
    expect(filterCandidates(all, { country: 'CA' }).map((c) => c.id)).toEqual(['ontario-aero']);
    expect(filterCandidates(all, { region: 'Bayern' }).map((c) => c.id)).toEqual(['bavaria-aero']);
  });

  it('knows Québec apart from the rest of Canada', () => {
    expect(foreignRegionOf({ targetCountry: 'CA', targetCity: 'Montréal' })).toBe('Québec');
    expect(foreignRegionOf({ targetCountry: 'CA', targetCity: 'Toronto' })).toBeNull();
    expect(foreignRegionOf({ targetCountry: 'US', targetCity: 'Baltimore (Maryland)' })).toBe('Maryland');
    expect(foreignRegionOf({ targetCountry: 'CA', targetCity: null })).toBeNull();
  });
});
