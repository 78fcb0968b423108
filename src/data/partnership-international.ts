// SPDX-License-Identifier: MIT
// Partnerships with partners that are not labelled pôles (foreign clusters, parks, régions,
// programmes, French clusters), summed by country and by partner (pure, no DOM).
import { PARTNERSHIP_KINDS, type Partnership, type PartnershipKind, type TargetKind } from '../types.ts';
import { edgeRegionKey, foreignRegionOf } from './partnership-foreign-regions.ts';
import { isInterPole, rankBy } from './partnership-graph.ts';

/** Key of the partners with no country: multinational programmes. */
export const NO_COUNTRY = 'none';

export type KindCounts = Record<PartnershipKind, number>;

const zeroCounts = (): KindCounts =>
  Object.fromEntries(PARTNERSHIP_KINDS.map((k) => [k, 0])) as KindCounts;

/** The edges of the "international" view: every partner that is not a labelled pôle. */
export function partnerEdges(edges: readonly Partnership[]): Partnership[] {
  return edges.filter((e) => !isInterPole(e));
}

/** `country:` key of an edge's partner: its ISO 3166 alpha-2 code, or NO_COUNTRY. */
export function countryKey(edge: Partnership): string {
  return edge.targetCountry?.toUpperCase() || NO_COUNTRY;
}

/** The partnerships of one foreign region (Québec...), or of the rest of its country. */
export interface RegionSummary {
  /** `region:` key (`CA-quebec`), or `<country>-` for the partners of no known region. */
  key: string;
  /** The region's name; null for the rest of the country. */
  name: string | null;
  total: number;
  byKind: KindCounts;
  partners: string[];
  edges: Partnership[];
}

export interface CountrySummary {
  /** ISO 3166 alpha-2 code, or NO_COUNTRY. */
  key: string;
  total: number;
  byKind: KindCounts;
  /** Distinct partner slugs, sorted. */
  partners: string[];
  edges: Partnership[];
  /**
   * By foreign region where the data gives one (most partnerships first), the rest of the country
   * last; empty when no partner of the country has a known region.
   */
  regions: RegionSummary[];
}

/** The key of a country's partners of no known region (`CA-`): no region slug is empty. */
export const restOfCountryKey = (country: string): string => `${country}-`;

function summarise<T extends { total: number; byKind: KindCounts; partners: string[]; edges: Partnership[] }>(
  map: Map<string, T>,
  key: string,
  make: () => T,
  edge: Partnership,
): void {
  let row = map.get(key);
  if (!row) map.set(key, (row = make()));
  row.total++;
  row.byKind[edge.kind]++;
  if (!row.partners.includes(edge.target)) row.partners.push(edge.target);
  row.edges.push(edge);
}

/** A country's edges by foreign region, the rest of the country last; [] when none has a region. */
function byRegion(country: string, edges: readonly Partnership[]): RegionSummary[] {
  if (!edges.some((e) => edgeRegionKey(e))) return [];
  const map = new Map<string, RegionSummary>();
  for (const edge of edges) {
    const key = edgeRegionKey(edge) ?? restOfCountryKey(country);
    const name = foreignRegionOf(edge);
    summarise(map, key, () => ({ key, name, total: 0, byKind: zeroCounts(), partners: [], edges: [] }), edge);
  }
  const rest = (r: RegionSummary) => (r.name === null ? 1 : 0);
  return [...map.values()].sort((a, b) => rest(a) - rest(b) || b.total - a.total || a.key.localeCompare(b.key));
}

/** Partnerships by partner country, most partnerships first (then by code; NO_COUNTRY last). */
export function byCountry(edges: readonly Partnership[]): CountrySummary[] {
  const map = new Map<string, CountrySummary>();
  for (const edge of partnerEdges(edges)) {
    const key = countryKey(edge);
    summarise(map, key, () => ({ key, total: 0, byKind: zeroCounts(), partners: [], edges: [], regions: [] }), edge);
  }
  const rows = [...map.values()];
  for (const row of rows) {
    row.partners.sort();
    if (row.key !== NO_COUNTRY) row.regions = byRegion(row.key, row.edges);
  }
  const last = (k: string) => (k === NO_COUNTRY ? 1 : 0);
  return rows.sort((a, b) => last(a.key) - last(b.key) || b.total - a.total || a.key.localeCompare(b.key));
}

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
