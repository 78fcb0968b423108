// SPDX-License-Identifier: MIT
// Item 9: frame rate while panning over 1k…1M SYNTHETIC sites, our members layer against a bare
// ScatterplotLayer with the same points, plus the time to the first frame with them; and the time
// to change the year or sector filter, on the GPU (ours) or by re-uploading a filtered array (bare).
import type { Browser } from 'playwright-core';
import { benchResult, median } from './browser.ts';
import { row, type Row } from './table.ts';

/** What every page of pan.html reports. */
interface FirstFrame {
  count: number;
  layer: 'ours' | 'bare';
  decodeMs: number;
  firstFrameMs: number;
}

export interface PanRun extends FirstFrame {
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

/** Item 9, GPU filter: sites of the synthetic file filtered, and filter changes per page. */
export const FILTER_SITES = 100_000;
const FILTER_CHANGES = 12;

export interface FilterRun extends FirstFrame {
  filterChanges: number;
  /** Per change, ms until MapLibre has rendered it (draw calls issued) and until it is on screen. */
  renderMs: number[];
  drawnMs: number[];
  /** Accessor calls after the first upload: deck.gl recomputing attributes for a new array. */
  accessorCalls: number;
}

/**
 * Changing the year or the sectors on FILTER_SITES synthetic sites: ours changes only the
 * DataFilterExtension props, bare re-creates a ScatterplotLayer with a CPU-filtered array.
 */
export async function measureGpuFilter(
  browser: Browser,
  pagesUrl: string,
  runsPerLayer: number,
): Promise<{ runs: FilterRun[]; rows: Row[] }> {
  const runs: FilterRun[] = [];
  for (let i = 0; i < runsPerLayer; i++) {
    for (const layer of i % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)) {
      const url = `${pagesUrl}bench/pan.html?n=${FILTER_SITES}&layer=${layer}&filter=${FILTER_CHANGES}`;
      const run = await benchResult<FilterRun>(browser, url, 240_000);
      console.error(
        `[bench]   filter ${layer}: ${median(run.drawnMs).toFixed(0)} ms a change, ${run.accessorCalls} accessor calls`,
      );
      runs.push(run);
    }
  }
  const of = (layer: FilterRun['layer']) => runs.filter((r) => r.layer === layer);
  const ms = (layer: FilterRun['layer'], key: 'renderMs' | 'drawnMs') =>
    median(of(layer).flatMap((r) => r[key]));
  const calls = (layer: FilterRun['layer']) => Math.max(...of(layer).map((r) => r.accessorCalls));
  const note = `synthetic sectors and phases, median of ${FILTER_CHANGES} changes × ${runsPerLayer} runs`;
  const measure = `change of year or sector filter, ${label(FILTER_SITES)} sites`;
  return {
    runs,
    rows: [
      row('9 pan', `${measure}, until drawn`, 'ms', ms('ours', 'drawnMs'), ms('bare', 'drawnMs'), {}, note),
      row(
        '9 pan',
        `${measure}, until the draw calls are issued`,
        'ms',
        ms('ours', 'renderMs'),
        ms('bare', 'renderMs'),
        {},
        `${note}; accessor calls after the first upload, at most: ours ${calls('ours')}, bare ${calls('bare')}`,
      ),
    ],
  };
}
