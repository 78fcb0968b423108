// SPDX-License-Identifier: MIT
// What the year panel says about year Y (pure): the model's count by the counting rule, the
// lineages whose status no source gives, every published figure of that year, and why they differ.
import type { PoleFeature } from '../selection.ts';
import { labelStatus } from './label-status.ts';
import type { CountNote, OfficialCount, TimeFile } from './types.ts';

export interface YearSummary {
  year: number;
  /** Lineages labelled at 31 December of the year. */
  labelled: PoleFeature[];
  /** Lineages whose status no stored source gives (counted apart). */
  unknown: PoleFeature[];
  /** Every published figure for the year, in the table's order; empty when none is stored. */
  counts: OfficialCount[];
  /** Why the figures differ from the model, or why there is none; null when they agree. */
  note: CountNote | null;
}

export function yearSummary(time: TimeFile, poles: readonly PoleFeature[], year: number): YearSummary {
  const status = (f: PoleFeature) => labelStatus(f.properties.periods, year);
  return {
    year,
    labelled: poles.filter((f) => status(f) === 'labelled'),
    unknown: poles.filter((f) => status(f) === 'unknown'),
    counts: time.counts.filter((c) => c.year === year),
    note: time.countNotes.find((n) => n.year === year) ?? null,
  };
}
