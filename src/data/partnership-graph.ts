// SPDX-License-Identifier: MIT
// The partnership graph behind the diagrams (pure, no DOM): which stored edges a view shows, and the
// inter-pôle ties that the chord diagram, the matrix and the ranked list all draw from, so that the
// three always agree on what "one link" is.
import type { Partnership, PartnershipKind, PoleProperties, PolesFile, Sector } from '../types.ts';
import type { LinkYears } from '../state/view-state.ts';
import { isLabelledIn } from './time/label-status.ts';

export type PoleIndex = ReadonlyMap<string, PoleProperties>;

/** The pôles of poles.geojson by id. */
export function indexPoles(poles: PolesFile): PoleIndex {
  return new Map(poles.features.map((f) => [f.properties.id, f.properties]));
}

export interface PartnershipFilter {
  /** Phase year: an edge is shown when every pôle end of it is labelled that year and it is active then. */
  year: number;
  /** active (default): the partnerships active in `year`; all: every partnership ever recorded. */
  years?: LinkYears;
  /** Whether partnerships without a start year are kept in the active set (default true). */
  undated?: boolean;
  /** Sectors shown: an edge is kept when one of its pôle ends is in one of them. Empty: all. */
  sectors?: readonly Sector[];
  /** Kinds of partnership shown. Empty: all. */
  kinds?: readonly PartnershipKind[];
}

/** True for an edge between two labelled pôles (the chord and the matrix); else a non-pôle partner. */
export function isInterPole(edge: Partnership): boolean {
  return edge.targetKind === 'pole';
}

/** The pôle ends of an edge, or null when one of them is missing from the pôle file. */
function poleEnds(edge: Partnership, poles: PoleIndex): PoleProperties[] | null {
  const source = poles.get(edge.source);
  if (!source) return null;
  if (!isInterPole(edge)) return [source];
  const target = poles.get(edge.target);
  return target ? [source, target] : null;
}

/** A partnership whose start year no source gives ("dates inconnues"). */
export function isUndated(edge: Partnership): boolean {
  return edge.yearStart === null;
}

/** Active in `year`: started by then and not ended before (an undated one: not ended before). */
export function isActiveIn(edge: Partnership, year: number): boolean {
  return (edge.yearStart === null || edge.yearStart <= year) && (edge.yearEnd === null || edge.yearEnd >= year);
}

/**
 * The edges shown for `filter`, in file order. In the active set, an edge is shown in year Y when
 * both pôle ends are labelled in Y (label_periods) and it is active in Y (year_start ≤ Y and
 * year_end empty or ≥ Y); an undated one (no year_start) only when `undated`. The "all" set keeps
 * every partnership ever recorded, whatever the year.
 */
export function filterPartnerships(
  edges: readonly Partnership[],
  poles: PoleIndex,
  filter: PartnershipFilter,
): Partnership[] {
  const sectors = new Set<Sector>(filter.sectors ?? []);
  const kinds = new Set<PartnershipKind>(filter.kinds ?? []);
  const all = filter.years === 'all';
  const undated = filter.undated ?? true;
  return edges.filter((edge) => {
    const ends = poleEnds(edge, poles);
    if (!ends) return false;
    if (!all) {
      if (!ends.every((p) => isLabelledIn(p, filter.year)) || !isActiveIn(edge, filter.year)) return false;
      if (!undated && isUndated(edge)) return false;
    }
    if (kinds.size > 0 && !kinds.has(edge.kind)) return false;
    return sectors.size === 0 || ends.some((p) => sectors.has(p.sector));
  });
}

/** A URL-safe, accent-free key for a label ("Plant Inter Cluster" → "plant-inter-cluster"). */
export function labelSlug(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A label made only of symbols still needs a key that round-trips through a URL.
  return slug || encodeURIComponent(label);
}

/** A grouping: 3+ pôles that the table stores as pairs of members under one label. */
export interface Grouping {
  /** Node id in the graph: `grouping:<slug>` (`~2`, `~3`… when one label has several groupings). */
  id: string;
  slug: string;
  label: string;
  kind: PartnershipKind;
  /** Member pôle ids, sorted. */
  members: string[];
  /** The stored pair edges it stands for. */
  edges: Partnership[];
}

/** The connected sets of pôles that `edges` join, each with its edges, in the edges' order. */
function components(edges: readonly Partnership[]): Partnership[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const e of edges) {
    for (const id of [e.source, e.target]) if (!parent.has(id)) parent.set(id, id);
    parent.set(find(e.source), find(e.target));
  }
  const byRoot = new Map<string, Partnership[]>();
  for (const e of edges) {
    const root = find(e.source);
    byRoot.set(root, [...(byRoot.get(root) ?? []), e]);
  }
  return [...byRoot.values()];
}

/**
 * The groupings among inter-pôle `edges`. The table stores a grouping as pairs of its members under
 * one label, whatever the kind (the Paris Region Innovation Tour is "other"), and not always every
 * pair (Plant Inter Cluster lacks 2 of its 15). So the edges of one label that join 3 or more pôles
 * into one connected set are one grouping. A generic label shared by unrelated pairs, such as
 * "Fusion / regroupement", only makes sets of 2 and stays as pairs. Computed on the filtered edges:
 * a grouping with fewer than 3 members labelled in the phase stays as pairs.
 */
export function findGroupings(edges: readonly Partnership[]): Grouping[] {
  const byLabel = new Map<string, Partnership[]>();
  for (const edge of edges) {
    if (!isInterPole(edge) || !edge.label) continue;
    byLabel.set(edge.label, [...(byLabel.get(edge.label) ?? []), edge]);
  }
  const groupings: Grouping[] = [];
  for (const [label, list] of byLabel) {
    const slug = labelSlug(label);
    const sets = components(list).filter((set) => new Set(set.flatMap((e) => [e.source, e.target])).size >= 3);
    sets.forEach((set, i) => {
      groupings.push({
        id: `grouping:${slug}${i > 0 ? `~${i + 1}` : ''}`,
        slug,
        label,
        kind: set[0]!.kind,
        members: [...new Set(set.flatMap((e) => [e.source, e.target]))].sort(),
        edges: set,
      });
    });
  }
  return groupings.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * 'pairs': every stored pair is one tie. 'groupings': each grouping becomes a node of its own,
 * tied once to each member (a star instead of a clique: n ties instead of n(n-1)/2), so that a
 * pôle's number of ties counts its bilateral partnerships plus the groupings it belongs to.
 */
export type GroupingMode = 'pairs' | 'groupings';

export interface GraphNode {
  /** A pôle id, or `grouping:<slug>`. */
  id: string;
  type: 'pole' | 'grouping';
  /** Short name of the pôle, or the grouping's label. */
  name: string;
  pole: PoleProperties | null;
  grouping: Grouping | null;
  /** Number of ties at this node. */
  degree: number;
}

/** One link of the diagrams and one row of the ranked list. */
export interface Tie {
  /** The edge id for a pair; `<grouping id>|<pôle id>` for a membership. */
  id: string;
  /** Node ids: source and target pôles of a pair; the member pôle and the grouping node otherwise. */
  a: string;
  b: string;
  kind: PartnershipKind;
  label: string | null;
  /** The stored edges the tie stands for (a membership: the grouping's edges at that pôle). */
  edges: Partnership[];
  grouping: Grouping | null;
}

export interface InterPoleGraph {
  mode: GroupingMode;
  /** Nodes with at least one tie, by name. */
  nodes: GraphNode[];
  ties: Tie[];
}

/** The inter-pôle graph of (already filtered) `edges`; non-pôle edges are ignored. */
export function interPoleGraph(
  edges: readonly Partnership[],
  poles: PoleIndex,
  mode: GroupingMode,
): InterPoleGraph {
  const interPole = edges.filter((e) => isInterPole(e) && poles.has(e.source) && poles.has(e.target));
  const groupings = mode === 'groupings' ? findGroupings(interPole) : [];
  const grouped = new Set(groupings.flatMap((g) => g.edges.map((e) => e.id)));
  const ties: Tie[] = interPole
    .filter((e) => !grouped.has(e.id))
    .map((e) => ({ id: e.id, a: e.source, b: e.target, kind: e.kind, label: e.label, edges: [e], grouping: null }));
  for (const g of groupings) {
    for (const member of g.members) {
      ties.push({
        id: `${g.id}|${member}`,
        a: member,
        b: g.id,
        kind: g.kind,
        label: g.label,
        edges: g.edges.filter((e) => e.source === member || e.target === member),
        grouping: g,
      });
    }
  }
  const degree = new Map<string, number>();
  for (const tie of ties) {
    degree.set(tie.a, (degree.get(tie.a) ?? 0) + 1);
    degree.set(tie.b, (degree.get(tie.b) ?? 0) + 1);
  }
  const groupingById = new Map(groupings.map((g) => [g.id, g]));
  const nodes: GraphNode[] = [...degree].map(([id, d]) => {
    const grouping = groupingById.get(id) ?? null;
    const pole = grouping ? null : poles.get(id)!;
    return {
      id,
      type: grouping ? 'grouping' : 'pole',
      name: grouping ? grouping.label : pole!.shortName,
      pole,
      grouping,
      degree: d,
    };
  });
  nodes.sort((x, y) => compareNames(x.name, y.name) || x.id.localeCompare(y.id));
  return { mode, nodes, ties };
}

/** Names the French way: accents and case ignored. */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'fr', { sensitivity: 'base' });
}

/** Earliest start year of `edges`, or null when none is known. */
export function firstYear(edges: readonly Partnership[]): number | null {
  const years = edges.map((e) => e.yearStart).filter((y): y is number => y !== null);
  return years.length ? Math.min(...years) : null;
}

/**
 * `items` ranked by `weight` (descending), then by earliest known start year (older first, unknown
 * last), then by id, so that the order is total and stable.
 */
export function rankBy<T extends { id: string }>(
  items: readonly T[],
  weight: (item: T) => number,
  edgesOf: (item: T) => readonly Partnership[],
): T[] {
  const key = new Map(items.map((item) => [item.id, { w: weight(item), y: firstYear(edgesOf(item)) }]));
  return [...items].sort((p, q) => {
    const a = key.get(p.id)!;
    const b = key.get(q.id)!;
    return b.w - a.w || (a.y ?? Infinity) - (b.y ?? Infinity) || p.id.localeCompare(q.id);
  });
}

/** Ties ranked by the summed degree of their two ends (hubs first), then by age. */
export function rankTies(graph: InterPoleGraph): Tie[] {
  const degree = new Map(graph.nodes.map((n) => [n.id, n.degree]));
  return rankBy(
    graph.ties,
    (t) => (degree.get(t.a) ?? 0) + (degree.get(t.b) ?? 0),
    (t) => t.edges,
  );
}
