// SPDX-License-Identifier: MIT
// What <poles-table> lists, as plain data (texts in the page language), built by pure code: the
// pôles shown (sites and hexbin layers), or the territories and their values (choropleth).
import type { Shown } from '../../data/filters.ts';
import { byName } from '../../data/selection.ts';
import { countOf, t, type Lang } from '../../i18n/messages.ts';

export interface PoleRow {
  id: string;
  name: string;
  /** Sector name in the page language. */
  sector: string;
  /** HQ commune; null when undocumented. */
  hq: string | null;
  /** Documented sites of the pôle among those shown. */
  sites: number;
}

export interface TerritoryRow {
  code: string;
  name: string;
  /** Pôle HQs or documented sites located there. */
  count: number;
  /** The mapped value as the legend writes it (count per 100,000 inhabitants...), or a no-data text. */
  valueText: string;
}

export interface PolesTableModel {
  kind: 'poles';
  caption: string;
  rows: PoleRow[];
}

export interface TerritoriesTableModel {
  kind: 'territories';
  caption: string;
  /** Header of the value column; null when the value is the count itself. */
  valueHeader: string | null;
  rows: TerritoryRow[];
}

export type TableModel = PolesTableModel | TerritoriesTableModel;

/** The pôles shown, by name, with their documented sites shown. */
export function polesTable(lang: Lang, shown: Shown): PolesTableModel {
  const sites = new Map<string, number>();
  for (const m of shown.members) sites.set(m.properties.pole, (sites.get(m.properties.pole) ?? 0) + 1);
  return {
    kind: 'poles',
    caption: t(lang, 'table.poles.caption', {
      poles: countOf(lang, shown.poles.length, 'pole'),
      sites: countOf(lang, shown.members.length, 'site'),
    }),
    rows: [...shown.poles].sort(byName).map((p) => ({
      id: p.id,
      name: p.properties.shortName,
      sector: t(lang, `sector.${p.properties.sector}`),
      hq: p.properties.hqCommune,
      sites: sites.get(p.id) ?? 0,
    })),
  };
}
