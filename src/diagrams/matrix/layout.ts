// SPDX-License-Identifier: MIT
// Adjacency matrix layout (pure, deterministic). The matrix is symmetric: the ties between two
// nodes fill the cell above the diagonal and its mirror below it, but only the cell above counts,
// so the sum of the counted cells is the number of ties, which is the number of rows of the list.
import { compareNames, type GraphNode, type InterPoleGraph, type Tie } from '../../data/partnership-graph.ts';
import { linkColour, nodeCategory, sortByCategory, type Category, type GroupBy } from '../categories.ts';

/**
 * 'sector' / 'region': blocks of one category, by name within; 'degree': most ties first;
 * 'cluster': reverse Cuthill–McKee, which keeps linked nodes close so that clusters show as
 * blocks near the diagonal.
 */
export type MatrixOrder = 'sector' | 'region' | 'degree' | 'cluster';

export interface MatrixLayoutOptions {
  order: MatrixOrder;
  /** Colours of the rows when the order is not itself a category ('degree', 'cluster'). */
  groupBy: GroupBy;
}

export interface MatrixNode {
  id: string;
  node: GraphNode;
  index: number;
  category: Category;
}

export interface MatrixCell {
  /** `<row node id>|<column node id>`. */
  id: string;
  row: number;
  col: number;
  ties: Tie[];
  /** Number of ties between the row and the column. */
  value: number;
  /** True below the diagonal: drawn, not counted. */
  mirror: boolean;
  colour: string;
}

/** A run of rows of one category, outlined when the order is by category. */
export interface MatrixBlock {
  key: string;
  start: number;
  end: number;
}

export interface MatrixLayout {
  nodes: MatrixNode[];
  cells: MatrixCell[];
  blocks: MatrixBlock[];
  /** Sum of the counted cells: the number of ties. */
  total: number;
  /** Largest cell value, for the colour scale. */
  max: number;
}

const byName = (a: GraphNode, b: GraphNode) => compareNames(a.name, b.name) || a.id.localeCompare(b.id);

function adjacency(graph: InterPoleGraph): Map<string, Set<string>> {
  const adj = new Map(graph.nodes.map((n) => [n.id, new Set<string>()]));
  for (const tie of graph.ties) {
    adj.get(tie.a)!.add(tie.b);
    adj.get(tie.b)!.add(tie.a);
  }
  return adj;
}

/**
 * Reverse Cuthill–McKee: breadth-first from a node of fewest neighbours, neighbours visited by
 * increasing number of neighbours (ties broken by name, so the order is deterministic), each
 * component in turn, and the whole order reversed.
 */
export function reverseCuthillMcKee(graph: InterPoleGraph): GraphNode[] {
  const adj = adjacency(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const cmp = (a: GraphNode, b: GraphNode) => adj.get(a.id)!.size - adj.get(b.id)!.size || byName(a, b);
  const visited = new Set<string>();
  const order: GraphNode[] = [];
  for (const start of [...graph.nodes].sort(cmp)) {
    if (visited.has(start.id)) continue;
    visited.add(start.id);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      order.push(node);
      const next = [...adj.get(node.id)!]
        .map((id) => byId.get(id)!)
        .filter((n) => !visited.has(n.id))
        .sort(cmp);
      for (const n of next) visited.add(n.id);
      queue.push(...next);
    }
  }
  return order.reverse();
}

/** The nodes of `graph` in `order`. */
export function orderNodes(graph: InterPoleGraph, order: MatrixOrder): GraphNode[] {
  switch (order) {
    case 'sector':
    case 'region':
      return sortByCategory(graph.nodes, order);
    case 'degree':
      return [...graph.nodes].sort((a, b) => b.degree - a.degree || byName(a, b));
    case 'cluster':
      return reverseCuthillMcKee(graph);
  }
}

export function matrixLayout(graph: InterPoleGraph, options: MatrixLayoutOptions): MatrixLayout {
  const colourBy: GroupBy =
    options.order === 'sector' || options.order === 'region' ? options.order : options.groupBy;
  const nodes: MatrixNode[] = orderNodes(graph, options.order).map((node, index) => ({
    id: node.id,
    node,
    index,
    category: nodeCategory(node, colourBy),
  }));
  const index = new Map(nodes.map((n) => [n.id, n.index]));

  const pairs = new Map<string, { i: number; j: number; ties: Tie[] }>();
  for (const tie of graph.ties) {
    const [i, j] = [index.get(tie.a)!, index.get(tie.b)!].sort((x, y) => x - y) as [number, number];
    const key = `${i}:${j}`;
    const pair = pairs.get(key) ?? { i, j, ties: [] };
    pair.ties.push(tie);
    pairs.set(key, pair);
  }
  const cells: MatrixCell[] = [];
  for (const { i, j, ties } of pairs.values()) {
    ties.sort((x, y) => x.id.localeCompare(y.id));
    const colour = linkColour(nodes[i]!.category, nodes[j]!.category);
    const cell = (row: number, col: number, mirror: boolean): MatrixCell => ({
      id: `${nodes[row]!.id}|${nodes[col]!.id}`,
      row,
      col,
      ties,
      value: ties.length,
      mirror,
      colour,
    });
    cells.push(cell(i, j, false), cell(j, i, true));
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);

  const blocks: MatrixBlock[] = [];
  if (colourBy === options.order) {
    for (const n of nodes) {
      const last = blocks.at(-1);
      if (last && last.key === n.category.key) last.end = n.index + 1;
      else blocks.push({ key: n.category.key, start: n.index, end: n.index + 1 });
    }
  }
  const counted = cells.filter((c) => !c.mirror);
  return {
    nodes,
    cells,
    blocks,
    total: counted.reduce((sum, c) => sum + c.value, 0),
    max: Math.max(0, ...counted.map((c) => c.value)),
  };
}
