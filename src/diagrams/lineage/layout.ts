// SPDX-License-Identifier: MIT
// Layout of the lineage diagram (pure, deterministic): one band per lineage along the years, its
// labelled periods as solid runs, a status no source states any more as a hatched run to the last
// year, a merger as a ribbon joining the predecessor's band to its successor's, a renaming as a tick
// with the new name at the band's end, and a gap (TES, Aqua-Valley) as a break. Rows keep a merger's
// predecessors right under their successor, so that ribbons stay short.
import type { PoleFeature } from '../../data/selection.ts';
import { endOf, mergerGroups, type MergerGroup, type TimeTables } from '../../data/time/evolutions.ts';
import { periodsByPole } from '../../data/time/label-status.ts';
import { nameIn } from '../../data/time/names.ts';
import type { LabelPeriod, PoleEvent } from '../../data/time/types.ts';

export interface LineageRun {
  from: number;
  /** Last year of the run (an open label: the last year of the data). */
  to: number;
  x0: number;
  x1: number;
  /** labelled, or unknown (after a probation whose outcome no source states). */
  status: 'labelled' | 'unknown';
  /** How a labelled run ended; `open` when still labelled at the last known date. */
  end: 'open' | 'unknown' | 'merged' | 'delabelled' | 'ended';
  successor: string | null;
  /** The event that dates the end, when stored. */
  endEvent: PoleEvent | null;
  period: LabelPeriod | null;
}

export interface LineageRename {
  x: number;
  event: PoleEvent;
}

export interface LineageBand {
  id: string;
  row: number;
  /** Centre line of the band. */
  y: number;
  /** Name in the first year labelled, and in the last year of the band. */
  firstName: string;
  lastName: string;
  runs: LineageRun[];
  renames: LineageRename[];
}

/** A ribbon from a predecessor's band to its successor's, at the merger's year. */
export interface LineageLink {
  id: string;
  from: string;
  to: string;
  x: number;
  y0: number;
  y1: number;
  group: MergerGroup;
  /** False when the predecessor was no longer labelled just before the merger (drawn dotted). */
  joined: boolean;
}

export interface LineageLayout {
  firstYear: number;
  lastYear: number;
  years: { year: number; x: number }[];
  bands: LineageBand[];
  links: LineageLink[];
  yearWidth: number;
  rowHeight: number;
  /** Left edge of the time axis (after the names) and right edge of the last year. */
  x0: number;
  x1: number;
  /** Height of the rows. */
  height: number;
}

export interface LineageLayoutOptions {
  /** @default 30 */
  yearWidth?: number;
  /** @default 15 */
  rowHeight?: number;
  /** Width of the column of names on the left. @default 170 */
  labelWidth?: number;
}

/** Rows: roots (lineages that merged into none) by first year then name, each followed by its predecessors. */
function rowOrder(
  ids: readonly string[],
  firstYear: ReadonlyMap<string, number>,
  name: (id: string) => string,
  mergers: readonly MergerGroup[],
): string[] {
  const into = new Map<string, string[]>();
  const merged = new Set<string>();
  for (const m of mergers) {
    const list = into.get(m.successor) ?? [];
    for (const p of m.predecessors) if (!list.includes(p)) list.push(p);
    into.set(m.successor, list);
    m.predecessors.forEach((p) => merged.add(p));
  }
  const byStart = (a: string, b: string) =>
    firstYear.get(a)! - firstYear.get(b)! || name(a).localeCompare(name(b), 'fr') || a.localeCompare(b);
  const order: string[] = [];
  const seen = new Set<string>();
  const place = (id: string) => {
    if (seen.has(id) || !firstYear.has(id)) return;
    seen.add(id);
    order.push(id);
    for (const p of into.get(id) ?? []) place(p);
  };
  const sorted = [...ids].sort(byStart);
  sorted.filter((id) => !merged.has(id)).forEach(place);
  sorted.forEach(place);
  return order;
}

export function lineageLayout(
  poles: readonly PoleFeature[],
  time: TimeTables,
  years: { firstYear: number; lastYear: number },
  options: LineageLayoutOptions = {},
): LineageLayout {
  const yearWidth = options.yearWidth ?? 30;
  const rowHeight = options.rowHeight ?? 15;
  const x0 = options.labelWidth ?? 170;
  const { firstYear, lastYear } = years;
  const xOf = (year: number) => x0 + (year - firstYear) * yearWidth;
  const periods = periodsByPole(time.periods);
  const mergers = mergerGroups(time.events, periods);
  const byId = new Map(poles.map((p) => [p.id, p]));
  const starts = new Map<string, number>();
  for (const [id, list] of periods) if (byId.has(id)) starts.set(id, Math.min(...list.map((p) => p.from)));
  const nameAt = (id: string, year: number) =>
    nameIn(time.events, id, byId.get(id)!.properties.shortName, year);
  const firstName = (id: string) => nameAt(id, starts.get(id)!);
  const order = rowOrder([...starts.keys()], starts, firstName, mergers);
  const bands = order.map((id, row): LineageBand => {
    const pole = byId.get(id)!;
    const events = time.events.filter((e) => e.poles.includes(id));
    const runs: LineageRun[] = [];
    for (const period of [...periods.get(id)!].sort((a, b) => a.from - b.from)) {
      const to = Math.min(period.to ?? lastYear, lastYear);
      const ending =
        period.statusAfter === 'ended'
          ? endOf(pole, [period], to, events)
          : { kind: period.statusAfter === 'unknown' ? 'unknown' : 'open', successor: null, event: null };
      runs.push({
        from: period.from,
        to,
        x0: xOf(period.from),
        x1: xOf(to + 1),
        status: 'labelled',
        end: ending.kind as LineageRun['end'],
        successor: ending.successor,
        endEvent: ending.event,
        period,
      });
      if (period.statusAfter === 'unknown' && to < lastYear) {
        runs.push({
          from: to + 1,
          to: lastYear,
          x0: xOf(to + 1),
          x1: xOf(lastYear + 1),
          status: 'unknown',
          end: 'unknown',
          successor: null,
          endEvent: null,
          period: null,
        });
      }
    }
    const last = runs.at(-1)!.to;
    return {
      id,
      row,
      y: row * rowHeight + rowHeight / 2,
      firstName: firstName(id),
      lastName: nameAt(id, last),
      runs,
      renames: events
        .filter((e) => e.kind === 'rename' && e.rename && e.year > starts.get(id)! && e.year <= last)
        .map((event) => ({ x: xOf(event.year), event })),
    };
  });
  const bandOf = new Map(bands.map((b) => [b.id, b]));
  const links: LineageLink[] = mergers.flatMap((group) =>
    group.predecessors.flatMap((from) => {
      const a = bandOf.get(from);
      const b = bandOf.get(group.successor);
      if (!a || !b) return [];
      const joined = a.runs.some((r) => r.status === 'labelled' && r.to === group.event.year - 1);
      return [
        {
          id: `${from}>${group.successor}@${group.event.date}`,
          from,
          to: group.successor,
          x: xOf(group.event.year),
          y0: a.y,
          y1: b.y,
          group,
          joined,
        },
      ];
    }),
  );
  return {
    firstYear,
    lastYear,
    years: Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({
      year: firstYear + i,
      x: xOf(firstYear + i),
    })),
    bands,
    links,
    yearWidth,
    rowHeight,
    x0,
    x1: xOf(lastYear + 1),
    height: bands.length * rowHeight,
  };
}
