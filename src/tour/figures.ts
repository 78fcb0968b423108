// SPDX-License-Identifier: MIT
// The figures a tour caption may quote, computed from the data for the stop's own state (year,
// filters, selection), so that a caption can never disagree with the map under it. Pure: runs in
// Node tests on the committed data.
import { applyFilters } from '../data/filters.ts';
import { filterPartnerships, indexPoles, isInterPole } from '../data/partnership-graph.ts';
import { edgeMatches, parseSelection } from '../data/partnership-selection.ts';
import { REGIONS_2016 } from '../geo/regions.ts';
import { formatNumber, type Lang } from '../i18n/messages.ts';
import { EMPTY_FILTERS, type ViewState } from '../state/view-state.ts';
import type { MembersFile, PartnershipsFile, PolesFile } from '../types.ts';
import type { TimeFile } from '../data/time/types.ts';
import { labelStatus } from '../data/time/label-status.ts';

import type { Figure } from './figure-names.ts';

export { FIGURES, type Figure } from './figure-names.ts';

/**
 * The tables of data/ each computed figure is counted from (every row of them has its sources), for
 * the slide's source line. {year} is the stop's own; {official} has its sources listed one by one.
 */
export const FIGURE_TABLES: Readonly<Record<Exclude<Figure, 'year' | 'official'>, readonly string[]>> = {
  poles: ['poles.csv', 'label_periods.csv'],
  labelled: ['poles.csv', 'label_periods.csv'],
  unknown: ['label_periods.csv'],
  sites: ['members.csv'],
  placed: ['poles.csv', 'hq_history.csv'],
  ended: ['label_periods.csv'],
  merged: ['label_periods.csv', 'events.csv'],
  delabelled: ['label_periods.csv', 'events.csv'],
  created: ['label_periods.csv'],
  fromMergers: ['label_periods.csv', 'events.csv'],
  topRegion: ['members.csv'],
  topRegionSites: ['members.csv'],
  edges: ['partnerships.csv'],
  interPoles: ['partnerships.csv'],
  countries: ['partnerships.csv'],
  selectedEdges: ['partnerships.csv'],
  highlightName: ['poles.csv'],
  highlightHq: ['hq_history.csv'],
  highlightSites: ['members.csv'],
};

/** The data tables the computed figures of `texts` come from, in a stable order; none for none. */
export function figureTables(texts: readonly string[]): string[] {
  const tables = new Set<string>();
  for (const text of texts)
    for (const [, name] of text.matchAll(/\{(\w+)\}/g))
      for (const table of FIGURE_TABLES[name as keyof typeof FIGURE_TABLES] ?? []) tables.add(table);
  return [...tables].sort();
}

export type Figures = Partial<Record<Figure, string | number>>;

export interface FiguresData {
  poles: PolesFile;
  members: MembersFile;
  /** null while partnerships.json loads: the partnership figures are then missing. */
  partnerships: PartnershipsFile | null;
  time: TimeFile;
}

/** The most frequent key of `keys` and its count; ties go to the smallest key, for stable captions. */
function mode(keys: readonly string[]): [string, number] | null {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return sorted[0] ?? null;
}

function partnershipFigures(data: FiguresData, state: ViewState): Figures {
  if (!data.partnerships) return {};
  const edges = filterPartnerships(data.partnerships.edges, indexPoles(data.poles), {
    year: state.year,
    years: state.linkYears,
    undated: state.undated,
    sectors: state.filters.sectors,
    kinds: state.filters.partnershipKinds,
  });
  const countries = new Set(
    edges.flatMap((e) => (e.targetCountry && e.targetCountry !== 'FR' ? [e.targetCountry] : [])),
  );
  const selection = parseSelection(state.link);
  return {
    edges: edges.length,
    interPoles: edges.filter(isInterPole).length,
    countries: countries.size,
    ...(selection ? { selectedEdges: edges.filter((e) => edgeMatches(selection, e)).length } : {}),
  };
}

/** Every figure that `state` (and the optional highlighted pôle) can give; the others are absent. */
export function stopFigures(data: FiguresData, state: ViewState, highlight?: string): Figures {
  const { year, filters } = state;
  const shown = applyFilters(data.poles.features, data.members.features, year, filters);
  const before = new Set(applyFilters(data.poles.features, [], year - 1, filters).poles.map((f) => f.id));
  const now = new Set(shown.poles.map((f) => f.id));
  const ended = data.poles.features.filter((f) => before.has(f.id) && !now.has(f.id));
  const endedIds = new Set(ended.map((f) => f.id));
  const created = shown.poles.filter((f) => !before.has(f.id));
  const top = mode(shown.members.map((f) => f.properties.region));
  // Sources that disagree are given as such: every distinct published figure, in the table's order.
  const published = [
    ...new Set(data.time.counts.filter((c) => c.year === year && c.count !== null).map((c) => c.count)),
  ];
  const official = published.length ? published.join(' / ') : undefined;
  const pole = highlight ? data.poles.features.find((f) => f.id === highlight) : undefined;
  return {
    year: String(year),
    poles: shown.poles.length,
    labelled: applyFilters(data.poles.features, [], year, EMPTY_FILTERS).poles.length,
    unknown: data.poles.features.filter((f) => labelStatus(f.properties.periods, year) === 'unknown').length,
    ...(official !== undefined ? { official } : {}),
    sites: shown.members.length,
    placed: shown.poles.filter((f) => f.geometry !== null).length,
    ended: ended.length,
    merged: ended.filter((f) => f.properties.endReason === 'merged').length,
    delabelled: ended.filter((f) => f.properties.endReason === 'delabelled').length,
    created: created.length,
    // A predecessor that ended this very year: predecessorIds also lists later mergers into a pôle.
    fromMergers: created.filter((f) => f.properties.predecessorIds.some((id) => endedIds.has(id))).length,
    ...(top ? { topRegion: REGIONS_2016[top[0]] ?? top[0], topRegionSites: top[1] } : {}),
    ...partnershipFigures(data, state),
    ...(pole
      ? {
          highlightName: pole.properties.name,
          ...(pole.properties.hqCommune ? { highlightHq: pole.properties.hqCommune } : {}),
          highlightSites: shown.members.filter((f) => f.properties.pole === pole.id).length,
        }
      : {}),
  };
}

/** Shown while a figure cannot be computed yet (data still loading): never the raw placeholder. */
export const PENDING = '…';

/** `text` with its {figures} replaced: numbers written the language's way, text as it is. */
export function fillText(text: string, figures: Figures, lang: Lang): string {
  return text.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = figures[name as Figure];
    if (value === undefined) return PENDING;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}
