// SPDX-License-Identifier: MIT
// What changed between two years A < B, lineage by lineage, counted by the rule of label-status.ts
// (a year counts at its end): who joined the labelled pôles, who left them and why (a merger, a
// delabelling, a status no source states any more), who stayed and how (renamed, seat moved,
// labelled again after a gap). The counts reconcile exactly:
//
//   labelled(B) = labelled(A) − left + joined
//   left   = merged + delabelled + ended (no reason stored) + toUnknown   (labelled in A, not in B)
//   joined = new + relabelled + fromUnknown                               (labelled in B, not in A)
//
// A lineage whose status is unknown is never counted as labelled: one labelled in A and unknown in B
// left the count (toUnknown), one unknown in A and labelled in B joined it (fromUnknown). The
// unknowns reconcile apart: unknown(B) = unknown(A) − unknownLeft + toUnknown + unknownJoined, where
// unknownLeft are unknown in A and not in B and unknownJoined unknown in B but not labelled in A.
import type { PoleFeature } from '../selection.ts';
import { labelStatus, periodsByPole } from './label-status.ts';
import { nameIn } from './names.ts';
import { placedSeat, seatMoved, type PlacedSeat } from './seat-place.ts';
import type { LabelPeriod, LabelStatus, PoleEvent } from './types.ts';

export const LINEAGE_KINDS = [
  'new',
  'relabelled',
  'from-unknown',
  'merged',
  'delabelled',
  'ended',
  'to-unknown',
  'still-unknown',
  'continued',
] as const;
/**
 * new: first labelled after A; relabelled: labelled before A, not in A, labelled again in B;
 * from-unknown: unknown in A, labelled in B; merged, delabelled: left by a merger or a delabelling;
 * ended: left with no reason stored; to-unknown: labelled in A, unknown in B; still-unknown: unknown
 * in both; continued: labelled in both (changes in `renamed`, `moved`, `gap`, `absorbed`).
 */
export type LineageKind = (typeof LINEAGE_KINDS)[number];

/** The events a comparison lists (label decisions, budgets and calls are not changes of a lineage). */
const LINEAGE_EVENTS: ReadonlySet<PoleEvent['kind']> = new Set([
  'merger',
  'rename',
  'delabelled',
  'relabelled',
  'hq-move',
]);

export interface LineageChange {
  id: string;
  kind: LineageKind;
  statusA: LabelStatus;
  statusB: LabelStatus;
  /** Names in A and in B (from the dated renamings). */
  nameA: string;
  nameB: string;
  /** Renamed between A and B. */
  renamed: boolean;
  /** Seat moved between A and B (both seats decided, in different communes). */
  moved: boolean;
  /** Labelled in A and B but not in some year between them (e.g. TES, 2018 → 2023). */
  gap: boolean;
  /** Merged into (kind merged). */
  successor: string | null;
  /** Lineages merged into this one between A and B (a new lineage's founders, or absorbed pôles). */
  predecessors: string[];
  /** The event that dates the kind (merger, delabelling, relabelling), when one is stored. */
  event: PoleEvent | null;
  /**
   * The label period behind the kind, with its sources: for a lineage that joined, the period that
   * holds in B (its start dates the change when no event does); for a status that became unknown,
   * the probationary period it followed.
   */
  period: LabelPeriod | null;
  /** Every event of the lineage after A up to B, oldest first. */
  events: PoleEvent[];
  seatA: PlacedSeat;
  seatB: PlacedSeat;
}

/** A merger dated after A up to B: predecessors then the successor, as events.csv lists them. */
export interface MergerGroup {
  event: PoleEvent;
  predecessors: string[];
  successor: string;
}

export interface Reconciliation {
  a: { year: number; labelled: number; unknown: number };
  b: { year: number; labelled: number; unknown: number };
  left: { merged: number; delabelled: number; ended: number; toUnknown: number };
  joined: { new: number; relabelled: number; fromUnknown: number };
  unknownLeft: number;
  unknownJoined: number;
}

export interface Evolution {
  a: number;
  b: number;
  /** Every lineage labelled or unknown in A or in B, by kind (LINEAGE_KINDS order) then name. */
  lineages: LineageChange[];
  mergers: MergerGroup[];
  reconciliation: Reconciliation;
  /**
   * The name of any lineage the comparison names (a successor or founder may be labelled in neither
   * year): its name in B, or in its last labelled year before B.
   */
  nameOf(id: string): string;
}

/** The tables a comparison reads; seats come with the pôles (PoleProperties.hqHistory). */
export interface TimeTables {
  periods: readonly LabelPeriod[];
  events: readonly PoleEvent[];
}

const sum = (o: Record<string, number>): number => Object.values(o).reduce((s, n) => s + n, 0);

/** Whether the labelled counts and the unknown counts of `r` add up. */
export function reconciles(r: Reconciliation): boolean {
  return (
    r.a.labelled - sum(r.left) + sum(r.joined) === r.b.labelled &&
    r.a.unknown - r.unknownLeft + r.left.toUnknown + r.unknownJoined === r.b.unknown
  );
}

/**
 * The mergers of events.csv into a lineage labelled in the merger's year (a step that merged
 * nothing, such as a suspended vote, names no labelled successor), oldest first. A merger with a
 * cluster that was not a labelled pôle lists the lineage alone: not a merger of lineages.
 */
export function mergerGroups(
  events: readonly PoleEvent[],
  periods: ReadonlyMap<string, readonly LabelPeriod[]>,
): MergerGroup[] {
  return events
    .filter((e) => e.kind === 'merger' && e.poles.length >= 2)
    .filter((e) => labelStatus(periods.get(e.poles.at(-1)!) ?? [], e.year) === 'labelled')
    .sort((x, y) => x.date.localeCompare(y.date))
    .map((event) => ({ event, predecessors: event.poles.slice(0, -1), successor: event.poles.at(-1)! }));
}

/** The pure comparison of years `a` and `b` (swapped when a > b). */
export function compareYears(poles: readonly PoleFeature[], time: TimeTables, a: number, b: number): Evolution {
  if (a > b) [a, b] = [b, a];
  const periods = periodsByPole(time.periods);
  const status = (id: string, year: number): LabelStatus => labelStatus(periods.get(id) ?? [], year);
  const inRange = (e: PoleEvent) => e.year > a && e.year <= b;
  const mergers = mergerGroups(time.events, periods).filter((m) => inRange(m.event));
  const lineages: LineageChange[] = [];
  for (const pole of poles) {
    const id = pole.id;
    const p = pole.properties;
    const sA = status(id, a);
    const sB = status(id, b);
    if (sA === 'not-labelled' && sB === 'not-labelled') continue;
    const events = time.events
      .filter((e) => inRange(e) && LINEAGE_EVENTS.has(e.kind) && e.poles.includes(id))
      .sort((x, y) => x.date.localeCompare(y.date));
    const into = mergers.filter((m) => m.successor === id);
    const seatA = placedSeat(pole, a);
    const seatB = placedSeat(pole, b);
    const change: LineageChange = {
      id,
      kind: 'continued',
      statusA: sA,
      statusB: sB,
      nameA: nameIn(time.events, id, p.shortName, a),
      nameB: nameIn(time.events, id, p.shortName, b),
      renamed: events.some((e) => e.kind === 'rename'),
      moved: seatMoved(seatA, seatB),
      gap: false,
      successor: null,
      predecessors: [...new Set(into.flatMap((m) => m.predecessors))],
      event: null,
      period: null,
      events,
      seatA,
      seatB,
    };
    if (sA === 'labelled' && sB === 'labelled') {
      for (let y = a + 1; y < b && !change.gap; y++) change.gap = status(id, y) !== 'labelled';
    } else if (sB === 'labelled') {
      const before = (periods.get(id) ?? []).some((period) => period.from <= a);
      change.kind = sA === 'unknown' ? 'from-unknown' : before ? 'relabelled' : 'new';
      // A label decision dates a new lineage that no merger founded (ENTER, Infra 2050).
      const decision = time.events.find((e) => e.kind === 'labelled' && inRange(e) && e.poles.includes(id));
      change.event =
        into[0]?.event ?? (before ? events.find((e) => e.kind === 'relabelled') : undefined) ?? decision ?? null;
      change.period = (periods.get(id) ?? []).find((q) => q.from <= b && (q.to === null || b <= q.to)) ?? null;
    } else if (sA === 'unknown' && sB === 'unknown') {
      change.kind = 'still-unknown';
    } else if (sB === 'unknown') {
      change.kind = 'to-unknown';
      change.period =
        (periods.get(id) ?? []).find((q) => q.statusAfter === 'unknown' && q.to !== null && q.to < b && q.to >= a) ??
        null;
    } else {
      Object.assign(change, endOf(pole, periods.get(id) ?? [], a, events));
    }
    lineages.push(change);
  }
  const order = (k: LineageKind) => LINEAGE_KINDS.indexOf(k);
  lineages.sort((x, y) => order(x.kind) - order(y.kind) || x.nameB.localeCompare(y.nameB, 'fr'));
  const shortNames = new Map(poles.map((p) => [p.id, p.properties.shortName]));
  const nameOf = (id: string): string => {
    const last = Math.min(b, ...(periods.get(id) ?? []).map((p) => p.to ?? b));
    return nameIn(time.events, id, shortNames.get(id) ?? id, last);
  };
  return { a, b, lineages, mergers, reconciliation: reconcile(lineages, a, b), nameOf };
}

/**
 * How a lineage's label held in year `a` ended (its period covering `a`, or the last before it):
 * poles.csv's reason when its end year is this end, else the merger or delabelling events.csv dates
 * in that year (`events`: the lineage's); `ended` when neither says (never guessed).
 */
export function endOf(
  pole: PoleFeature,
  periods: readonly LabelPeriod[],
  a: number,
  events: readonly PoleEvent[],
): Pick<LineageChange, 'kind' | 'successor' | 'event'> {
  const last = periods.filter((p) => p.to !== null && p.from <= a).sort((x, y) => y.to! - x.to!)[0];
  const endYear = (last?.to ?? a) + 1;
  const p = pole.properties;
  const hint = p.endedYear === endYear ? p.successorId : null;
  const atEnd = events.filter((e) => e.year === endYear);
  const merger = atEnd.find(
    (e) => e.kind === 'merger' && e.poles.at(-1) !== pole.id && (!hint || e.poles.at(-1) === hint),
  );
  if ((p.endedYear === endYear && p.endReason === 'merged') || merger) {
    return { kind: 'merged', successor: hint ?? merger!.poles.at(-1)!, event: merger ?? null };
  }
  const delabelled = atEnd.find((e) => e.kind === 'delabelled') ?? null;
  if (delabelled || (p.endedYear === endYear && p.endReason === 'delabelled')) {
    return { kind: 'delabelled', successor: null, event: delabelled };
  }
  return { kind: 'ended', successor: null, event: null };
}

function reconcile(lineages: readonly LineageChange[], a: number, b: number): Reconciliation {
  const count = (pred: (l: LineageChange) => boolean) => lineages.filter(pred).length;
  const leftBy = (kind: LineageKind) => count((l) => l.statusA === 'labelled' && l.kind === kind);
  return {
    a: { year: a, labelled: count((l) => l.statusA === 'labelled'), unknown: count((l) => l.statusA === 'unknown') },
    b: { year: b, labelled: count((l) => l.statusB === 'labelled'), unknown: count((l) => l.statusB === 'unknown') },
    left: {
      merged: leftBy('merged'),
      delabelled: leftBy('delabelled'),
      ended: leftBy('ended'),
      toUnknown: leftBy('to-unknown'),
    },
    joined: {
      new: count((l) => l.kind === 'new'),
      relabelled: count((l) => l.kind === 'relabelled'),
      fromUnknown: count((l) => l.kind === 'from-unknown'),
    },
    unknownLeft: count((l) => l.statusA === 'unknown' && l.statusB !== 'unknown'),
    unknownJoined: count((l) => l.statusB === 'unknown' && l.statusA === 'not-labelled'),
  };
}
