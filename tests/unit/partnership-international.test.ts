// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { filterPartnerships, indexPoles } from '../../src/data/partnership-graph.ts';
import { byCountry } from '../../src/data/partnership-countries.ts';
import { NO_COUNTRY, byPartner, rankPartnerEdges } from '../../src/data/partnership-international.ts';
import { partnershipsFixture, polesFixture } from '../fixtures/partnerships/fixture.ts';

const edges = filterPartnerships(partnershipsFixture.edges, indexPoles(polesFixture), { year: 2019 });

describe('international aggregation', () => {
  it('sums non-pôle partnerships by country and kind, most first, no-country last', () => {
    const rows = byCountry(edges);
    expect(rows.map((r) => [r.key, r.total])).toEqual([
      ['DE', 2],
      ['BE', 1],
      ['CA', 1],
      ['FR', 1],
      ['JP', 1],
      ['US', 1],
      [NO_COUNTRY, 1],
    ]);
    const de = rows[0]!;
    expect(de.byKind.mou).toBe(2);
    expect(de.byKind.other).toBe(0);
    expect(de.partners).toEqual(['biosaxony', 'silicon-saxony']);
    // Inter-pôle edges never count, and every non-pôle edge counts once.
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(edges.filter((e) => e.targetKind !== 'pole').length);
  });

  it('sums by partner with the pôles tied to it', () => {
    const rows = byPartner([
      ...edges,
      { ...edges.find((e) => e.target === 'biosaxony')!, id: 'x', source: 'zeta' },
    ]);
    expect(rows[0]).toMatchObject({ id: 'biosaxony', total: 2, poles: ['eta', 'zeta'], country: 'DE' });
    expect(rows[0]!.byKind.mou).toBe(2);
  });

  it('ranks partner edges by how connected their ends are', () => {
    const ranked = rankPartnerEdges(edges);
    expect(ranked).toHaveLength(8);
    // eta has 3 partners abroad: its partnerships come first, oldest first, unknown years last.
    expect(ranked.slice(0, 3).map((e) => [e.source, e.target])).toEqual([
      ['eta', 'quebec-bio'],
      ['eta', 'biosaxony'],
      ['eta', 'la-biomed'],
    ]);
  });
});
