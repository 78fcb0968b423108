// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import {
  filterPartnerships,
  findGroupings,
  indexPoles,
  interPoleGraph,
  isInterPole,
  labelSlug,
  rankTies,
} from '../../src/data/partnership-graph.ts';
import { partnershipsFixture, polesFixture } from '../fixtures/partnerships/fixture.ts';

const poles = indexPoles(polesFixture);
const edges = partnershipsFixture.edges;
const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();
/** The edges without their own dates: the phase rule of the pôle ends alone. */
const timeless = edges.map((e) => ({ ...e, yearStart: null, yearEnd: null }));
const interPoleIn = (year: number) => filterPartnerships(timeless, poles, { year }).filter(isInterPole);

describe('filterPartnerships', () => {
  it('keeps an edge only when both pôle ends are labelled that year', () => {
    // 2019: theta ended in 2013 and kappa in 2019, so theta–iota and kappa–zeta are out.
    const in2019 = interPoleIn(2019);
    expect(in2019).toHaveLength(7);
    expect(in2019.some((e) => e.source === 'theta' || e.source === 'kappa')).toBe(false);
    // 2010: iota is not labelled yet (2013), kappa still is.
    const in2010 = interPoleIn(2010);
    expect(in2010.some((e) => e.source === 'kappa' && e.target === 'zeta')).toBe(true);
    expect(in2010.some((e) => e.target === 'iota')).toBe(false);
  });

  it('applies the phase rule to the source pôle of a non-pôle partnership', () => {
    const flanders = (year: number) =>
      filterPartnerships(edges, poles, { year }).some((e) => e.target === 'flanders-textile');
    expect(flanders(2012)).toBe(true);
    expect(flanders(2013)).toBe(false);
  });

  it('keeps an edge when one of its pôle ends is in a selected sector', () => {
    const mer = filterPartnerships(edges, poles, { year: 2019, sectors: ['mer'] });
    expect(
      mer.every((e) => ['alpha', 'beta'].includes(e.source) || ['alpha', 'beta'].includes(e.target)),
    ).toBe(true);
    // eta (biotech) → alpha (mer) is kept through its target.
    expect(mer.some((e) => e.source === 'eta' && e.target === 'alpha')).toBe(true);
  });

  it('filters by kind and treats an empty list as "all"', () => {
    const mou = filterPartnerships(edges, poles, { year: 2019, kinds: ['mou'] });
    expect(mou.length).toBeGreaterThan(0);
    expect(mou.every((e) => e.kind === 'mou')).toBe(true);
    expect(filterPartnerships(edges, poles, { year: 2019, kinds: [], sectors: [] })).toEqual(
      filterPartnerships(edges, poles, { year: 2019 }),
    );
  });

  it('keeps the partnerships active in the year, marks and optionally hides undated ones, or shows all', () => {
    const shown = (year: number, extra: object = {}) =>
      ids(filterPartnerships(edges, poles, { year, ...extra }));
    // kappa–zeta (e6) starts in 2018: not shown in 2017 although both pôles are labelled.
    expect(shown(2017)).not.toContain('e6');
    expect(shown(2018)).toContain('e6');
    // Nothing starting after the year, ever.
    for (let year = 2005; year <= 2026; year++)
      for (const e of filterPartnerships(edges, poles, { year }))
        expect(e.yearStart ?? year).toBeLessThanOrEqual(year);
    // eta–alpha (e10) has no date: shown unless undated ones are hidden.
    expect(shown(2019)).toContain('e10');
    expect(shown(2019, { undated: false })).not.toContain('e10');
    // An edge that ended before the year is out of the active set.
    const ended = { ...edges[0]!, id: 'old', yearStart: 2010, yearEnd: 2012 };
    expect(filterPartnerships([ended], poles, { year: 2013 })).toEqual([]);
    expect(filterPartnerships([ended], poles, { year: 2012 })).toHaveLength(1);
    // All ever recorded: every edge whose pôles exist, whatever the year.
    expect(shown(2006, { years: 'all' })).toEqual(ids(edges));
  });

  it('drops an edge whose pôle is missing from the pôle file', () => {
    const orphan = { ...edges[0]!, id: 'x', source: 'nowhere' };
    expect(filterPartnerships([orphan], poles, { year: 2019 })).toEqual([]);
  });
});

describe('groupings', () => {
  it('finds a label whose edges join 3+ pôles, whatever the kind', () => {
    const groupings = findGroupings(edges);
    expect(groupings.map((g) => g.label)).toEqual(['Plant Network']);
    expect(groupings[0]!.members).toEqual(['delta', 'epsilon', 'gamma']);
    expect(groupings[0]!.id).toBe('grouping:plant-network');
  });

  it('leaves a generic label shared by unrelated pairs as pairs', () => {
    // "Fusion / regroupement" joins theta–iota and kappa–zeta: two unconnected pairs.
    expect(findGroupings(edges).some((g) => g.label === 'Fusion / regroupement')).toBe(false);
  });

  it('counts a grouping once per member in groupings mode, every pair in pairs mode', () => {
    const filtered = filterPartnerships(edges, poles, { year: 2019 });
    const pairs = interPoleGraph(filtered, poles, 'pairs');
    const grouped = interPoleGraph(filtered, poles, 'groupings');
    expect(pairs.ties).toHaveLength(7);
    // 3 pairs of Plant Network become 3 membership ties (3 members): same count for a triangle.
    expect(grouped.ties).toHaveLength(7);
    const node = grouped.nodes.find((n) => n.type === 'grouping')!;
    expect(node).toMatchObject({ id: 'grouping:plant-network', name: 'Plant Network', degree: 3 });
    const gamma = grouped.ties.filter((t) => t.a === 'gamma');
    expect(gamma).toHaveLength(1);
    expect(ids(gamma[0]!.edges)).toEqual(['e2', 'e3']);
    expect(grouped.nodes.find((n) => n.id === 'gamma')!.degree).toBe(1);
    expect(pairs.nodes.find((n) => n.id === 'gamma')!.degree).toBe(2);
  });

  it('falls back to pairs when fewer than 3 members are labelled in the phase', () => {
    // 2006: epsilon (2007) is not labelled, so only gamma–delta remains.
    const g = interPoleGraph(filterPartnerships(timeless, poles, { year: 2006 }), poles, 'groupings');
    expect(g.nodes.some((n) => n.type === 'grouping')).toBe(false);
    expect(g.ties.map((t) => t.id)).toContain('e2');
  });

  it('turns a larger grouping from its stored pairs into one tie per member, even with pairs missing', () => {
    const members = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
    const clique = members.flatMap((a, i) =>
      members
        .slice(i + 1)
        .map((b) => ({ ...edges[0]!, id: `${a}-${b}`, source: a, target: b, label: 'Big' })),
    );
    expect(interPoleGraph(clique, poles, 'pairs').ties).toHaveLength(10);
    expect(interPoleGraph(clique, poles, 'groupings').ties).toHaveLength(5);
    // Like Plant Inter Cluster in the real table, a member may lack some of its pairs.
    const gappy = clique.filter((e) => e.id !== 'alpha-beta' && e.id !== 'alpha-gamma');
    expect(findGroupings(gappy)[0]!.members).toEqual([...members].sort());
  });

  it('gives distinct ids to two unconnected sets of 3+ pôles under one label', () => {
    const e = (id: string, source: string, target: string) => ({
      ...edges[0]!,
      id,
      source,
      target,
      label: 'Twice',
    });
    const twice = [
      e('1', 'alpha', 'beta'),
      e('2', 'beta', 'gamma'),
      e('3', 'delta', 'epsilon'),
      e('4', 'epsilon', 'zeta'),
    ];
    expect(findGroupings(twice).map((g) => [g.id, g.members.join()])).toEqual([
      ['grouping:twice', 'alpha,beta,gamma'],
      ['grouping:twice~2', 'delta,epsilon,zeta'],
    ]);
  });
});

describe('ranking and keys', () => {
  it('ranks ties by summed degree, then by age, then by id', () => {
    const graph = interPoleGraph(filterPartnerships(edges, poles, { year: 2019 }), poles, 'pairs');
    const ranked = rankTies(graph);
    expect(ranked).toHaveLength(graph.ties.length);
    // alpha has 3 ties (2 with beta, 1 with eta): its ties come first, oldest (2005) first.
    expect(ranked[0]!.id).toBe('e7');
    expect(ranked.map((t) => t.id)).toEqual(rankTies(graph).map((t) => t.id));
  });

  it('makes URL-safe label slugs', () => {
    expect(labelSlug('Pôles Mer (jumeaux)')).toBe('poles-mer-jumeaux');
    expect(labelSlug('UPC2V – Union des pôles')).toBe('upc2v-union-des-poles');
    expect(labelSlug('–')).toBe(encodeURIComponent('–'));
  });
});
