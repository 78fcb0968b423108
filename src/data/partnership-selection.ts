// SPDX-License-Identifier: MIT
// The selection shared by the diagrams, the list, the map and the URL: one short string
// `<type>:<id>`, so that the app can store it in a query parameter as is.
//   pole:<pôle id>        a pôle and all its links
//   edge:<edge id>        one stored partnership (e12)
//   label:<label slug>    every edge of a grouping or programme label
//   country:<ISO2|none>   every non-pôle partner of a country (`none`: multinational programmes)
//   region:<ISO2>-<slug>  every non-pôle partner of a foreign region (`CA-quebec`); `CA-`: the
//                         partners of Canada of no known region
//   partner:<slug>        one non-pôle partner
import type { Partnership } from '../types.ts';
import { isInterPole, labelSlug, type GraphNode, type InterPoleGraph, type Tie } from './partnership-graph.ts';
import { edgeRegionKey } from './partnership-foreign-regions.ts';
import { countryKey, NO_COUNTRY, restOfCountryKey } from './partnership-international.ts';

export const SELECTION_TYPES = ['pole', 'edge', 'label', 'country', 'region', 'partner'] as const;
export type SelectionType = (typeof SELECTION_TYPES)[number];

export interface LinkSelection {
  type: SelectionType;
  id: string;
}

/** Reads a selection string; anything malformed is no selection (a URL may be hand-edited). */
export function parseSelection(value: string | null | undefined): LinkSelection | null {
  if (!value) return null;
  const colon = value.indexOf(':');
  const type = value.slice(0, colon) as SelectionType;
  const id = value.slice(colon + 1).trim();
  if (colon <= 0 || !id || !SELECTION_TYPES.includes(type)) return null;
  // Country codes are upper case in the data; the `none` key stays as written.
  if (type === 'country') return { type, id: id !== NO_COUNTRY ? id.toUpperCase() : id };
  if (type === 'region') return { type, id: id.slice(0, 2).toUpperCase() + id.slice(2).toLowerCase() };
  return { type, id };
}

export function formatSelection(selection: LinkSelection): string {
  return `${selection.type}:${selection.id}`;
}

/** Whether a stored edge is part of what `selection` designates. */
export function edgeMatches(selection: LinkSelection, edge: Partnership): boolean {
  switch (selection.type) {
    case 'pole':
      return edge.source === selection.id || (isInterPole(edge) && edge.target === selection.id);
    case 'edge':
      return edge.id === selection.id;
    case 'label':
      return edge.label !== null && labelSlug(edge.label) === selection.id;
    case 'country':
      return !isInterPole(edge) && countryKey(edge) === selection.id;
    case 'region':
      return !isInterPole(edge) && regionKeyOf(edge) === selection.id;
    case 'partner':
      return !isInterPole(edge) && edge.target === selection.id;
  }
}

/**
 * Whether a tie is part of `selection`. A pôle selects the ties at its node only: a grouping's
 * membership tie of another pôle also stands for edges with the selected pôle, but it is not its link.
 */
export function tieMatches(selection: LinkSelection, tie: Tie): boolean {
  if (selection.type === 'pole') return tie.a === selection.id || tie.b === selection.id;
  return tie.edges.some((e) => edgeMatches(selection, e));
}

export interface Highlight {
  ties: ReadonlySet<string>;
  nodes: ReadonlySet<string>;
}

/** What to emphasise in a graph view: the matching ties, the selected node, and the ends of those ties. */
export function graphHighlight(selection: LinkSelection | null, graph: InterPoleGraph): Highlight | null {
  if (!selection) return null;
  const ties = new Set<string>();
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (selection.type === 'pole' && node.id === selection.id) nodes.add(node.id);
    if (selection.type === 'label' && node.grouping?.slug === selection.id) nodes.add(node.id);
  }
  for (const tie of graph.ties) {
    if (!tieMatches(selection, tie)) continue;
    ties.add(tie.id);
    nodes.add(tie.a);
    nodes.add(tie.b);
  }
  return { ties, nodes };
}

/** What choosing a node selects: the pôle, or the grouping's label. */
export function nodeSelection(node: GraphNode): string {
  return formatSelection(node.grouping ? { type: 'label', id: node.grouping.slug } : { type: 'pole', id: node.id });
}

/** What choosing a tie selects: its stored edge, or the whole grouping for a membership. */
export function tieSelection(tie: Tie): string {
  return formatSelection(tie.grouping ? { type: 'label', id: tie.grouping.slug } : { type: 'edge', id: tie.id });
}

/** The `region:` key of a non-pôle edge: its region's, or its country's rest (`CA-`). */
export function regionKeyOf(edge: Partnership): string {
  return edgeRegionKey(edge) ?? restOfCountryKey(countryKey(edge));
}

/**
 * Country and region keys of the non-pôle partnerships that `selection` designates (a region lights
 * its country's bar too), or null when nothing is selected.
 */
export function countryHighlight(
  selection: LinkSelection | null,
  edges: readonly Partnership[],
): ReadonlySet<string> | null {
  if (!selection) return null;
  return new Set(
    edges
      .filter((e) => !isInterPole(e) && edgeMatches(selection, e))
      .flatMap((e) => [countryKey(e), regionKeyOf(e)]),
  );
}

/** Whether `selection` stands for a place (a country or a foreign region): the list then shows its rows only. */
export const isPlaceSelection = (selection: LinkSelection | null): boolean =>
  selection?.type === 'country' || selection?.type === 'region';
