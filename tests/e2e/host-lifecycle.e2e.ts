// SPDX-License-Identifier: MIT
// What host pages do to <poles-map> over its life (issue 14), on the built embed under the strict
// policy: moves and removals at any moment end in a drawn map, and a final removal leaves no WebGL
// context or MapLibre worker running, nor the removed map in the heap. The page counts its live
// contexts and workers itself.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BREST, colourAt, mapReady, openPage } from './hosts/embed-page.ts';
import { hostSuite } from './hosts/suite.ts';
import { instrument, live } from './hosts/live.ts';
import { collectGarbage } from '../fixtures/hostile/probes.ts';

/** Below this distance a pixel has the pôle's colour (as in embed.e2e.ts). */
const SAME = 30;

const suite = hostSuite();

/** Takes #map out of the page and puts it back after `wait` ('task': in the same task). */
function moveMap(page: Page, wait: 'task' | 'frame' | number): Promise<void> {
  return page.evaluate(async (w) => {
    const map = document.querySelector('#map')!;
    const parent = map.parentNode!;
    map.remove();
    if (w === 'frame') await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    else if (typeof w === 'number') await new Promise((r) => setTimeout(r, w));
    parent.append(map);
  }, wait);
}

/** Waits until Brest has its sector colour on the map again (a redrawn map, not an empty box). */
async function brestDrawn(page: Page): Promise<void> {
  await expect
    .poll(() => colourAt(page, BREST.lonLat, BREST.colour, '#map').catch(() => Infinity), {
      timeout: 60_000,
      interval: 500,
    })
    .toBeLessThan(SAME);
}

describe('<poles-map> moved and removed by its host page', () => {
  it('is drawn again after a move within a task, after 1 frame, after 100 ms; a final removal frees all', async () => {
    const { page, log } = await openPage(suite.browser, 'about:blank');
    await instrument(page);
    await page.goto(`${suite.host.url}strict.html`);
    await mapReady(page);
    await brestDrawn(page);
    for (const wait of ['task', 'frame', 100] as const) {
      await moveMap(page, wait);
      await brestDrawn(page);
    }
    expect((await live(page)).contexts).toBe(1);
    await page.evaluate(() => document.querySelector('#map')!.remove());
    await expect.poll(() => live(page), { timeout: 10_000 }).toEqual({ contexts: 0, workers: 0, fetches: 0 });
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it('removed while loading: re-added, it draws and its ready resolves; never re-added, nothing runs', async () => {
    const { page, log } = await openPage(suite.browser, 'about:blank');
    await instrument(page);
    await page.goto(`${suite.host.url}strict.html`);
    // A second map, taken out in the task that inserts it (data still loading) and put back later.
    await page.evaluate(async () => {
      await customElements.whenDefined('poles-map');
      document.querySelector('#map')!.remove();
      const late = document.createElement('poles-map');
      late.id = 'map';
      late.setAttribute('region', '53');
      document.body.append(late);
      late.remove();
      await new Promise((r) => setTimeout(r, 300));
      document.body.append(late);
    });
    await mapReady(page, '#map');
    await brestDrawn(page);
    // Removed at successive moments of its loading, for good, every STEP ms until one was drawn before
    // its removal (a sweep that follows the machine's speed): nothing left running.
    const STEP = 100;
    let removals = 0;
    for (let delay = 0, drawn = false; !drawn && delay <= 60 * STEP; delay += STEP) {
      drawn = await page.evaluate(async (d) => {
        document.querySelector('#map')?.remove();
        const map = document.createElement('poles-map') as HTMLElement & { ready: Promise<unknown> };
        map.setAttribute('region', '53');
        document.body.append(map);
        let ready = false;
        map.ready.then(
          () => (ready = true),
          () => undefined,
        );
        await new Promise((r) => setTimeout(r, d));
        map.remove();
        const w = window as unknown as { __removed?: WeakRef<HTMLElement>[] };
        (w.__removed ??= []).push(new WeakRef(map));
        return ready;
      }, delay);
      removals += 1;
      await expect
        .poll(() => live(page), { timeout: 15_000 })
        .toEqual({ contexts: 0, workers: 0, fetches: 0 });
    }
    // The sweep went through the loading: several removals before a drawn one.
    expect(removals).toBeGreaterThan(3);
    // And nothing of them is kept: each removed map is garbage-collected.
    const kept = () =>
      page.evaluate(
        () =>
          (window as unknown as { __removed: WeakRef<HTMLElement>[] }).__removed.filter((r) => r.deref())
            .length,
      );
    for (let round = 0; round < 10 && (await kept()) > 0; round++) await collectGarbage(page);
    expect(await kept()).toBe(0);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});

describe('<poles-map> when something fails', () => {
  it('a missing data file: one error event naming the reason, a message with a retry, ready rejects', async () => {
    const { page, log } = await openPage(suite.browser, 'about:blank');
    await page.addInitScript(() => {
      const errors: unknown[] = [];
      window.addEventListener('error', (e) => {
        if (e instanceof CustomEvent) errors.push(e.detail);
      });
      Object.assign(window, { __errors: errors });
    });
    await page.route('**/embed/data/poles.geojson', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${suite.host.url}strict.html`);
    const ready = await page.evaluate(async () => {
      await customElements.whenDefined('poles-map');
      const map = document.querySelector('#map') as unknown as { ready: Promise<void> };
      return map.ready.then(
        () => 'resolved',
        (error: Error) => `rejected: ${error.message}`,
      );
    });
    expect(ready).toMatch(/^rejected: .*poles\.geojson/);
    const errors = await page.evaluate(() => (window as unknown as { __errors: unknown[] }).__errors);
    expect(errors).toEqual([{ message: expect.stringContaining('poles.geojson'), reason: 'data' }]);
    const shown = page.locator('#map .failure');
    expect(await shown.textContent()).toContain('Les données n’ont pas pu être chargées');
    // The file is back: the retry button draws the map.
    await page.unroute('**/embed/data/poles.geojson');
    await shown.locator('button.retry').click();
    await brestDrawn(page);
    expect(await page.locator('#map .failure').count()).toBe(0);
    expect(log.errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.close();
  });
});
