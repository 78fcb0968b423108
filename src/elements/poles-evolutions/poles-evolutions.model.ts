// SPDX-License-Identifier: MIT
// The rows of the Évolutions table (pure): one row per lineage and change, with the other lineage
// or place it concerns, the date and the source of the event that dates it; texts in the page
// language, built from the structured facts (never from the research tables' English sentences).
import type { Evolution, LineageChange, LineageKind } from '../../data/time/evolutions.ts';
import type { RegionNetChange } from '../../data/time/region-change.ts';
import type { PlacedSeat } from '../../data/time/seat-place.ts';
import type { PoleEvent } from '../../data/time/types.ts';
import { REGIONS_2015, REGIONS_2016 } from '../../geo/regions.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import { safeHttpUrl } from '../../ui/safe-url.ts';

/** A row's kind: how the lineage left or joined, or what changed while it stayed labelled. */
export type RowKind = Exclude<LineageKind, 'continued'> | 'gap' | 'renamed' | 'moved' | 'absorbed';

export interface EvolutionRow {
  id: string;
  kind: RowKind;
  name: string;
  /** The successor, the founders, the names or the seats concerned ('' when none). */
  other: string;
  date: string | null;
  /** An http(s) source of the dating event, or null. */
  source: string | null;
}

export interface EvolutionTable {
  rows: EvolutionRow[];
  /** Lineages labelled in both years with no change, by name. */
  unchanged: { id: string; name: string }[];
}

const seatName = (seat: PlacedSeat, lang: Lang): string =>
  seat.state === 'decided'
    ? seat.place.commune
    : seat.state === 'disputed'
      ? seat.sides.map((s) => s.commune).join(lang === 'fr' ? ' ou ' : ' or ')
      : t(lang, 'common.unknown');

function row(
  l: LineageChange,
  kind: RowKind,
  other: string,
  event: PoleEvent | null | undefined,
): EvolutionRow {
  // With no dated event, a joining is dated by the start of its label period, and a status that
  // became unknown by the end of its probation, each with the label's source.
  const period = event ? null : l.period;
  const unknown = kind === 'to-unknown';
  const date = period ? String(unknown ? (period.to ?? 0) + 1 : period.from) : null;
  // A period's sources are the lineage's (its start) first, then the label's (its outcome).
  const source = event ? event.sources[0] : unknown ? period?.sources.at(-1) : period?.sources[0];
  return {
    id: l.id,
    kind,
    name: l.statusB === 'labelled' ? l.nameB : l.nameA,
    other,
    date: event?.date ?? date,
    source: safeHttpUrl(source),
  };
}

export function evolutionTable(lang: Lang, evolution: Evolution): EvolutionTable {
  const nameOf = evolution.nameOf;
  const from = (ids: readonly string[]) =>
    ids.length ? t(lang, 'evo.from', { names: ids.map(nameOf).join(' + ') }) : '';
  const rows: EvolutionRow[] = [];
  const unchanged: EvolutionTable['unchanged'] = [];
  for (const l of evolution.lineages) {
    const find = (kind: PoleEvent['kind']) => l.events.filter((e) => e.kind === kind).at(-1);
    if (l.kind === 'merged')
      rows.push(row(l, 'merged', t(lang, 'evo.into', { name: nameOf(l.successor ?? '') }), l.event));
    else if (l.kind !== 'continued') rows.push(row(l, l.kind, from(l.predecessors), l.event));
    else {
      const before = rows.length;
      if (l.gap) rows.push(row(l, 'gap', '', find('relabelled')));
      if (l.renamed)
        rows.push(row(l, 'renamed', t(lang, 'evo.renamed', { from: l.nameA, to: l.nameB }), find('rename')));
      if (l.moved) {
        const other = t(lang, 'evo.moved', { from: seatName(l.seatA, lang), to: seatName(l.seatB, lang) });
        rows.push(row(l, 'moved', other, find('hq-move')));
      }
      if (l.predecessors.length) {
        const merger = l.events.find((e) => e.kind === 'merger' && e.poles.at(-1) === l.id);
        rows.push(row(l, 'absorbed', from(l.predecessors), merger));
      }
      if (rows.length === before) unchanged.push({ id: l.id, name: l.nameB });
    }
  }
  unchanged.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return { rows, unchanged };
}

export interface RegionRow {
  code: string;
  name: string;
  a: number;
  b: number;
  net: number;
}

const NAMES_2015: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(REGIONS_2015).map(([name, { code }]) => [code, name]),
);

/** The régions' rows, largest loss first, then by name. */
export function regionRows(change: RegionNetChange): RegionRow[] {
  const names = change.level === 'region2015' ? NAMES_2015 : REGIONS_2016;
  return change.regions
    .map((r) => ({ code: r.code, name: names[r.code] ?? r.code, a: r.a, b: r.b, net: r.net }))
    .sort((x, y) => x.net - y.net || x.name.localeCompare(y.name, 'fr'));
}
