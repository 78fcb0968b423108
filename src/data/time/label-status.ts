// SPDX-License-Identifier: MIT
// The counting rule of data/README.md: a year counts at its end (31 December). A lineage is labelled
// in Y when one of its periods covers Y; unknown when none does and its last period before Y ended
// with status_after `unknown` (a probationary label whose renewal no source states); otherwise not
// labelled. Unknowns are never counted as labelled or as not labelled.
import type { LabelPeriod, LabelStatus } from './types.ts';

/** What the rule reads of a period. */
export type PeriodSpan = Pick<LabelPeriod, 'from' | 'to' | 'statusAfter'>;

/** The first period as poles.csv gives it (labelled_year ≤ Y < ended_year), before label_periods is joined. */
export function firstPeriodOf(p: { labelledYear: number; endedYear: number | null }): PeriodSpan {
  return p.endedYear === null
    ? { from: p.labelledYear, to: null, statusAfter: 'labelled' }
    : { from: p.labelledYear, to: p.endedYear - 1, statusAfter: 'ended' };
}

const covers = (p: PeriodSpan, year: number): boolean => p.from <= year && (p.to === null || year <= p.to);

/** Status of one lineage in `year`, from its periods (any order; periods of one lineage never overlap). */
export function labelStatus(periods: readonly PeriodSpan[], year: number): LabelStatus {
  let last: PeriodSpan | null = null;
  for (const p of periods) {
    if (covers(p, year)) return 'labelled';
    if (p.to !== null && p.to < year && (last === null || (last.to ?? 0) < p.to)) last = p;
  }
  return last?.statusAfter === 'unknown' ? 'unknown' : 'not-labelled';
}

/** Periods grouped by pôle id. */
export function periodsByPole(periods: readonly LabelPeriod[]): Map<string, LabelPeriod[]> {
  const byPole = new Map<string, LabelPeriod[]>();
  for (const p of periods) {
    const list = byPole.get(p.pole);
    if (list) list.push(p);
    else byPole.set(p.pole, [p]);
  }
  return byPole;
}

/** Every lineage's status in `year` (lineages with no period are absent: never labelled). */
export function statusesIn(byPole: ReadonlyMap<string, readonly LabelPeriod[]>, year: number): Map<string, LabelStatus> {
  const out = new Map<string, LabelStatus>();
  for (const [pole, periods] of byPole) out.set(pole, labelStatus(periods, year));
  return out;
}

/** The ids labelled in `year` and those whose status is unknown, each sorted. */
export function countIn(
  byPole: ReadonlyMap<string, readonly LabelPeriod[]>,
  year: number,
): { labelled: string[]; unknown: string[] } {
  const labelled: string[] = [];
  const unknown: string[] = [];
  for (const [pole, status] of statusesIn(byPole, year)) {
    if (status === 'labelled') labelled.push(pole);
    else if (status === 'unknown') unknown.push(pole);
  }
  return { labelled: labelled.sort(), unknown: unknown.sort() };
}

/** Labelled in `year` by the pôle's periods (counted at 31 December). */
export function isLabelledIn(p: { periods: readonly PeriodSpan[] }, year: number): boolean {
  return labelStatus(p.periods, year) === 'labelled';
}
