// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { filterPartnerships, indexPoles, interPoleGraph } from '../../src/data/partnership-graph.ts';
import {
  countryHighlight,
  edgeMatches,
  formatSelection,
  graphHighlight,
  parseSelection,
  tieSelection,
} from '../../src/data/partnership-selection.ts';
import { partnershipsFixture, polesFixture } from '../fixtures/partnerships/fixture.ts';

const poles = indexPoles(polesFixture);
const edges = filterPartnerships(partnershipsFixture.edges, poles, { year: 2019 });
const edge = (id: string) => partnershipsFixture.edges.find((e) => e.id === id)!;

describe('selection strings', () => {
  it('round-trips and normalises country codes', () => {
    expect(parseSelection('pole:alpha')).toEqual({ type: 'pole', id: 'alpha' });
    expect(parseSelection('country:de')).toEqual({ type: 'country', id: 'DE' });
    expect(parseSelection('country:none')).toEqual({ type: 'country', id: 'none' });
    expect(formatSelection(parseSelection('label:plant-network')!)).toBe('label:plant-network');
  });

  it('treats malformed strings as no selection', () => {
    for (const bad of [null, '', 'alpha', ':alpha', 'pole:', 'planet:earth', 'pole: ']) {
      expect(parseSelection(bad)).toBeNull();
    }
  });

  it('matches edges by pôle, edge, label, country and partner', () => {
    const m = (s: string, id: string) => edgeMatches(parseSelection(s)!, edge(id));
    expect(m('pole:beta', 'e7')).toBe(true);
    expect(m('pole:beta', 'e9')).toBe(false);
    expect(m('edge:e9', 'e9')).toBe(true);
    expect(m('label:plant-network', 'e3')).toBe(true);
    expect(m('country:DE', 'e11')).toBe(true);
    expect(m('country:FR', 'e7')).toBe(false); // a pôle is not a foreign partner
    expect(m('partner:silicon-saxony', 'e11')).toBe(true);
  });

  it('highlights a grouping node and its membership ties from a label or one of its edges', () => {
    const graph = interPoleGraph(edges, poles, 'groupings');
    const byLabel = graphHighlight(parseSelection('label:plant-network'), graph)!;
    expect([...byLabel.ties].sort()).toEqual([
      'grouping:plant-network|delta',
      'grouping:plant-network|epsilon',
      'grouping:plant-network|gamma',
    ]);
    expect(byLabel.nodes.has('grouping:plant-network')).toBe(true);
    // The stored edge gamma–delta lives in the memberships of gamma and delta.
    const byEdge = graphHighlight(parseSelection('edge:e2'), graph)!;
    expect([...byEdge.ties].sort()).toEqual(['grouping:plant-network|delta', 'grouping:plant-network|gamma']);
  });

  it('highlights only the ties at a selected pôle', () => {
    const graph = interPoleGraph(edges, poles, 'groupings');
    const h = graphHighlight(parseSelection('pole:gamma'), graph)!;
    expect([...h.ties]).toEqual(['grouping:plant-network|gamma']);
    expect(graphHighlight(null, graph)).toBeNull();
  });

  it('selects an edge for a pair tie and the label for a membership', () => {
    const graph = interPoleGraph(edges, poles, 'groupings');
    expect(tieSelection(graph.ties.find((t) => t.id === 'e7')!)).toBe('edge:e7');
    expect(tieSelection(graph.ties.find((t) => t.grouping)!)).toBe('label:plant-network');
  });

  it('finds the countries and regions of a selected pôle, partner or region', () => {
    // `US-`: the partners of the United States of no known state.
    expect([...countryHighlight(parseSelection('pole:eta'), edges)!].sort()).toEqual([
      'CA',
      'CA-quebec',
      'DE',
      'DE-sachsen',
      'US',
      'US-',
    ]);
    expect([...countryHighlight(parseSelection('region:ca-QUEBEC'), edges)!].sort()).toEqual([
      'CA',
      'CA-quebec',
    ]);
    expect(parseSelection('region:ca-Quebec')).toEqual({ type: 'region', id: 'CA-quebec' });
    expect([...countryHighlight(parseSelection('partner:tokyo-cluster'), edges)!]).toEqual(['JP', 'JP-']);
    expect(countryHighlight(null, edges)).toBeNull();
  });
});
