// SPDX-License-Identifier: MIT
// Visual regression: the main views of the built app, embed and presenter, screenshot and compared
// with the references in tests/visual/ (stored at half size) with a tolerance that fits the CPU
// renderer (visual/compare.ts). A change of the look is accepted on purpose, with one command:
// `npm run test:visual:update`, which rewrites the references; then look at them before committing.
// On a mismatch the screenshot and a diff image are written to test-results/visual/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appMapDrawn, launchChromium, presenterMapReady, serveDist, type Served } from './harness.ts';
import { STRICT_POLICY, mapReady } from './hosts/embed-page.ts';
import { serveHost } from './hosts/server.ts';
import { compareImages, shrink } from './visual/compare.ts';

const REFERENCES = 'tests/visual';
const FAILURES = 'test-results/visual';
const UPDATE = process.env.UPDATE_VISUAL === '1';

interface View {
  name: string;
  viewport: { width: number; height: number };
  /** Page URL from the app's and the host's base URLs. */
  url: (app: string, host: string) => string;
  drawn: (page: Page) => Promise<void>;
}

const app = (name: string, hash: string, viewport = { width: 1280, height: 800 }): View => ({
  name,
  viewport,
  url: (base) => `${base}${hash}`,
  drawn: appMapDrawn,
});

const VIEWS: View[] = [
  app('map-default', '#v=1'),
  app('map-default-phone', '#v=1', { width: 390, height: 844 }),
  app('map-selected-pole', '#v=1&pole=aerospace-valley'),
  app('map-choropleth', '#v=1&layer=choropleth'),
  app('map-gaps', '#v=1&layer=gaps'),
  app('links', '#v=1&view=links'),
  {
    name: 'embed-occitanie-phone',
    viewport: { width: 390, height: 844 },
    url: (_, host) => `${host}occitanie-phone.html`,
    drawn: (page) => mapReady(page),
  },
  {
    name: 'embed-occitanie-1000',
    viewport: { width: 1000, height: 700 },
    url: (_, host) => `${host}occitanie.html`,
    drawn: (page) => mapReady(page),
  },
  {
    name: 'presenter-first-stop',
    viewport: { width: 1280, height: 720 },
    url: (base) => `${base}present.html`,
    // The slide as the hall sees it: once the controls have hidden themselves (3 s without input).
    drawn: async (page) => {
      await presenterMapReady(page);
      await page.waitForFunction(
        () => {
          const toolbar = document.querySelector('poles-presenter')?.shadowRoot?.querySelector('.toolbar');
          return !!toolbar && getComputedStyle(toolbar).visibility === 'hidden';
        },
        undefined,
        { timeout: 15_000 },
      );
    },
  },
];

let served: Served;
let host: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveDist();
  host = await serveHost({ csp: STRICT_POLICY });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await served?.close();
});

/** A screenshot once the page has stopped changing (two equal shots in a row): labels, fades and
 * late tiles settle at their own pace on the CPU renderer. */
async function settledShot(page: Page): Promise<Buffer> {
  let last = await page.screenshot();
  for (let attempt = 0; attempt < 12; attempt++) {
    await page.waitForTimeout(250);
    const next = await page.screenshot();
    if (next.equals(last)) return next;
    last = next;
  }
  return last;
}

describe('visual regression of the main views', () => {
  for (const view of VIEWS) {
    it(view.name, async () => {
      const page = await browser.newPage({ viewport: view.viewport, reducedMotion: 'reduce' });
      try {
        await page.goto(view.url(served.url, host.url));
        await view.drawn(page);
        await page.evaluate(() => document.fonts.ready);
        const shot = shrink(PNG.sync.read(await settledShot(page)));
        const file = `${REFERENCES}/${view.name}.png`;
        if (UPDATE) {
          mkdirSync(REFERENCES, { recursive: true });
          writeFileSync(file, PNG.sync.write(shot));
          return;
        }
        expect(existsSync(file), `${file} is missing: run npm run test:visual:update`).toBe(true);
        const result = compareImages(PNG.sync.read(readFileSync(file)), shot);
        if (!result.matches) {
          mkdirSync(FAILURES, { recursive: true });
          writeFileSync(`${FAILURES}/${view.name}.actual.png`, PNG.sync.write(shot));
          writeFileSync(`${FAILURES}/${view.name}.diff.png`, PNG.sync.write(result.diff));
        }
        const share = (result.differentShare * 100).toFixed(2);
        expect(result.matches, `${view.name}: ${share} % of blocks differ, see ${FAILURES}/`).toBe(true);
      } finally {
        await page.close();
      }
    });
  }
});
