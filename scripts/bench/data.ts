// SPDX-License-Identifier: MIT
// Item 10: the data build (buildData into a temp folder) against reading and parsing its inputs,
// the import of a SYNTHETIC 100k-row member list in the browser against a plain split, and the
// longest main-thread task of <poles-map members-src> importing it (issue 14).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { buildData, GEO_FILES } from '../lib/build.ts';
import { TABLE_FILES } from '../../src/data/tables.ts';
import { benchResult, median, withPage } from './browser.ts';
import { ROOT } from './synthetic.ts';
import { row, type Row } from './table.ts';

/** Every file buildData reads: the tables, the raw boundaries, the COG and the world atlas. */
function inputFiles(): string[] {
  const require = createRequire(import.meta.url);
  const cog = dirname(require.resolve('@etalab/decoupage-administratif/package.json'));
  const atlas = dirname(require.resolve('world-atlas/package.json'));
  return [
    ...Object.values(TABLE_FILES).map((f) => join(ROOT, 'data', f)),
    ...Object.values(GEO_FILES).map((f) => join(ROOT, '../shared/data/geo', f)),
    join(cog, 'data/communes.json'),
    join(cog, 'data/departements.json'),
    join(atlas, 'countries-110m.json'),
  ];
}

/** The baseline: read every input and parse what is JSON (the least any build must do). */
function readInputs(files: string[]): number {
  let size = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    size += /\.(geo)?json$/.test(file)
      ? Object.keys(JSON.parse(text) as object).length
      : text.split('\n').length;
  }
  return size;
}

export interface DataFigures {
  buildMs: number[];
  readMs: number[];
  importRuns: { mode: string; ms: number; indexMs?: number; placed?: number; rows?: number }[];
  rows: Row[];
}

export async function measureDataBuild(
  tmp: string,
  runs: number,
): Promise<Pick<DataFigures, 'buildMs' | 'readMs' | 'rows'>> {
  const files = inputFiles();
  const buildMs: number[] = [];
  const readMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await buildData({ root: ROOT, outDir: join(tmp, `data-${i}`) });
    buildMs.push(performance.now() - t);
    t = performance.now();
    readInputs(files);
    readMs.push(performance.now() - t);
  }
  const note = `median of ${runs}, same process`;
  return {
    buildMs,
    readMs,
    rows: [
      row(
        '10 data',
        'npm run data (buildData) vs reading its inputs',
        'ms',
        median(buildMs),
        median(readMs),
        {},
        note,
      ),
    ],
  };
}

export async function measureImport(browser: Browser, pagesUrl: string, rows: number, runs: number) {
  const importRuns: DataFigures['importRuns'] = [];
  for (let i = 0; i < runs; i++) {
    for (const mode of ['ours', 'bare']) {
      importRuns.push(await benchResult(browser, `${pagesUrl}bench/import.html?mode=${mode}&rows=${rows}`));
    }
  }
  const ours = importRuns.filter((r) => r.mode === 'ours');
  const placed = ours[0]?.placed ?? 0;
  const ms = (mode: string) => median(importRuns.filter((r) => r.mode === mode).map((r) => r.ms));
  const note = `synthetic, ${placed} of ${rows} placed, median of ${runs}`;
  return {
    importRuns,
    rows: [
      row(
        '10 data',
        `import ${rows / 1000}k-row member list in the browser vs split(',')`,
        'ms',
        ms('ours'),
        ms('bare'),
        {},
        note,
      ),
      row(
        '10 data',
        'commune index from communes.json (once per import)',
        'ms',
        median(ours.map((r) => r.indexMs ?? 0)),
        null,
      ),
    ],
  };
}

interface MembersSrcRun {
  mode: 'ours' | 'bare';
  rows: number;
  ms: number;
  /** The longest task of the page's main thread (PerformanceObserver 'longtask'), wall time. */
  longestTaskMs: number;
  longTasks: number;
  /**
   * The most thread time one main-thread task took (Chromium trace): its own work, without the
   * time it waited for the GPU process or for a core on a loaded machine.
   */
  longestTaskCpuMs: number;
  /** The longest task while the map zooms in three steps with the sites on it (wall time). */
  zoomLongestTaskMs: number;
  sites: number;
  /** JS heap after garbage collection, before and after the import (CDP JSHeapUsedSize). */
  heapBeforeMB: number;
  heapAfterMB: number;
}

/** The main-thread limit of issue 14: no task of an import at the row limit longer than this. */
const LONGEST_TASK_MS = 100;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Records Chromium's top-level tasks while `during` runs; returns the most thread time that one
 * task of the page's main thread (CrRendererMain) took, in ms.
 */
const TOP_LEVEL = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

async function tracedTasks(cdp: CDPSession, during: () => Promise<void>): Promise<{ cpu: number }> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // A task, or a microtask checkpoint run outside one (a promise's continuation after a frame's
  // callbacks): the long-task observer counts both.
  const tasks = events.filter((e) => e.ph === 'X' && TOP_LEVEL.has(e.name) && main.has(`${e.pid}:${e.tid}`));
  return { cpu: Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)) };
}

/** The longest main-thread task while the map is zoomed in three steps from the keyboard. */
async function zoomTasks(page: Page): Promise<number> {
  await page.evaluate(() => {
    window.__stopTasks = window.__watchTasks!();
  });
  await page.locator('canvas.maplibregl-canvas').focus();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Equal');
    // MapLibre's keyboard zoom eases over 300 ms; a CPU renderer takes longer to draw its frames.
    await page.waitForTimeout(1500);
  }
  const tasks = await page.evaluate(() => window.__stopTasks!());
  return Math.max(0, ...tasks);
}

async function membersSrcRun(
  browser: Browser,
  pagesUrl: string,
  rows: number,
  mode: MembersSrcRun['mode'],
): Promise<MembersSrcRun> {
  return withPage(browser, async (page, errors) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapMB = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
    };
    await page.goto(`${pagesUrl}bench/members-src.html?rows=${rows}&mode=${mode}`, { waitUntil: 'commit' });
    // The map drawn (ours: with the documented sites), before the import starts.
    await page.waitForFunction(
      () => window.__benchReady === true || window.__bench !== undefined,
      undefined,
      {
        timeout: 120_000,
        polling: 100,
      },
    );
    const heapBeforeMB = await heapMB();
    const traced = await tracedTasks(cdp, async () => {
      await page.evaluate(() => (window.__benchStart = true));
      await page.waitForFunction(() => window.__bench !== undefined, undefined, {
        timeout: 300_000,
        polling: 200,
      });
    });
    const result = (await page.evaluate(() => window.__bench)) as Omit<
      MembersSrcRun,
      'heapBeforeMB' | 'heapAfterMB' | 'longestTaskCpuMs'
    > & { error?: string };
    if (result.error || errors.length) throw new Error(`members-src: ${result.error ?? errors.join('\n')}`);
    const heapAfterMB = await heapMB();
    return {
      ...result,
      longestTaskCpuMs: traced.cpu,
      heapBeforeMB,
      heapAfterMB,
      zoomLongestTaskMs: await zoomTasks(page),
    };
  });
}

/**
 * <poles-map members-src> importing a SYNTHETIC list of `rows` rows (the member-list limit), and the
 * bare baseline (a plain deck.gl map given as many sites): the longest main-thread task against
 * the bare one and against its absolute target, its thread time, and the heap the sites keep.
 */
export async function measureMembersSrc(browser: Browser, pagesUrl: string, rows: number, runs: number) {
  const membersRuns: MembersSrcRun[] = [];
  for (let i = 0; i < runs; i++) {
    for (const mode of ['ours', 'bare'] as const)
      membersRuns.push(await membersSrcRun(browser, pagesUrl, rows, mode));
  }
  const of = (mode: MembersSrcRun['mode']) => membersRuns.filter((r) => r.mode === mode);
  const longest = median(of('ours').map((r) => r.longestTaskMs));
  const bareLongest = median(of('bare').map((r) => r.longestTaskMs));
  const heap = median(of('ours').map((r) => r.heapAfterMB - r.heapBeforeMB));
  const k = `${rows / 1000}k`;
  const longestRow: Row = {
    ...row(
      '10 data',
      `members-src import of ${k} rows (the limit): longest main-thread task`,
      'ms',
      longest,
      bareLongest,
    ),
    target: `<= ${LONGEST_TASK_MS} ms`,
    pass: longest <= LONGEST_TASK_MS,
    note: `synthetic, median of ${runs}; bare: a plain deck.gl ScatterplotLayer given ${k} sites; ${of('ours')[0]?.sites ?? 0} sites shown, heap kept ${heap.toFixed(0)} MB, whole import ${median(of('ours').map((r) => r.ms)).toFixed(0)} ms`,
  };
  const cpuRow = row(
    '10 data',
    `the same, most thread time of one task (trace)`,
    'ms',
    median(of('ours').map((r) => r.longestTaskCpuMs)),
    median(of('bare').map((r) => r.longestTaskCpuMs)),
    {},
    'CPU time of the main thread in one task: the wall time less waits for the GPU process or a free core',
  );
  const zoomRow = row(
    '10 data',
    `the same sites on the map, zoomed in three steps: longest main-thread task`,
    'ms',
    median(of('ours').map((r) => r.zoomLongestTaskMs)),
    median(of('bare').map((r) => r.zoomLongestTaskMs)),
    {},
    'keyboard zoom (MapLibre, 300 ms eases); ours lays the co-located sites out again at each frame of the zoom',
  );
  return { membersRuns, rows: [longestRow, cpuRow, zoomRow] };
}
