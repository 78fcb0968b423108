// SPDX-License-Identifier: MIT
// Embeds that wait to be seen (issue 18): a <poles-map> three screens below the fold downloads its
// element code only, no data and no engine, until the reader scrolls within about a screen of it;
// loading="eager" opts out; the iframe page (embed.html) waits likewise until its frame is seen.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveDist, type PageLog, type Served } from './harness.ts';
import { serveHost } from './hosts/server.ts';
import { STRICT_POLICY, mapReady, openPage } from './hosts/embed-page.ts';

/** What a map loads once near: its data files, the engine chunk, MapLibre's worker, the early paint. */
const HEAVY =
  /\/data\/[^/]+\.(json|geojson)$|\/assets\/(engine|poles-early-map|maplibre-gl-worker)[^/]*\.m?js$/;
const heavy = (log: PageLog): string[] => log.requests.filter((url) => HEAVY.test(new URL(url).pathname));
const VIEWPORT = { width: 1000, height: 700 };

let browser: Browser;
let preview: Served;
let host: Served;
/** Serves lazy-frame.html, whose <iframe> shows the app origin's embed.html (another origin). */
let frameHost: Served;
const pages: Page[] = [];

async function open(url: string) {
  const opened = await openPage(browser, url, VIEWPORT);
  pages.push(opened.page);
  return opened;
}

/** Lets the page settle: its module, its idle callbacks, a few frames (nothing heavy may start). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
  await page.waitForTimeout(1000);
}

/** Scrolls so that the top of `selector` is `screens` viewport heights below the viewport's bottom. */
async function scrollAbove(page: Page, selector: string, screens: number): Promise<void> {
  await page.evaluate(
    ({ sel, s }) => {
      const top = document.querySelector(sel)!.getBoundingClientRect().top + scrollY;
      window.scrollTo(0, top - innerHeight - s * innerHeight);
    },
    { sel: selector, s: screens },
  );
}

beforeAll(async () => {
  browser = await launchChromium();
  preview = await serveDist();
  host = await serveHost({ csp: STRICT_POLICY });
  frameHost = await serveHost({ csp: null, embedBase: preview.url });
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await frameHost?.close();
  await preview?.close();
});

describe('an embed below the fold', () => {
  it('requests no data and no engine until scrolled near, then draws', async () => {
    const { page, log } = await open(`${host.url}lazy.html`);
    await settle(page);
    expect(log.requests.some((url) => url.endsWith('/embed/poles-map.js'))).toBe(true);
    expect(heavy(log)).toEqual([]);
    // Still two screens away: not yet.
    await scrollAbove(page, '#map', 2);
    await page.waitForTimeout(500);
    expect(heavy(log)).toEqual([]);
    // Within a screen: the data, the early paint, then the engine.
    await scrollAbove(page, '#map', 0.5);
    await expect
      .poll(() => heavy(log).some((url) => url.endsWith('/poles.geojson')), { timeout: 10_000 })
      .toBe(true);
    await page.evaluate(
      () => (document.querySelector('#map') as unknown as { painted: Promise<void> }).painted,
    );
    await mapReady(page, '#map');
    expect(heavy(log).some((url) => /\/assets\/engine-/.test(url))).toBe(true);
    expect(log.errors).toEqual([]);
  });

  it('loads at once with loading="eager"', async () => {
    const { page, log } = await open(`${host.url}eager.html`);
    await expect
      .poll(() => heavy(log).some((url) => /\/assets\/engine-/.test(url)), { timeout: 10_000 })
      .toBe(true);
    expect(heavy(log).some((url) => url.endsWith('/poles.geojson'))).toBe(true);
    await mapReady(page, '#map');
    expect(log.errors).toEqual([]);
  });
});

describe('the iframe page below the fold', () => {
  it('requests no data and no engine until its frame is seen', async () => {
    const { page, log } = await open(`${frameHost.url}lazy-frame.html`);
    const frame = page.frameLocator('#frame');
    await frame.locator('poles-map').waitFor({ state: 'attached' });
    await settle(page);
    expect(log.requests.some((url) => url.includes('/embed.html'))).toBe(true);
    expect(heavy(log)).toEqual([]);
    await page.evaluate(() => document.querySelector('#frame')!.scrollIntoView());
    await expect
      .poll(() => heavy(log).some((url) => url.endsWith('/poles.geojson')), { timeout: 10_000 })
      .toBe(true);
    await frame.locator('poles-map').evaluate((map) => (map as unknown as { ready: Promise<void> }).ready);
    expect(heavy(log).some((url) => /\/assets\/engine-/.test(url))).toBe(true);
    expect(log.errors).toEqual([]);
  });
});
