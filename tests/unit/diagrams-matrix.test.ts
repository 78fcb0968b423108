// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import {
  filterPartnerships,
  indexPoles,
  interPoleGraph,
  type InterPoleGraph,
} from '../../src/data/partnership-graph.ts';
import {
  matrixLayout,
  orderNodes,
  reverseCuthillMcKee,
  type MatrixOrder,
} from '../../src/diagrams/matrix/layout.ts';
import { buildModel } from '../../src/elements/poles-links/poles-links.model.ts';
import { partnershipsFixture, polesFixture } from '../fixtures/partnerships/fixture.ts';

const poles = indexPoles(polesFixture);
const graphOf = (mode: 'pairs' | 'groupings', year = 2019) =>
  interPoleGraph(filterPartnerships(partnershipsFixture.edges, poles, { year }), poles, mode);
const ORDERS: MatrixOrder[] = ['sector', 'region', 'degree', 'cluster'];

describe('matrix layout', () => {
  it('counts each tie once: the sum of the counted cells equals the rows of the list', () => {
    const data = { poles: polesFixture, partnerships: partnershipsFixture };
    for (const grouping of ['pairs', 'groupings'] as const) {
      for (const phase of [2006, 2010, 2019]) {
        const model = buildModel(
          data,
          { view: 'matrix', phase, years: 'active', undated: true, sector: null, kinds: null, grouping },
          'fr',
        );
        for (const order of ORDERS) {
          const layout = matrixLayout(model.graph, { order, groupBy: 'sector' });
          const counted = layout.cells.filter((c) => !c.mirror).reduce((n, c) => n + c.value, 0);
          expect(counted).toBe(model.rows.length);
          expect(layout.total).toBe(model.rows.length);
        }
      }
    }
  });

  it('is symmetric: every counted cell above the diagonal has a mirror below it', () => {
    const layout = matrixLayout(graphOf('pairs'), { order: 'sector', groupBy: 'sector' });
    for (const cell of layout.cells.filter((c) => !c.mirror)) {
      expect(cell.row).toBeLessThan(cell.col);
      const mirror = layout.cells.find((c) => c.row === cell.col && c.col === cell.row)!;
      expect(mirror).toMatchObject({ mirror: true, value: cell.value });
    }
    expect(layout.max).toBe(2); // alpha–beta
  });

  it('orders by sector blocks, by degree, and outlines blocks only for category orders', () => {
    const graph = graphOf('pairs');
    // alpha has 3 ties; the nodes with 2 follow by name.
    expect(
      orderNodes(graph, 'degree')
        .map((n) => n.id)
        .slice(0, 3),
    ).toEqual(['alpha', 'beta', 'delta']);
    const bySector = matrixLayout(graph, { order: 'sector', groupBy: 'region' });
    expect(bySector.blocks.map((b) => b.key)[0]).toBe('sector:agri-agroalimentaire');
    expect(bySector.blocks.at(-1)!.end).toBe(bySector.nodes.length);
    expect(matrixLayout(graph, { order: 'degree', groupBy: 'region' }).blocks).toEqual([]);
  });

  it('keeps every node once in each order', () => {
    const graph = graphOf('groupings');
    for (const order of ORDERS) {
      expect(
        orderNodes(graph, order)
          .map((n) => n.id)
          .sort(),
      ).toEqual(graph.nodes.map((n) => n.id).sort());
    }
  });

  it('reverse Cuthill–McKee puts a path in path order and is deterministic', () => {
    // A path a–b–c–d given in scrambled name order comes back as a walk along the path.
    const node = (id: string) => ({
      id,
      type: 'pole' as const,
      name: id,
      pole: null,
      grouping: null,
      degree: 0,
    });
    const tie = (a: string, b: string) => ({
      id: `${a}${b}`,
      a,
      b,
      kind: 'mou' as const,
      label: null,
      edges: [],
      grouping: null,
    });
    const graph: InterPoleGraph = {
      mode: 'pairs',
      nodes: ['c', 'a', 'd', 'b'].map(node),
      ties: [tie('a', 'b'), tie('b', 'c'), tie('c', 'd')],
    };
    expect(reverseCuthillMcKee(graph).map((n) => n.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(reverseCuthillMcKee(graph)).toEqual(reverseCuthillMcKee(graph));
  });

  it('keeps clusters together in the cluster order', () => {
    const order = orderNodes(graphOf('pairs'), 'cluster').map((n) => n.id);
    const plant = ['delta', 'epsilon', 'gamma'].map((id) => order.indexOf(id)).sort((a, b) => a - b);
    expect(plant[2]! - plant[0]!).toBe(2);
  });
});
