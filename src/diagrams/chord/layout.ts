// SPDX-License-Identifier: MIT
// Chord layout (pure, deterministic): one arc per node, grouped by category, its length proportional
// to the node's number of ties; one ribbon per pair of nodes, as wide at each end as the number of
// ties between them. Written here rather than with d3-chord's chord() so that categories get a wider
// gap than nodes; d3-chord's ribbon() still draws the paths (render.ts).
import type { GraphNode, InterPoleGraph, Tie } from '../../data/partnership-graph.ts';
import { linkColour, nodeCategory, sortByCategory, type Category, type GroupBy } from '../categories.ts';

export interface ChordLayoutOptions {
  groupBy: GroupBy;
  /** Gap after each node, in radians. @default 0.006 */
  padAngle?: number;
  /** Extra gap before each category, in radians. @default 0.05 */
  categoryPadAngle?: number;
}

export interface ChordGroup {
  id: string;
  node: GraphNode;
  category: Category;
  startAngle: number;
  endAngle: number;
  /** Number of ties at the node. */
  value: number;
}

/** A run of consecutive groups of one category (the outer ring). */
export interface ChordBand {
  key: string;
  colour: string;
  startAngle: number;
  endAngle: number;
}

export interface ChordEnd {
  id: string;
  startAngle: number;
  endAngle: number;
}

export interface ChordRibbon {
  /** The two node ids, sorted, joined by `~`. */
  id: string;
  source: ChordEnd;
  target: ChordEnd;
  ties: Tie[];
  colour: string;
}

export interface ChordLayout {
  groups: ChordGroup[];
  bands: ChordBand[];
  ribbons: ChordRibbon[];
  /** Number of ties drawn (each ribbon counts its ties once). */
  tieCount: number;
}

export function chordLayout(graph: InterPoleGraph, options: ChordLayoutOptions): ChordLayout {
  const nodes = sortByCategory(graph.nodes, options.groupBy);
  const n = nodes.length;
  if (n === 0) return { groups: [], bands: [], ribbons: [], tieCount: 0 };
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const categories = nodes.map((node) => nodeCategory(node, options.groupBy));
  const categoryCount = categories.filter((c, i) => i === 0 || c.key !== categories[i - 1]!.key).length;

  // Pads shrink together when there are so many nodes that they would eat the circle.
  let pad = options.padAngle ?? 0.006;
  let categoryPad = options.categoryPadAngle ?? 0.05;
  const padTotal = n * pad + categoryCount * categoryPad;
  if (padTotal > Math.PI) {
    pad *= Math.PI / padTotal;
    categoryPad *= Math.PI / padTotal;
  }
  const total = 2 * graph.ties.length;
  const k = (2 * Math.PI - n * pad - categoryCount * categoryPad) / total;

  const groups: ChordGroup[] = [];
  let angle = 0;
  nodes.forEach((node, i) => {
    if (i === 0 || categories[i]!.key !== categories[i - 1]!.key) angle += categoryPad;
    const startAngle = angle;
    angle += node.degree * k;
    groups.push({
      id: node.id,
      node,
      category: categories[i]!,
      startAngle,
      endAngle: angle,
      value: node.degree,
    });
    angle += pad;
  });

  const bands: ChordBand[] = [];
  for (const g of groups) {
    const last = bands.at(-1);
    if (last && last.key === g.category.key) last.endAngle = g.endAngle;
    else
      bands.push({
        key: g.category.key,
        colour: g.category.colour,
        startAngle: g.startAngle,
        endAngle: g.endAngle,
      });
  }

  // Ties between the same two nodes share one ribbon.
  const pairs = new Map<string, { i: number; j: number; ties: Tie[] }>();
  for (const tie of graph.ties) {
    const [i, j] = [index.get(tie.a)!, index.get(tie.b)!].sort((x, y) => x - y) as [number, number];
    const key = `${i}:${j}`;
    const pair = pairs.get(key) ?? { i, j, ties: [] };
    pair.ties.push(tie);
    pairs.set(key, pair);
  }

  // Within a node's arc, ribbon ends follow the circle: the end towards the node just before it
  // (counter-clockwise) comes first, the one towards the next node last, so ribbons do not cross
  // at their roots.
  const ends = new Map<string, ChordEnd>();
  for (let i = 0; i < n; i++) {
    const mine = [...pairs.values()]
      .filter((p) => p.i === i || p.j === i)
      .map((p) => ({ p, other: p.i === i ? p.j : p.i }))
      .sort((x, y) => ((y.other - i + n) % n) - ((x.other - i + n) % n));
    let a = groups[i]!.startAngle;
    for (const { p, other } of mine) {
      const end = { id: nodes[i]!.id, startAngle: a, endAngle: (a += p.ties.length * k) };
      ends.set(`${i}>${other}`, end);
    }
  }

  const ribbons: ChordRibbon[] = [...pairs.values()].map(({ i, j, ties }) => {
    const ids = [nodes[i]!.id, nodes[j]!.id].sort();
    return {
      id: ids.join('~'),
      source: ends.get(`${i}>${j}`)!,
      target: ends.get(`${j}>${i}`)!,
      ties: ties.sort((x, y) => x.id.localeCompare(y.id)),
      colour: linkColour(categories[i]!, categories[j]!),
    };
  });
  ribbons.sort((x, y) => x.id.localeCompare(y.id));
  return { groups, bands, ribbons, tieCount: graph.ties.length };
}
