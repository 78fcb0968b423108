// SPDX-License-Identifier: MIT
// What <poles-links> shows for its attributes (pure, no DOM): the filtered edges, the inter-pôle
// graph, and the rows of the ranked list, which are the ties of the chord and the matrix one for one.
import {
  filterPartnerships,
  indexPoles,
  interPoleGraph,
  isInterPole,
  isUndated,
  labelSlug,
  rankTies,
  type GroupingMode,
  type InterPoleGraph,
  type PoleIndex,
} from '../../data/partnership-graph.ts';
import type { LinksData } from '../../data/partnership-data.ts';
import { foreignRegionOf } from '../../data/partnership-foreign-regions.ts';
import { countryKey, partnerEdges, rankPartnerEdges } from '../../data/partnership-international.ts';
import {
  edgeMatches,
  formatSelection,
  nodeSelection,
  regionKeyOf,
  tieMatches,
  tieSelection,
  type LinkSelection,
} from '../../data/partnership-selection.ts';
import type { GroupBy } from '../../diagrams/categories.ts';
import type { MatrixOrder } from '../../diagrams/matrix/layout.ts';
import { countryName, nodeName, yearsText } from '../../diagrams/texts.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import type { LinkYears } from '../../state/view-state.ts';
import {
  PARTNERSHIP_KINDS,
  SECTORS,
  type Partnership,
  type PartnershipKind,
  type Sector,
} from '../../types.ts';
import { DIAGRAMS, type DiagramId } from '../../state/view-state.ts';

/** The diagrams, as the app's URL keeps them (src/state/view-state.ts). */
export const VIEWS = DIAGRAMS;
export type LinksView = DiagramId;
export const GROUP_BYS: readonly GroupBy[] = ['sector', 'region'];
export const ORDERS: readonly MatrixOrder[] = ['sector', 'region', 'degree', 'cluster'];
export const GROUPING_MODES: readonly GroupingMode[] = ['pairs', 'groupings'];

/** An attribute value if it is one of `allowed`, else `fallback` (attributes may be hand-written). */
export function parseChoice<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A comma- or space-separated attribute list, keeping the known values only. */
export function parseList<T extends string>(value: string | null | undefined, allowed: readonly T[]): T[] {
  return (value ?? '').split(/[\s,]+/).filter((v): v is T => allowed.includes(v as T));
}

export interface LinksQuery {
  view: LinksView;
  phase: number;
  years: LinkYears;
  undated: boolean;
  sector: string | null;
  kinds: string | null;
  grouping: GroupingMode;
}

/** A clickable end of a listed link. */
export interface RowEnd {
  label: string;
  select: string;
}

export interface LinkRow {
  id: string;
  rank: number;
  /** What choosing the row selects. */
  select: string;
  ends: [RowEnd, RowEnd];
  label: RowEnd | null;
  country: RowEnd | null;
  /** The partner's foreign region (Québec...), where the data gives one. */
  region: RowEnd | null;
  kind: PartnershipKind;
  years: string;
  /** No edge of the row has a start year: shown with a "dates inconnues" marker. */
  undated: boolean;
  sources: string[];
  matches: (selection: LinkSelection) => boolean;
}

export interface LinksModel {
  poles: PoleIndex;
  /** The stored edges of the current view (inter-pôle or non-pôle): what the CSV export holds. */
  shown: Partnership[];
  graph: InterPoleGraph;
  rows: LinkRow[];
}

export function buildModel(data: LinksData, query: LinksQuery, lang: Lang): LinksModel {
  const poles = indexPoles(data.poles);
  const edges = filterPartnerships(data.partnerships.edges, poles, {
    year: query.phase,
    years: query.years,
    undated: query.undated,
    sectors: parseList<Sector>(query.sector, SECTORS),
    kinds: parseList<PartnershipKind>(query.kinds, PARTNERSHIP_KINDS),
  });
  const graph = interPoleGraph(edges, poles, query.grouping);
  const poleEnd = (id: string): RowEnd => ({
    label: poles.get(id)?.shortName ?? id,
    select: formatSelection({ type: 'pole', id }),
  });
  const labelEnd = (label: string | null): RowEnd | null =>
    label ? { label, select: formatSelection({ type: 'label', id: labelSlug(label) }) } : null;

  if (query.view === 'international') {
    const shown = partnerEdges(edges);
    const rows = rankPartnerEdges(shown).map((edge, i): LinkRow => {
      const region = foreignRegionOf(edge);
      return {
        id: edge.id,
        rank: i + 1,
        select: formatSelection({ type: 'edge', id: edge.id }),
        ends: [
          poleEnd(edge.source),
          { label: edge.targetName, select: formatSelection({ type: 'partner', id: edge.target }) },
        ],
        label: labelEnd(edge.label),
        country: {
          label: countryName(lang, countryKey(edge)),
          select: formatSelection({ type: 'country', id: countryKey(edge) }),
        },
        region: region
          ? { label: region, select: formatSelection({ type: 'region', id: regionKeyOf(edge) }) }
          : null,
        kind: edge.kind,
        years: yearsText(lang, [edge]),
        undated: isUndated(edge),
        sources: edge.sources,
        matches: (s) => edgeMatches(s, edge),
      };
    });
    return { poles, shown, graph, rows };
  }

  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodeEnd = (id: string): RowEnd => {
    const node = nodes.get(id)!;
    return { label: nodeName(lang, node), select: nodeSelection(node) };
  };
  const rows = rankTies(graph).map((tie, i): LinkRow => ({
    id: tie.id,
    rank: i + 1,
    select: tieSelection(tie),
    ends: [nodeEnd(tie.a), nodeEnd(tie.b)],
    label: labelEnd(tie.label),
    country: null,
    region: null,
    kind: tie.kind,
    years: yearsText(lang, tie.edges),
    undated: tie.edges.every(isUndated),
    sources: [...new Set(tie.edges.flatMap((e) => e.sources))],
    matches: (s) => tieMatches(s, tie),
  }));
  return { poles, shown: edges.filter(isInterPole), graph, rows };
}

/** Words for the current selection, for the "Selection: …" line. */
export function describeSelection(
  lang: Lang,
  selection: LinkSelection,
  data: LinksData,
  poles: PoleIndex,
): string {
  const edges = data.partnerships.edges;
  switch (selection.type) {
    case 'pole':
      return poles.get(selection.id)?.shortName ?? selection.id;
    case 'edge': {
      const edge = edges.find((e) => e.id === selection.id);
      if (!edge) return selection.id;
      const target = isInterPole(edge) ? (poles.get(edge.target)?.shortName ?? edge.target) : edge.targetName;
      return `${poles.get(edge.source)?.shortName ?? edge.source} — ${target}`;
    }
    case 'label':
      return edges.find((e) => edgeMatches(selection, e))?.label ?? selection.id;
    case 'country':
      return countryName(lang, selection.id);
    case 'region': {
      const edge = edges.find((e) => edgeMatches(selection, e));
      const country = countryName(lang, selection.id.slice(0, 2));
      return `${(edge && foreignRegionOf(edge)) ?? t(lang, 'links.region.rest')} (${country})`;
    }
    case 'partner':
      return edges.find((e) => edgeMatches(selection, e))?.targetName ?? selection.id;
  }
}
