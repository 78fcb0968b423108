// SPDX-License-Identifier: MIT
// Partnerships with non-pôle partners summed by country and, where the data gives one, by foreign
// region (Québec apart from the rest of Canada), for the international diagram (pure, no DOM). Apart
// from partnership-international.ts, which the first page loads, with the region table.
import type { Partnership } from '../types.ts';
import { edgeRegionKey, foreignRegionOf } from './partnership-foreign-regions.ts';
import {
  countryKey,
  NO_COUNTRY,
  partnerEdges,
  restOfCountryKey,
  zeroCounts,
  type KindCounts,
} from './partnership-international.ts';

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

