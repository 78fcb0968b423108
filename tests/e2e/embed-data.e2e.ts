// SPDX-License-Identifier: MIT
// What host pages and partial deploys do to <poles-map>'s data (issue 14), on the built embed under
// the strict policy: removed for good at each moment of its loading, it leaves no context, worker or
// fetch, reports no error and its heap does not grow by cycles; a data file of a partial deploy gives
// one `error` event with a retry; an unknown pôle id selects nothing and says so.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BREST, colourAt, mapReady, openPage } from './hosts/embed-page.ts';
import { hostSuite } from './hosts/suite.ts';
import { abortedFetches, contextsCreated, instrument, live } from './hosts/live.ts';
import { generateMemberList } from '../fixtures/member-lists/generate.ts';

/** Heap growth allowed per removal cycle: a memory bound (a leaked map is megabytes), not a time. */
const GROWTH_PER_CYCLE = 500 * 1024;
/** Below this distance a pixel has the pôle's colour (as in embed.e2e.ts). */
const SAME = 30;
const CYCLES = 5;
const LIST = generateMemberList(20_000).bytes;

const suite = hostSuite();

/** Records the `error` events of any <poles-map> (they bubble out of the element). */
async function recordErrors(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const errors: unknown[] = [];
    window.addEventListener('error', (e) => {
      if (e instanceof CustomEvent) errors.push(e.detail);
    });
    Object.assign(window, { __errors: errors });
  });
}

const errorEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { __errors: unknown[] }).__errors);

/** The JS heap after a full garbage collection, in bytes. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

type Phase = 'before data' | 'data, no frame yet' | 'importing members-src';

/** Adds a <poles-map> and removes it for good at `phase` of its loading. */
function removeAt(page: Page, phase: Phase): Promise<void> {
  return page.evaluate(async (p) => {
    type Map = HTMLElement & { data: unknown; shadowRoot: ShadowRoot };
    const map = document.createElement('poles-map') as Map;
    map.setAttribute('region', '53');
    // At once, not when the visibility observer first reports: the removal must find loads under way.
    map.setAttribute('loading', 'eager');
    if (p === 'importing members-src') map.setAttribute('members-src', '/lists/big.csv');
    document.body.append(map);
    const until = (done: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        const deadline = performance.now() + 30_000;
        const tick = () => {
          if (done()) resolve();
          else if (performance.now() > deadline) reject(new Error(`timed out: ${p}`));
          else setTimeout(tick, 0);
        };
        tick();
      });
    if (p === 'data, no frame yet') await until(() => map.data !== null);
    // The list is being read or placed by the worker.
    if (p === 'importing members-src') await until(() => !!map.shadowRoot.querySelector('.import-status'));
    map.remove();
  }, phase);
}

describe('<poles-map> removed for good while loading', () => {
  it('before data, before its first frame, during an import: nothing left running, no error, no heap growth', async () => {
    const { page, log } = await openPage(
      suite.browser,
      'about:blank',
      { width: 800, height: 600 },
      async (p) => {
        await instrument(p);
        await recordErrors(p);
        await p.route('**/lists/big.csv', (route) =>
          route.fulfill({ status: 200, contentType: 'text/csv', body: LIST }),
        );
      },
    );
    // The page without its own map (the first map is the test's), and the data files arriving late
    // on the first load, so that a removal finds them under way.
    await page.route('**/strict.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<poles-map[^>]*><\/poles-map>/, '');
      await route.fulfill({ response, body });
    });
    await page.route('**/embed/data/*', async (route) => {
      await new Promise((r) => setTimeout(r, 500));
      await route.continue().catch(() => undefined);
    });
    await page.goto(`${suite.host.url}strict.html`);
    await page.evaluate(() => customElements.whenDefined('poles-map'));
    expect(await page.locator('poles-map').count()).toBe(0);
    await removeAt(page, 'before data');
    await expect.poll(() => live(page), { timeout: 15_000 }).toEqual({ contexts: 0, workers: 0, fetches: 0 });
    // Its downloads were aborted, not left to finish.
    expect(await abortedFetches(page)).toBeGreaterThan(0);
    await page.unroute('**/embed/data/*');

    const heaps: number[] = [];
    // A first cycle fills the caches (data files, engine chunks, compiled shaders): not measured.
    for (let cycle = -1; cycle < CYCLES; cycle++) {
      for (const phase of ['before data', 'data, no frame yet', 'importing members-src'] as const) {
        await removeAt(page, phase);
        await expect
          .poll(() => live(page), { timeout: 15_000, interval: 250 })
          .toEqual({ contexts: 0, workers: 0, fetches: 0 });
      }
      if (cycle >= 0) heaps.push(await heapAfterGc(page));
    }
    // The cycles did build maps (and freed them): removals after their contexts existed.
    expect(await contextsCreated(page)).toBeGreaterThan(0);
    expect(await errorEvents(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    const growth = (heaps.at(-1)! - heaps[0]!) / (CYCLES - 1);
    expect(
      growth,
      `heap after each cycle: ${heaps.map((h) => (h / 1e6).toFixed(1)).join(', ')} MB`,
    ).toBeLessThan(GROWTH_PER_CYCLE);
    await page.close();
  });
});

describe('<poles-map> with the data of a partial deploy', () => {
  it('features: null gives one error event naming the file and field, a message and a retry that draws the map', async () => {
    const { page, log } = await openPage(suite.browser, 'about:blank', undefined, async (p) => {
      await recordErrors(p);
      await p.route('**/embed/data/poles.geojson', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: '{"type":"FeatureCollection","features":null}',
        }),
      );
    });
    await page.goto(`${suite.host.url}strict.html`);
    const ready = await page.evaluate(async () => {
      await customElements.whenDefined('poles-map');
      const map = document.querySelector('#map') as unknown as { ready: Promise<void> };
      return map.ready.then(
        () => 'resolved',
        (error: Error) => `rejected: ${error.message}`,
      );
    });
    expect(ready).toBe('rejected: poles.geojson: features is null, not a list');
    expect(await errorEvents(page)).toEqual([
      { message: 'poles.geojson: features is null, not a list', reason: 'data' },
    ]);
    const shown = page.locator('#map .failure');
    expect(await shown.textContent()).toContain('poles.geojson: features is null');
    // The whole file is deployed: the retry button draws the map, with no other error.
    await page.unroute('**/embed/data/poles.geojson');
    await shown.locator('button.retry').click();
    await expect
      .poll(() => colourAt(page, BREST.lonLat, BREST.colour, '#map').catch(() => Infinity), {
        timeout: 60_000,
        interval: 500,
      })
      .toBeLessThan(SAME);
    expect(await page.locator('#map .failure').count()).toBe(0);
    expect(await errorEvents(page)).toHaveLength(1);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});

describe('<poles-map pole> naming no pôle of the data', () => {
  it('selects nothing (the pôles keep their colours) and says which id it did not know, in its language', async () => {
    const { page, log } = await openPage(suite.browser, `${suite.host.url}strict.html`);
    await mapReady(page, '#map');
    const notice = page.locator('#map .notice');
    const brest = () => colourAt(page, BREST.lonLat, BREST.colour, '#map').catch(() => Infinity);
    await page.evaluate(() => document.querySelector('#map')!.setAttribute('pole', 'pole-inexistant'));
    await expect
      .poll(() => notice.textContent(), { timeout: 10_000 })
      .toBe('Pôle inconnu\u202f: «\u202fpole-inexistant\u202f» (aucun pôle sélectionné)');
    // A frame later Brest still has its sector colour: nothing was dimmed.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect.poll(brest, { timeout: 10_000, interval: 500 }).toBeLessThan(SAME);
    expect(await brest()).toBeLessThan(SAME);
    await page.evaluate(() => document.querySelector('#map')!.setAttribute('lang', 'en'));
    await expect.poll(() => notice.textContent()).toBe('Unknown pôle: “pole-inexistant” (no pôle selected)');
    // A pôle of the data: selected, no notice.
    await page.evaluate((id) => document.querySelector('#map')!.setAttribute('pole', id), BREST.id);
    await expect.poll(() => notice.count()).toBe(0);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});
