// SPDX-License-Identifier: MIT
// Shared set-up of the end-to-end tests: the built app (dist/) served by `vite preview`, and
// Debian's Chromium driven by playwright-core with WebGL2 on SwiftShader (TOOLCHAIN.md).
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { PNG } from 'pngjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--js-flags=--expose-gc',
];

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serves dist/ (built by `vite build` before the e2e project runs) on a free loopback port. */
export async function serveDist(): Promise<Served> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first');
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 4173, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no URL');
  return { url, close: () => server.close() };
}

/**
 * Debian's Chromium. Its pages and contexts run without the app's service worker unless a test asks
 * for it (`serviceWorkers: 'allow'`, offline.e2e.ts): a worker that controls a page answers the
 * page's requests itself, which `page.route()` does not see, and its precaching would weigh on the
 * test; whether it has claimed the page yet would be a race.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
  return browser;
}

export interface PageLog {
  errors: string[];
  requests: string[];
}

/** Records console errors, page errors and every request the page makes. */
export function recordPage(page: Page): PageLog {
  const log: PageLog = { errors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(String(error)));
  page.on('request', (request) => log.requests.push(request.url()));
  return log;
}

/** The built app served and a Chromium, shared by the tests of a file. */
export interface BrowserSuite {
  served: Served;
  browser: Browser;
}

/** …and one page of that Chromium, with its log. */
export interface AppSuite extends BrowserSuite {
  page: Page;
  log: PageLog;
}

/**
 * Starts the app's server and a Chromium before the tests of the current file or describe block,
 * and closes both after them: the set-up that nearly every e2e file repeated. The fields are filled
 * by the beforeAll hook, so read them in tests and hooks only (at module level they are not set yet).
 */
export function browserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(() => startBrowser(suite));
  afterAll(() => stopBrowser(suite));
  return suite;
}

/**
 * browserSuite() plus one page opened with `options` (its viewport…) and recorded by recordPage(),
 * then handed to `ready` (to route, navigate and wait) in the same hook.
 */
export function appSuite(
  options: BrowserContextOptions,
  ready?: (suite: AppSuite) => Promise<unknown>,
): AppSuite {
  const suite = {} as AppSuite;
  beforeAll(async () => {
    await startBrowser(suite);
    suite.page = await suite.browser.newPage(options);
    suite.log = recordPage(suite.page);
    await ready?.(suite);
  });
  afterAll(() => stopBrowser(suite));
  return suite;
}

async function startBrowser(suite: BrowserSuite): Promise<void> {
  suite.served = await serveDist();
  suite.browser = await launchChromium();
}

/** Closes what started: the browser or the server may be missing when the set-up failed. */
async function stopBrowser(suite: Partial<BrowserSuite>): Promise<void> {
  await suite.browser?.close();
  await suite.served?.close();
}

/** The colour of the page's pixel at (x, y) in CSS pixels, from a real screenshot of the compositor. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = PNG.sync.read(
    await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } }),
  );
  return [png.data[0]!, png.data[1]!, png.data[2]!];
}

/** Euclidean distance between two RGB colours. */
export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

/** Waits until the app's <poles-map> exists and has drawn the app's latest state. */
export async function appMapDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !!document.querySelector('poles-app')?.shadowRoot?.querySelector('poles-map'),
  );
  await page.evaluate(() =>
    (
      document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map') as unknown as {
        drawn(): Promise<void>;
      }
    ).drawn(),
  );
}

/** Opens `url` in a fresh document (a same-document hash change would keep the last state) and waits for the map. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  await appMapDrawn(page);
}

/** [lon, lat] → page pixels through the app's map `project()`. */
export function appMapPoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map') as HTMLElement & {
      project(p: [number, number]): { x: number; y: number };
    };
    const box = map.getBoundingClientRect();
    const p = map.project(ll);
    return { x: box.left + p.x, y: box.top + p.y };
  }, lonLat);
}

/** Where the app's map draws pôle `id` (pôles sharing a seat are spread on a ring), in page pixels. */
export function appDrawnPole(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((poleId) => {
    const map = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map') as HTMLElement & {
      drawnAt(id: string): { x: number; y: number } | null;
    };
    const box = map.getBoundingClientRect();
    const p = map.drawnAt(poleId);
    if (!p) throw new Error(`pôle ${poleId} is not drawn`);
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/** Waits until present.html's <poles-presenter> holds a map that has drawn its first frame. */
export async function presenterMapReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !!document.querySelector('poles-presenter')?.shadowRoot?.querySelector('poles-map'),
  );
  await page.evaluate(
    () =>
      (
        document.querySelector('poles-presenter')!.shadowRoot!.querySelector('poles-map') as unknown as {
          ready: Promise<void>;
        }
      ).ready,
  );
}
