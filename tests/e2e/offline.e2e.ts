// SPDX-License-Identifier: MIT
// Offline at the venue (issue 16 §5): present.html visited once with the network, on a tour of
// the site (`?tour=`, fetched before the service worker was there), then the server stopped and the
// browser offline; the reload still shows the presenter, and every stop of that tour comes with its caption computed from the data and its map drawn, with the code the map loads lazily
// (arcs, choropleth, the Évolutions view), all from the service worker's caches. The app opens
// offline too, with a lazy view of its own (the partnership diagram). A new deploy is announced,
// not hidden: the page offers to reload, and the reload drops the old caches.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  launchChromium,
  openApp,
  presenterMapReady,
  recordPage,
  type PageLog,
  type Served,
} from './harness.ts';
import defaultTour from '../../src/tour/default-tour.json';
import { fillText, stopFigures } from '../../src/tour/figures.ts';
import { parseTour } from '../../src/tour/tour.ts';
import { publicFiguresData } from '../fixtures/figures-data.ts';

const data = publicFiguresData();
// The presenter's own tour backwards: the offline page must run this one, not the default.
const tourFile = { stops: [...defaultTour.stops].reverse() };
const tour = parseTour(tourFile);
const expectedTitle = (i: number) => {
  const stop = tour.stops[i]!;
  return fillText(stop.title.fr, stopFigures(data, stop.view, stop.highlight), 'fr');
};

let served: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let log: PageLog;

const presenter = (selector: string) => page.locator('poles-presenter').locator(selector);

/** A copy of the build (without the embed) served on a free port, with `files` added to it. */
async function serveCopy(files: Record<string, string> = {}): Promise<Served & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'poles-offline-'));
  cpSync('dist', dir, { recursive: true, filter: (path) => !path.includes(`${join('dist', 'embed')}`) });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const server = await preview({
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 4173, strictPort: false, open: false },
  });
  return {
    url: server.resolvedUrls!.local[0]!,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

beforeAll(async () => {
  served = await serveCopy({ 'tours/salon.json': JSON.stringify(tourFile) });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 960, height: 540 }, serviceWorkers: 'allow' });
  page = await context.newPage();
  log = recordPage(page);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await served?.close();
});

describe('present.html offline', () => {
  it('installs its service worker on the first visit, which then controls the page', async () => {
    await page.goto(`${served.url}present.html?tour=tours/salon.json`);
    await presenterMapReady(page);
    const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    expect(state).toBe('activated');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The tour came before the worker: the page asks it to keep the file (the data is precached).
    await page.waitForFunction(
      (url) => window.caches.match(url).then((hit) => hit !== undefined),
      `${served.url}tours/salon.json`,
      {
        timeout: 10_000,
      },
    );
    // Its caches are its own: named by its scope.
    const caches = await page.evaluate(() => window.caches.keys());
    expect(caches.some((name) => name.startsWith(`poles:${new URL(served.url).href}`))).toBe(true);
  });

  it('reloads with the server stopped and the network cut, and steps through every stop', async () => {
    await served.close();
    await context.setOffline(true);
    log.errors.length = 0;
    await page.reload();
    await presenterMapReady(page);
    const total = tour.stops.length;
    for (let i = 0; i < total; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => presenter('.counter [aria-hidden]').textContent(), { timeout: 10_000 })
        .toBe(`${i + 1} / ${total}`);
      expect(await presenter('.caption h1').textContent()).toBe(expectedTitle(i));
      // The partnership stops' diagram: the stage's bars beside the map.
      if (tour.stops[i]!.view.view === 'links')
        await presenter('.stage-bars svg rect').first().waitFor({ timeout: 10_000 });
      // Each stop's map is drawn, with the code it loads lazily (the arcs and the choropleth's
      // overlays, the Évolutions view's changes) and its data, all from the caches.
      await page.evaluate(() =>
        (
          document.querySelector('poles-presenter')!.shadowRoot!.querySelector('poles-map') as unknown as {
            drawn(): Promise<void>;
          }
        ).drawn(),
      );
    }
    expect(log.errors).toEqual([]);
  });

  it('opens the app, still offline, with its map drawn from the caches', async () => {
    await openApp(page, `${served.url}#v=1&year=2019&view=links`);
    await page
      .locator('poles-app')
      .locator('poles-links svg path.ribbon')
      .first()
      .waitFor({ timeout: 10_000 });
    expect(log.errors).toEqual([]);
  });
});

describe('a new deploy', () => {
  it('is announced by the page, and the reload moves to the new caches', async () => {
    // A copy of the build, whose worker is then changed as a deploy would change it.
    const server = await serveCopy();
    const deployContext = await browser.newContext({
      viewport: { width: 960, height: 540 },
      serviceWorkers: 'allow',
    });
    try {
      const url = server.url;
      const app = await deployContext.newPage();
      await app.goto(`${url}#v=1&year=2010`);
      await app.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
      const before = await app.evaluate(() => caches.keys());
      const worker = join(server.dir, 'sw.js');
      writeFileSync(
        worker,
        readFileSync(worker, 'utf8').replace(/"version":"[0-9a-f]+"/, '"version":"0000000000000002"'),
      );
      await app.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
      const notice = app.locator('.poles-update[role="status"]');
      await notice.waitFor({ timeout: 60_000 });
      expect(await notice.locator('span').textContent()).toBe('Une nouvelle version est disponible.');
      // Until accepted, the page keeps its version: the old caches are still there (beside the new one).
      expect(await app.evaluate(() => caches.keys())).toEqual(expect.arrayContaining(before));
      await Promise.all([
        app.waitForEvent('load', { timeout: 60_000 }),
        notice.getByRole('button', { name: 'Recharger' }).click(),
      ]);
      await expect
        .poll(() => app.evaluate(() => caches.keys()), { timeout: 10_000 })
        .toEqual(expect.arrayContaining([expect.stringMatching(/:shell-0000000000000002$/)]));
      const after = await app.evaluate(() => caches.keys());
      expect(after.filter((name) => before.includes(name))).toEqual([]);
    } finally {
      await deployContext.close();
      await server.close();
    }
  });
});
