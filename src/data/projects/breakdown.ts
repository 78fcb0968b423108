// SPDX-License-Identifier: MIT
// The projects counted by pôle, country, foreign region, sector or programme, and by current status
// within each. A project of several pôles counts once for each; an empty value is its own row
// ("unknown"), never dropped, so that the rows always add up to the projects shown.
import type { PartnershipProject } from './format.ts';
import { BREAKDOWNS, STATUSES, type BreakdownKey, type ProjectStatus } from './scale.ts';

export { BREAKDOWNS, type BreakdownKey };

/** The row key of an unknown value. */
export const UNKNOWN = '';

export interface BreakdownRow {
  key: string;
  total: number;
  byStatus: Record<ProjectStatus, number>;
}

/** The rows a project counts in. */
export function breakdownKeys(p: PartnershipProject, by: BreakdownKey): string[] {
  switch (by) {
    case 'pole':
      return p.poles;
    case 'country':
      return [p.country];
    case 'region':
      // Québec apart from the rest of Canada: a region is keyed with its country.
      return [p.foreignRegion ? `${p.country}:${p.foreignRegion}` : UNKNOWN];
    case 'sector':
      return [p.sector ?? UNKNOWN];
    case 'programme':
      return [p.programme ?? UNKNOWN];
  }
}

/** Rows by descending total, then by key; the unknown row last. */
export function breakdown(projects: readonly PartnershipProject[], by: BreakdownKey): BreakdownRow[] {
  const rows = new Map<string, BreakdownRow>();
  for (const p of projects) {
    for (const key of breakdownKeys(p, by)) {
      let row = rows.get(key);
      if (!row) {
        row = { key, total: 0, byStatus: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ProjectStatus, number> };
        rows.set(key, row);
      }
      row.total++;
      row.byStatus[p.status]++;
    }
  }
  const last = (k: string): number => (k === UNKNOWN ? 1 : 0);
  return [...rows.values()].sort((a, b) => last(a.key) - last(b.key) || b.total - a.total || a.key.localeCompare(b.key));
}
