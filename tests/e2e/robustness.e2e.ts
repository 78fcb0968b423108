// SPDX-License-Identifier: MIT
// Robustness in real Chromium (ENGINEERING.md B.5, B.6, issue 6): member lists imported in a
// worker (a test page now; the app's <poles-map members-src> once wired), hostile strings in the
// data, and 30 mounts and removals of a standalone map.
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openApp, recordPage, serveDist, type PageLog, type Served } from './harness.ts';
import { serveImportPage, type ImportPage } from '../fixtures/member-lists/test-page.ts';
import { generateMemberList } from '../fixtures/member-lists/generate.ts';
import { routeLists, runImport, startTicking, stopTicking } from '../fixtures/member-lists/in-page.ts';
import { buildHostileData, HOSTILE, HOSTILE_POLE } from '../fixtures/hostile/build.ts';
import {
  collectGarbage,
  countCanvases,
  firstMountCollected,
  mountStandalone,
  scanForInjection,
} from '../fixtures/hostile/probes.ts';
import { plural, t } from '../../src/i18n/messages.ts';

const BIG = generateMemberList(100_000);
const HOSTILE_DATA = buildHostileData();
// `members-src` is wired once the app's bundle carries the import worker: until then, skipped.
const WIRED =
  existsSync('dist/assets') && readdirSync('dist/assets').some((f) => f.includes('member-import.worker'));
const MOUNTS = 30;

let served: Served;
let importPage: ImportPage;
let browser: Browser;

beforeAll(async () => {
  [served, importPage, browser] = await Promise.all([serveDist(), serveImportPage(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await importPage?.close();
  await served?.close();
});

describe('member lists imported in a worker (test page, strict CSP)', () => {
  let page: Page;
  let log: PageLog;

  const run = (name: string, abortAtRow = 0) => runImport(page, name, abortAtRow);
  const noWorkerLeft = () => expect.poll(() => page.workers().length, { timeout: 5000 }).toBe(0);

  beforeAll(async () => {
    page = await browser.newPage();
    log = recordPage(page);
    await routeLists(page, BIG.bytes);
    await page.goto(importPage.url);
    await page.waitForFunction(() => typeof window.importMembersInWorker === 'function');
  });

  it('reads an Excel export (Windows-1252, ";") and lists the row it cannot place', async () => {
    const r = await run('latin1.csv');
    expect(r.report).toMatchObject({ encoding: 'windows-1252', delimiter: 'semicolon', rows: 3, placed: 2 });
    expect(r.organisations).toEqual(['Société Générale d’Électronique', 'Thalès Systèmes Aéroportés']);
    expect(r.report!.unplaced).toEqual([
      expect.objectContaining({ row: 4, organisation: 'Crêperie Œcuménique €' }),
    ]);
    await noWorkerLeft();
  });

  it('reads ";" and tab delimiters', async () => {
    expect((await run('semicolon.csv')).report).toMatchObject({
      delimiter: 'semicolon',
      placed: 3,
      unplaced: [],
    });
    expect((await run('tab.csv')).report).toMatchObject({ delimiter: 'tab', placed: 2, unplaced: [] });
  });

  it('keeps the good rows and lists the unknown communes and pôles by row', async () => {
    const r = await run('unknown-commune.csv');
    expect(r.report!.placed).toBe(2);
    expect(r.report!.unplaced.map((u) => u.row)).toEqual([3, 5, 6]);
    expect(r.report!.unplaced[1]!.reason).toBe('unknown commune "Ville-Qui-N-Existe-Pas"');
  });

  it('refuses a list without its columns, an empty file and a missing file, saying why', async () => {
    const missing = await run('missing-column.csv');
    expect(missing).toMatchObject({ ok: false, name: 'MemberListError' });
    expect(missing.message).toMatch(
      /^missing-column\.csv: missing column\(s\): pôle\. Columns found: "Raison sociale", "Ville"/,
    );
    expect(await run('empty.csv')).toMatchObject({ ok: false, message: 'empty.csv: the file is empty' });
    await page.route('**/fixtures/gone.csv', (route) => route.fulfill({ status: 404, body: '' }));
    expect(await run('gone.csv')).toMatchObject({ ok: false, message: 'gone.csv: HTTP 404' });
    await noWorkerLeft();
  });

  it('imports 100,000 rows with progress every 2,000 rows and the page never frozen', async () => {
    await startTicking(page);
    const started = Date.now();
    const r = await run('big.csv');
    const { gap, longestTask } = await stopTicking(page);
    console.info(
      `100k rows: ${Date.now() - started} ms; longest gap ${Math.round(gap)} ms, task ${Math.round(longestTask)} ms`,
    );
    expect(r.report).toMatchObject({ rows: 100_000, placed: 100_000 - BIG.badLines.length });
    expect(r.report!.unplaced.map((u) => u.row)).toEqual(BIG.badLines);
    const place = r.progress.filter((p) => p.phase === 'place').map((p) => p.done);
    expect(place.length).toBeGreaterThanOrEqual(50);
    expect(Math.max(...place.slice(1).map((d, i) => d - place[i]!))).toBeLessThanOrEqual(2000);
    expect(place.at(-1)).toBe(100_000);
    // Only the gap is asserted: a long task is wall-clock time, inflated when other processes
    // share the 2 cores; it is logged to tell our main-thread work from a starved CPU.
    expect(gap).toBeLessThan(1000);
    await noWorkerLeft();
  });

  it('stops the worker when aborted', async () => {
    const r = await run('big.csv', 10_000);
    expect(r).toMatchObject({ ok: false, name: 'AbortError' });
    expect(Math.max(...r.progress.map((p) => p.done))).toBeLessThan(100_000);
    await noWorkerLeft();
  });

  it('logs no error, and no CSP violation', () => {
    // The 404 of the missing-file case is the one error expected.
    expect(log.errors.filter((e) => !/404/.test(e))).toEqual([]);
  });
});

// Awaits the wiring of `members-src` in <poles-map> (the UI contract is in the report of issue 6).
describe.skipIf(!WIRED)('members-src on the app’s <poles-map>', () => {
  let page: Page;
  const inMap = (selector: string) => page.locator('poles-app').locator('poles-map').locator(selector);
  const status = () => inMap('.import-status').textContent();

  /** Sets members-src and records the map's `error` events in window.__importErrors. */
  async function importList(name: string): Promise<void> {
    await page.evaluate((src) => {
      const map = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map')!;
      const w = window as unknown as { __importErrors?: string[] };
      // One listener per page: a second list reuses it, with the record emptied.
      if (!w.__importErrors) {
        map.addEventListener('error', (e) =>
          w.__importErrors!.push((e as CustomEvent<{ message: string }>).detail.message),
        );
      }
      w.__importErrors = [];
      map.setAttribute('members-src', src);
    }, `/fixtures/${name}`);
  }
  const errors = () =>
    page.evaluate(() => (window as unknown as { __importErrors: string[] }).__importErrors);

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await routeLists(page, BIG.bytes);
  });

  /** A fresh app page, its map drawn. */
  const open = (): Promise<void> => openApp(page, served.url);

  it('shows progress, then the count of members placed, for a ";" list', async () => {
    await open();
    await importList('semicolon.csv');
    await expect
      .poll(status, { timeout: 30_000 })
      .toBe(t('fr', 'import.done', { file: 'semicolon.csv', placed: 3, rows: 3, unplaced: 0 }));
    expect(await inMap('.import-status').getAttribute('role')).toBe('status');
  });

  it('lists each row it could not place, decoded from Windows-1252', async () => {
    await open();
    await importList('latin1.csv');
    await expect
      .poll(status, { timeout: 30_000 })
      .toBe(t('fr', 'import.done', { file: 'latin1.csv', placed: 2, rows: 3, unplaced: 1 }));
    const row = await inMap('.import-report li').first().textContent();
    expect(row).toContain(
      t('fr', 'import.row', { row: 4, organisation: 'Crêperie Œcuménique €', reason: '' }).trim(),
    );
  });

  it('fires `error` with the reason for a list without its columns, and for an empty file', async () => {
    await open();
    await importList('missing-column.csv');
    await expect
      .poll(errors, { timeout: 30_000 })
      .toEqual([expect.stringMatching(/missing column\(s\): pôle/)]);
    expect(await status()).toMatch(/^La liste de membres n’a pas pu être utilisée\s: .*missing column/);
    await importList('empty.csv');
    await expect.poll(errors, { timeout: 30_000 }).toEqual([expect.stringContaining('the file is empty')]);
  });

  // The main thread's longest block while the sites reach the map is measured by `npm run bench`
  // (item import, members-src row), not asserted here: it is wall-clock time.
  it('imports 100,000 rows with a live row count', async () => {
    await open();
    // Samples the status text every 100 ms, to see the progress messages go by.
    await page.evaluate(() => {
      const w = window as unknown as { __seen: Set<string>; __sampler: number };
      const map = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map')!;
      w.__seen = new Set();
      w.__sampler = window.setInterval(() => {
        const text = map.shadowRoot!.querySelector('.import-status')?.textContent;
        if (text) w.__seen.add(text);
      }, 100);
    });
    await importList('big.csv');
    const done = t('fr', 'import.done', { file: 'big.csv', placed: 99_000, rows: 100_000, unplaced: 1000 });
    await expect.poll(status, { timeout: 60_000 }).toBe(done);
    const seen = await page.evaluate(() => [...(window as unknown as { __seen: Set<string> }).__seen]);
    const progress = new RegExp(
      `^${t('fr', 'import.progress', { done: '\u0001', total: '\u0002' })
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace('\u0001', '[\\d\\s\u202f]+')
        .replace('\u0002', '100\\s?000')}$`,
    );
    expect(seen.filter((text) => progress.test(text)).length).toBeGreaterThan(0);
    expect(await inMap('.import-report li').count()).toBeLessThanOrEqual(101);
    expect(await inMap('.import-report').textContent()).toContain(plural('fr', 'import.more', 900));
  });
});

// One app page for both (an app load costs ~10 s here): hostile data first, then 30 standalone maps
// over it, as a host page would add and remove them.
describe('the app page with hostile data', () => {
  let page: Page;
  let log: PageLog;
  const messages: string[] = [];

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    log = recordPage(page);
    page.on('console', (m) => messages.push(m.text()));
    const files: Record<string, unknown> = {
      'poles.geojson': HOSTILE_DATA.poles,
      'members.geojson': HOSTILE_DATA.members,
      'partnerships.json': HOSTILE_DATA.partnerships,
    };
    await page.route(/\/data\/(poles\.geojson|members\.geojson|partnerships\.json)$/, (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify(files[new URL(route.request().url()).pathname.split('/').pop()!]),
      }),
    );
    await page.goto(served.url);
  });

  afterAll(() => page?.close());

  it('never runs hostile strings, shows them as text and never links a javascript: URL', async () => {
    const title = await page.title();
    await page.waitForFunction(
      () => !!document.querySelector('poles-app')?.shadowRoot?.querySelector('poles-map'),
    );
    // Where the hostile pôle's HQ is on screen, once the map has drawn.
    const at = await page.evaluate(async (ll) => {
      const map = document
        .querySelector('poles-app')!
        .shadowRoot!.querySelector('poles-map') as HTMLElement & {
        drawn(): Promise<void>;
        project(p: [number, number]): { x: number; y: number };
      };
      await map.drawn();
      const box = map.getBoundingClientRect();
      const p = map.project(ll);
      return { x: box.left + p.x, y: box.top + p.y };
    }, HOSTILE_DATA.lonLat);
    const app = (s: string) => page.locator('poles-app').locator(s);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => app('poles-map .tooltip').textContent()).toContain(HOSTILE.poleName);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => app('pole-profile h2').textContent()).toBe(HOSTILE.poleName);
    const profile = await app('pole-profile section').textContent();
    expect(profile).toContain(HOSTILE.theme);
    expect(profile).toContain(HOSTILE.organisation);

    await page.evaluate((id) => (location.hash = `#v=1&view=links&pole=${id}`), HOSTILE_POLE);
    const ribbon = app(
      `poles-links svg path.ribbon[data-key*="${HOSTILE_POLE}"][data-key*="pole-mer-mediterranee"]`,
    ).first();
    await ribbon.waitFor({ state: 'attached' });
    await ribbon.dispatchEvent('pointerenter', { clientX: 600, clientY: 300 });
    await expect.poll(() => app('poles-links .tooltip').textContent()).toContain(HOSTILE.partnership);
    expect(await app('poles-links tbody').textContent()).toContain(HOSTILE.partnership);
    await page.waitForTimeout(300); // an <img onerror> would fire once the image fails to load

    const found = await scanForInjection(page);
    expect(found).toEqual({ xss: undefined, jsLinks: 0, injected: 0 });
    expect(await page.title()).toBe(title);
    expect(await page.evaluate(() => document.head.querySelectorAll('title *').length)).toBe(0);
    expect(log.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it(`mounts and removes a standalone map ${MOUNTS} times: one WebGL context left, the first one collected`, async () => {
    const times: number[] = [];
    let heapAfterFirst = 0;
    for (let i = 0; i < MOUNTS; i++) {
      times.push(await mountStandalone(page, i, i === MOUNTS - 1));
      if (i === 0) heapAfterFirst = await collectGarbage(page);
    }
    expect(await countCanvases(page)).toEqual({ standalone: 1, inApp: 1, all: 2 });
    await page.evaluate(() => document.querySelectorAll('body > poles-map').forEach((el) => el.remove()));
    const heapAfterAll = await collectGarbage(page, 5);
    const sorted = [...times].sort((x, y) => x - y);
    console.info(
      `${MOUNTS} mounts: median ${Math.round(sorted[MOUNTS >> 1]!)} ms, max ${Math.round(sorted.at(-1)!)} ms; ` +
        `JS heap after gc: ${(heapAfterFirst / 1e6).toFixed(1)} MB after the first, ${(heapAfterAll / 1e6).toFixed(1)} MB after all`,
    );
    expect(messages.filter((m) => /Too many active WebGL contexts/.test(m))).toEqual([]);
    // The first removed map's canvas is collected. Its causes of a lasting leak so far: deck.gl
    // #10355 (a devicePixelRatio listener of deck's canvas context, destroyed by MapEngine.destroy());
    // then a first map torn down before deck had attached its device, whose chunk the first map of a
    // page fetches (MapLibre went idle first, so `ready` came before deck's device existed).
    for (let round = 0; round < 10 && !(await firstMountCollected(page)); round++) await collectGarbage(page);
    expect(await firstMountCollected(page)).toBe(true);
    expect(log.errors).toEqual([]);
  }, 300_000);
});
