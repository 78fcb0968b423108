// SPDX-License-Identifier: MIT
// Item 8: time from navigation to the first frame with all data, the app (<poles-map>.ready) against
// a bare MapLibre + deck.gl page drawing the same base map and points in a map of the same size; and
// to the app's early paint (<poles-map>.painted: France and the pôles in SVG, before the engine).
import type { Browser } from 'playwright-core';
import { benchResult, median, withPage } from './browser.ts';
import { resourceTimeline, type Timeline } from './pages/timeline.ts';
import { gpuProcessCpuMs, gpuProcessQuiet } from './process-cpu.ts';
import { row, type Row } from './table.ts';

interface AppRun {
  paintedMs: number;
  readyMs: number;
  width: number;
  height: number;
  timeline: Timeline;
}

/**
 * One navigation of the built app, until the first frame with all data is on screen;
 * performance.now() counts from the navigation's start.
 */
function appRun(browser: Browser, url: string): Promise<AppRun> {
  return withPage(browser, async (page, errors) => {
    await page.goto(url, { waitUntil: 'commit' });
    const run = await page.evaluate(async () => {
      const deadline = performance.now() + 120_000;
      for (;;) {
        const map = document.querySelector('poles-app')?.shadowRoot?.querySelector('poles-map') as
          (HTMLElement & { ready: Promise<void>; painted: Promise<void> }) | null;
        if (map?.ready) {
          // Until the frame is on screen, as bare-map.ts does (onScreen): SwiftShader rasterises
          // the draw calls in the GPU process after 'idle'. The early paint (SVG) resolves painted in
          // the frame that paints it: two frames more, likewise. (No helper
          // function here: tsx would wrap it in a __name() call the page does not have.)
          const painted = map.painted
            .then(() => new Promise((resolve) => requestAnimationFrame(resolve)))
            .then(() => new Promise((resolve) => requestAnimationFrame(resolve)))
            .then(() => performance.now());
          await map.ready;
          for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
          const readyMs = performance.now();
          const box = map.getBoundingClientRect();
          return {
            paintedMs: await painted,
            readyMs,
            width: Math.round(box.width),
            height: Math.round(box.height),
          };
        }
        if (performance.now() > deadline) throw new Error('no <poles-map> in <poles-app>');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    if (errors.length > 0) throw new Error(`app: ${errors.join('\n')}`);
    return { ...run, timeline: await page.evaluate(resourceTimeline) };
  });
}

export interface StartupFigures {
  app: number[];
  /** The app's early paint, ms from navigation. */
  painted: number[];
  bare: number[];
  mapSize: [number, number];
  /** CPU ms of Chromium's GPU process over each run (page opened to page closed); empty without /proc. */
  gpuCpu: { app: number[]; bare: number[] };
  /** Of the last run of each page. */
  timelines: { app: Timeline; bare: Timeline };
  rows: Row[];
}

export async function measureStartup(
  browser: Browser,
  appUrl: string,
  pagesUrl: string,
  runs: number,
): Promise<StartupFigures> {
  const app: number[] = [];
  const painted: number[] = [];
  const bare: number[] = [];
  let size: [number, number] = [0, 0];
  const timelines: StartupFigures['timelines'] = { app: [], bare: [] };
  const gpuCpu: StartupFigures['gpuCpu'] = { app: [], bare: [] };
  /** `measure`'s result, with the GPU process's CPU time over it added to `into` when known. */
  const withGpuCpu = async <T>(into: number[], measure: () => Promise<T>): Promise<T> => {
    await gpuProcessQuiet();
    const before = gpuProcessCpuMs();
    const result = await measure();
    const after = gpuProcessCpuMs();
    if (before !== null && after !== null) into.push(after - before);
    return result;
  };
  // Alternate the two pages so that any drift of the machine weighs on both alike.
  for (let i = 0; i < runs; i++) {
    const run = await withGpuCpu(gpuCpu.app, () => appRun(browser, appUrl));
    app.push(run.readyMs);
    painted.push(run.paintedMs);
    size = [run.width, run.height];
    timelines.app = run.timeline;
    const url = `${pagesUrl}bench/bare-map.html?w=${run.width}&h=${run.height}`;
    const result = await withGpuCpu(gpuCpu.bare, () =>
      benchResult<{ readyMs: number; timeline: Timeline }>(browser, url),
    );
    bare.push(result.readyMs);
    timelines.bare = result.timeline;
  }
  const note = `median of ${runs}, map ${size[0]}×${size[1]}`;
  const gpuRows =
    gpuCpu.app.length === runs && gpuCpu.bare.length === runs
      ? [
          row(
            '8 startup',
            'CPU time of the GPU process meanwhile',
            'ms',
            median(gpuCpu.app),
            median(gpuCpu.bare),
            {},
            note,
          ),
        ]
      : [];
  return {
    app,
    painted,
    bare,
    mapSize: size,
    gpuCpu,
    timelines,
    rows: [
      row(
        '8 startup',
        'navigation → first frame with all data',
        'ms',
        median(app),
        median(bare),
        { max: 1.2 },
        note,
      ),
      row(
        '8 startup',
        'navigation → early paint (France and the pôles on screen) vs bare first frame',
        'ms',
        median(painted),
        median(bare),
        { max: 0.5 },
        note,
      ),
      ...gpuRows,
    ],
  };
}
