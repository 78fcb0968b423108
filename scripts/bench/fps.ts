// SPDX-License-Identifier: MIT
// Item 9: frame rate while panning over 1k…1M SYNTHETIC sites, our members layer against a bare
// ScatterplotLayer with the same points, plus the time to the first frame with them.
import type { Browser } from 'playwright-core';
import { benchResult, median } from './browser.ts';
import { row, type Row } from './table.ts';

export interface PanRun {
  count: number;
  layer: 'ours' | 'bare';
  decodeMs: number;
  firstFrameMs: number;
  frames: number;
  seconds: number;
  fps: number;
  renderFps: number;
}

export interface FpsFigures {
  runs: PanRun[];
  rows: Row[];
}

const label = (n: number): string => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);

export async function measureFps(
  browser: Browser,
  pagesUrl: string,
  counts: readonly number[],
  runsPerCount: (count: number) => number,
  measureMs: number,
): Promise<FpsFigures> {
  const runs: PanRun[] = [];
  const rows: Row[] = [];
  for (const count of counts) {
    const n = runsPerCount(count);
    const of = (layer: PanRun['layer']) => runs.filter((r) => r.count === count && r.layer === layer);
    for (let i = 0; i < n; i++) {
      // Swap which goes first on each run: the second page of a pair may find the machine warmer.
      for (const layer of i % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)) {
        const url = `${pagesUrl}bench/pan.html?n=${count}&layer=${layer}&dur=${measureMs}`;
        const run = await benchResult<PanRun>(browser, url, 240_000);
        console.error(
          `[bench]   ${label(count)} ${layer}: ${run.fps.toFixed(2)} fps, first frame ${run.firstFrameMs.toFixed(0)} ms`,
        );
        runs.push(run);
      }
    }
    const fps = (layer: PanRun['layer']) => median(of(layer).map((r) => r.fps));
    const first = (layer: PanRun['layer']) => median(of(layer).map((r) => r.firstFrameMs));
    const note = `synthetic, median of ${n}`;
    rows.push(
      row(
        '9 pan',
        `fps panning, ${label(count)} sites`,
        'fps',
        fps('ours'),
        fps('bare'),
        count === 100_000 ? { min: 0.9 } : {},
        note,
      ),
    );
    rows.push(
      row('9 pan', `first frame with ${label(count)} sites`, 'ms', first('ours'), first('bare'), {}, note),
    );
  }
  return { runs, rows };
}
