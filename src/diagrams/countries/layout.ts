// SPDX-License-Identifier: MIT
// Layout of the non-pôle partners by country (pure, deterministic): one horizontal bar per country,
// stacked by partnership kind in PARTNERSHIP_KINDS order, on a scale shared by all bars.
import type { CountrySummary } from '../../data/partnership-international.ts';
import { PARTNERSHIP_KINDS, type PartnershipKind } from '../../types.ts';
import { KIND_COLOURS } from '../colours.ts';

export interface CountrySegment {
  /** `<country key>:<kind>`. */
  id: string;
  kind: PartnershipKind;
  count: number;
  x0: number;
  x1: number;
  colour: string;
}

export interface CountryBar {
  key: string;
  y: number;
  total: number;
  width: number;
  segments: CountrySegment[];
  summary: CountrySummary;
}

export interface CountriesLayout {
  bars: CountryBar[];
  /** Kinds present in at least one bar, in legend order. */
  kinds: PartnershipKind[];
  rowHeight: number;
  /** Total partnerships (sum of the bars). */
  total: number;
}

export interface CountriesLayoutOptions {
  /** Length of the longest bar, in pixels. @default 360 */
  barWidth?: number;
  /** @default 20 */
  rowHeight?: number;
}

export function countriesLayout(
  summaries: readonly CountrySummary[],
  options: CountriesLayoutOptions = {},
): CountriesLayout {
  const barWidth = options.barWidth ?? 360;
  const rowHeight = options.rowHeight ?? 20;
  const max = Math.max(1, ...summaries.map((s) => s.total));
  const scale = barWidth / max;
  const bars = summaries.map((summary, i) => {
    let x = 0;
    const segments: CountrySegment[] = [];
    for (const kind of PARTNERSHIP_KINDS) {
      const count = summary.byKind[kind];
      if (!count) continue;
      segments.push({
        id: `${summary.key}:${kind}`,
        kind,
        count,
        x0: x,
        x1: (x += count * scale),
        colour: KIND_COLOURS[kind],
      });
    }
    return { key: summary.key, y: i * rowHeight, total: summary.total, width: x, segments, summary };
  });
  const kinds = PARTNERSHIP_KINDS.filter((k) => summaries.some((s) => s.byKind[k] > 0));
  return { bars, kinds, rowHeight, total: summaries.reduce((sum, s) => sum + s.total, 0) };
}
