// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { filterPartnerships, indexPoles, interPoleGraph } from '../../src/data/partnership-graph.ts';
import { chordLayout } from '../../src/diagrams/chord/layout.ts';
import { MIXED_COLOUR, REGION_COLOURS } from '../../src/diagrams/colours.ts';
import { SECTOR_COLOURS } from '../../src/theme/palette.ts';
import { partnershipsFixture, polesFixture } from '../fixtures/partnerships/fixture.ts';

const poles = indexPoles(polesFixture);
const graphOf = (mode: 'pairs' | 'groupings', year = 2019) =>
  interPoleGraph(filterPartnerships(partnershipsFixture.edges, poles, { year }), poles, mode);

describe('chord layout', () => {
  const layout = chordLayout(graphOf('pairs'), { groupBy: 'sector' });

  it('gives each node an arc proportional to its ties, within one turn, in category order', () => {
    const k = (g: (typeof layout.groups)[number]) => (g.endAngle - g.startAngle) / g.value;
    for (const g of layout.groups) expect(k(g)).toBeCloseTo(k(layout.groups[0]!), 9);
    expect(layout.groups.at(-1)!.endAngle).toBeLessThan(2 * Math.PI);
    expect(layout.groups.map((g) => g.id)).toEqual([
      'delta',
      'epsilon',
      'gamma',
      'eta',
      'alpha',
      'beta',
      'zeta',
    ]);
    for (let i = 1; i < layout.groups.length; i++) {
      expect(layout.groups[i]!.startAngle).toBeGreaterThan(layout.groups[i - 1]!.endAngle);
    }
  });

  it('draws one ribbon per pair of nodes, as wide as its ties at both ends', () => {
    const alphaBeta = layout.ribbons.find((r) => r.id === 'alpha~beta')!;
    expect(alphaBeta.ties.map((t) => t.id)).toEqual(['e7', 'e8']);
    const width = (e: { startAngle: number; endAngle: number }) => e.endAngle - e.startAngle;
    expect(width(alphaBeta.source)).toBeCloseTo(width(alphaBeta.target), 9);
    expect(layout.ribbons.reduce((n, r) => n + r.ties.length, 0)).toBe(layout.tieCount);
  });

  it('fills each node arc exactly with its ribbon ends, without overlap', () => {
    for (const g of layout.groups) {
      const ends = layout.ribbons
        .flatMap((r) => [r.source, r.target])
        .filter((e) => e.id === g.id)
        .sort((a, b) => a.startAngle - b.startAngle);
      expect(ends[0]!.startAngle).toBeCloseTo(g.startAngle, 9);
      expect(ends.at(-1)!.endAngle).toBeCloseTo(g.endAngle, 9);
      for (let i = 1; i < ends.length; i++) expect(ends[i]!.startAngle).toBeCloseTo(ends[i - 1]!.endAngle, 9);
    }
  });

  it('colours by category: shared category colour, grey across categories', () => {
    expect(layout.ribbons.find((r) => r.id === 'alpha~beta')!.colour).toBe(SECTOR_COLOURS.mer);
    expect(layout.ribbons.find((r) => r.id === 'eta~zeta')!.colour).toBe(MIXED_COLOUR);
    expect(layout.bands.map((b) => b.key)).toEqual([
      'sector:agri-agroalimentaire',
      'sector:biotech-sante',
      'sector:mer',
      'sector:numerique',
    ]);
  });

  it('groups by région, with the pre-2016 région for a pôle without HQ', () => {
    const byRegion = chordLayout(graphOf('pairs'), { groupBy: 'region' });
    const delta = byRegion.groups.find((g) => g.id === 'delta')!;
    expect(delta.category).toEqual({ key: 'region:24', order: 1, colour: REGION_COLOURS['24'] });
    expect(byRegion.bands[0]!.key).toBe('region:24');
  });

  it('puts grouping nodes last and colours their ribbons by the member pôle', () => {
    const grouped = chordLayout(graphOf('groupings'), { groupBy: 'sector' });
    expect(grouped.groups.at(-1)!.id).toBe('grouping:plant-network');
    const ribbon = grouped.ribbons.find((r) => r.id === 'gamma~grouping:plant-network')!;
    expect(ribbon.colour).toBe(SECTOR_COLOURS['agri-agroalimentaire']);
  });

  it('is deterministic and copes with an empty graph', () => {
    expect(chordLayout(graphOf('pairs'), { groupBy: 'sector' })).toEqual(layout);
    expect(chordLayout({ mode: 'pairs', nodes: [], ties: [] }, { groupBy: 'sector' }).groups).toEqual([]);
  });
});
