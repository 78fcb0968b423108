// SPDX-License-Identifier: MIT
// Layout of the maturity funnel for one year (pure, deterministic): one centred bar per stage, its
// width the number of projects that had reached the stage by 31 December, then the abandoned ones.
import { STAGES, STATUSES, type ProjectStatus } from '../../data/projects/format.ts';
import type { FunnelYear } from '../../data/projects/funnel.ts';
import { STAGE_COLOURS } from '../stage-colours.ts';

export interface FunnelBar {
  status: ProjectStatus;
  count: number;
  /** Left edge and width, centred on `axis`. */
  x: number;
  width: number;
  y: number;
  colour: string;
}

export interface FunnelLayout {
  year: number;
  bars: FunnelBar[];
  axis: number;
  rowHeight: number;
}

export function funnelLayout(
  row: FunnelYear,
  options: { barWidth?: number; rowHeight?: number } = {},
): FunnelLayout {
  const barWidth = options.barWidth ?? 320;
  const rowHeight = options.rowHeight ?? 24;
  const counts = (s: ProjectStatus): number => (s === 'abandonne' ? row.abandoned : row.reached[s]);
  const max = Math.max(1, ...STAGES.map((s) => row.reached[s]), row.abandoned);
  const axis = barWidth / 2;
  const bars = STATUSES.map((status, i) => {
    const count = counts(status);
    const width = (count / max) * barWidth;
    // The abandoned bar is set apart from the funnel by half a row.
    const y = i * rowHeight + (status === 'abandonne' ? rowHeight / 2 : 0);
    return { status, count, x: axis - width / 2, width, y, colour: STAGE_COLOURS[status] };
  });
  return { year: row.year, bars, axis, rowHeight };
}
