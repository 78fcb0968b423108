// SPDX-License-Identifier: MIT
// Layout of one project's timeline (pure, deterministic): a time axis in years from the first to the
// last date known, and a mark for each stage reached on a known date, placed at the middle of the
// period its date gives (a year at mid-year, a month at mid-month, a day on the day).
import { STATUSES, type PartnershipProject, type ProjectStatus } from '../../data/projects/format.ts';
import { STAGE_COLOURS } from '../stage-colours.ts';

export interface TimelineMark {
  status: ProjectStatus;
  date: string;
  x: number;
  /** Row of the label (alternating, so that close labels do not overlap). */
  row: number;
  colour: string;
}

export interface TimelineLayout {
  years: { year: number; x: number }[];
  marks: TimelineMark[];
  width: number;
}

/** A date's position in fractional years. */
export function datePosition(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  return y + (m - 1) / 12 + (d - 0.5) / 365;
}

export function timelineLayout(project: Pick<PartnershipProject, 'dates'>, width = 480): TimelineLayout {
  const dated = STATUSES.filter((s) => project.dates[s] !== undefined);
  if (dated.length === 0) return { years: [], marks: [], width };
  const positions = dated.map((s) => datePosition(project.dates[s]!));
  const first = Math.floor(Math.min(...positions));
  const last = Math.floor(Math.max(...positions)) + 1;
  const scale = width / (last - first);
  const years = Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, x: i * scale }));
  const marks = dated.map((status, i) => ({
    status,
    date: project.dates[status]!,
    x: (positions[i]! - first) * scale,
    row: i % 2,
    colour: STAGE_COLOURS[status],
  }));
  return { years, marks, width };
}
