// SPDX-License-Identifier: MIT
// Partnerships with partners that are not labelled pôles (foreign clusters, parks, régions,
// programmes, French clusters), summed by country and by partner (pure, no DOM).
import { PARTNERSHIP_KINDS, type Partnership, type PartnershipKind, type TargetKind } from '../types.ts';
import { isInterPole, rankBy } from './partnership-graph.ts';

/** Key of the partners with no country: multinational programmes. */
export const NO_COUNTRY = 'none';

export type KindCounts = Record<PartnershipKind, number>;

export const zeroCounts = (): KindCounts =>
  Object.fromEntries(PARTNERSHIP_KINDS.map((k) => [k, 0])) as KindCounts;

/** The edges of the "international" view: every partner that is not a labelled pôle. */
export function partnerEdges(edges: readonly Partnership[]): Partnership[] {
  return edges.filter((e) => !isInterPole(e));
}

/** `country:` key of an edge's partner: its ISO 3166 alpha-2 code, or NO_COUNTRY. */
export function countryKey(edge: Partnership): string {
  return edge.targetCountry?.toUpperCase() || NO_COUNTRY;
}

/** The key of a country's partners of no known region (`CA-`): no region slug is empty. */
export const restOfCountryKey = (country: string): string => `${country}-`;

export interface PartnerSummary {
  /** The partner's slug (`partner:` key). */
  id: string;
  name: string;
  targetKind: TargetKind;
  country: string | null;
  city: string | null;
  total: number;
  byKind: KindCounts;
  /** Pôles tied to this partner, sorted. */
  poles: string[];
  edges: Partnership[];
}

/** Partnerships by partner, most partnerships first (then by slug). */
export function byPartner(edges: readonly Partnership[]): PartnerSummary[] {
  const map = new Map<string, PartnerSummary>();
  for (const edge of partnerEdges(edges)) {
    let row = map.get(edge.target);
    if (!row) {
      row = {
        id: edge.target,
        name: edge.targetName,
        targetKind: edge.targetKind,
        country: edge.targetCountry,
        city: edge.targetCity,
        total: 0,
        byKind: zeroCounts(),
        poles: [],
        edges: [],
      };
      map.set(edge.target, row);
    }
    row.total++;
    row.byKind[edge.kind]++;
    if (!row.poles.includes(edge.source)) row.poles.push(edge.source);
    row.edges.push(edge);
  }
  const rows = [...map.values()];
  for (const row of rows) row.poles.sort();
  return rows.sort((a, b) => b.total - a.total || a.id.localeCompare(b.id));
}

/**
 * Non-pôle edges ranked by how connected their ends are: the source pôle's number of non-pôle
 * partnerships plus the partner's number of pôle partnerships, then by age.
 */
export function rankPartnerEdges(edges: readonly Partnership[]): Partnership[] {
  const list = partnerEdges(edges);
  const bySource = new Map<string, number>();
  const byTarget = new Map<string, number>();
  for (const e of list) {
    bySource.set(e.source, (bySource.get(e.source) ?? 0) + 1);
    byTarget.set(e.target, (byTarget.get(e.target) ?? 0) + 1);
  }
  return rankBy(
    list,
    (e) => bySource.get(e.source)! + byTarget.get(e.target)!,
    (e) => [e],
  );
}
