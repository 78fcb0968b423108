// SPDX-License-Identifier: MIT
// Layout of the non-pôle partners by country (pure, deterministic): one horizontal bar per country,
// stacked by partnership kind in PARTNERSHIP_KINDS order, on a scale shared by all bars; under a
// country whose partners have known regions, one bar per region and one for the rest of it.
import type { CountrySummary, RegionSummary } from '../../data/partnership-countries.ts';
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
  /** The country key, or the region key (`CA-quebec`, `CA-` for the rest of Canada). */
  key: string;
  /** The country's ISO code (or NO_COUNTRY). */
  country: string;
  /** A region bar: the region's name, or null for the rest of the country; undefined for a country bar. */
  region?: string | null;
  y: number;
  total: number;
  width: number;
  segments: CountrySegment[];
  summary: CountrySummary | RegionSummary;
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
  const rows = summaries.flatMap((country) => [
    { country: country.key, summary: country as CountrySummary | RegionSummary, region: undefined },
    ...country.regions.map((r) => ({ country: country.key, summary: r, region: r.name })),
  ]);
  const bars = rows.map(({ country, summary, region }, i): CountryBar => {
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
    const bar = {
      key: summary.key,
      country,
      y: i * rowHeight,
      total: summary.total,
      width: x,
      segments,
      summary,
    };
    return region === undefined ? bar : { ...bar, region };
  });
  const kinds = PARTNERSHIP_KINDS.filter((k) => summaries.some((s) => s.byKind[k] > 0));
  return { bars, kinds, rowHeight, total: summaries.reduce((sum, s) => sum + s.total, 0) };
}
