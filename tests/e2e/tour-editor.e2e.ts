// SPDX-License-Identifier: MIT
// The tour editor in real Chromium (issue 16 §2): two views of the app added to the tour, a
// caption written, the stops reordered with the keyboard, the tour saved (the download captured),
// reset and reopened with the file picker, then run by present.html?tour=<its URL> and by
// present.html?local-tour: the same stops, in the same order. A broken tour file is refused on
// the stage with the field at fault; the open panel has no serious axe violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { plural, t } from '../../src/i18n/messages.ts';
import { browserSuite, openApp, presenterMapReady, recordPage, type PageLog } from './harness.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const suite = browserSuite();
let context: BrowserContext;
let page: Page;
let log: PageLog;
/** The saved file's text, served to present.html?tour= by a route of the test. */
let saved = '';

const editor = (selector: string) => page.locator('poles-tour-editor').locator(selector);
const stop = (n: number) => editor('li.stop').nth(n);
/** White space collapsed (the narrow no-break spaces of French typography included). */
const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
/** The text of an element as it reads. */
const text = async (locator: Locator) => norm(await locator.textContent());
const stopTitles = () => editor('li.stop .stop-title').allTextContents();
/** The title of every stop of present.html, stepping through it with →. */
async function presentedTitles(count: number): Promise<string[]> {
  const titles: string[] = [];
  for (let n = 1; n <= count; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    const counter = page.locator('poles-presenter').locator('.counter [aria-hidden]');
    await expect.poll(() => counter.textContent(), { timeout: 10_000 }).toBe(`${n} / ${count}`);
    titles.push((await page.locator('poles-presenter').locator('.caption h1').textContent()) ?? '');
  }
  return titles;
}

beforeAll(async () => {
  context = await suite.browser.newContext({
    viewport: { width: 1280, height: 800 },

    acceptDownloads: true,
  });
  await context.route('**/e2e-tours/*.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: route.request().url().endsWith('broken.json')
        ? '{"stops": [{"state": "#v=1", "title": {"fr": "a", "en": "b"}, "caption": {"fr": "c"}}]}'
        : saved,
    }),
  );
  page = await context.newPage();
  log = recordPage(page);
});

afterAll(() => context?.close());

describe('the tour editor', () => {
  it('adds two views of the app, with their year as default title and the caption to write', async () => {
    await openApp(page, `${suite.served.url}#v=1&year=2010`);
    await page.locator('poles-app').locator('details.tour > summary').click();
    await editor('button.add').click();
    await expect.poll(stopTitles, { timeout: 10_000 }).toEqual(['Carte, 2010']);
    // Its caption is still empty: the field says so, in parseTour's words.
    await expect
      .poll(() => stop(0).locator('.pair').nth(1).locator('.problems').textContent())
      .toContain('fr: missing or empty');
    await page.evaluate(() => (window.location.hash = '#v=1&year=2016&layer=choropleth'));
    await editor('button.add').click();
    await expect.poll(stopTitles).toEqual(['Carte, 2010', 'Carte, 2016']);
    expect(await editor('li.stop').nth(1).locator('code').textContent()).toBe(
      '#v=1&layer=choropleth&year=2016',
    );
  });

  it('takes the captions and notes written, then says the tour is ready', async () => {
    await stop(0).locator('textarea[name="caption-fr"]').fill('{poles} pôles en {year}');
    await stop(0).locator('textarea[name="caption-en"]').fill('{poles} pôles in {year}');
    await stop(1).locator('textarea[name="caption-fr"]').fill('La concentration par région');
    await stop(1).locator('textarea[name="caption-en"]').fill('Concentration by région');
    await stop(1).locator('textarea[name="notes-fr"]').fill('Montrer l’Île-de-France');
    await expect.poll(() => editor('.problems').count()).toBe(0);
    expect(await editor('a.present').getAttribute('href')).toMatch(
      /present\.html\?local-tour#stop=1&lang=fr$/,
    );
  });

  it('moves a stop with Alt+↑ on it, says where it went, and keeps the focus on it', async () => {
    await stop(1).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(stopTitles).toEqual(['Carte, 2016', 'Carte, 2010']);
    expect(await text(editor('[aria-live="polite"]'))).toBe(
      norm(t('fr', 'tourEditor.moved', { title: 'Carte, 2016', n: 1, total: 2 })),
    );
    expect(
      await page.evaluate(() =>
        document
          .querySelector('poles-app')!
          .shadowRoot!.querySelector('poles-tour-editor')!
          .shadowRoot!.activeElement?.getAttribute('data-id'),
      ),
    ).toBe(await stop(0).getAttribute('data-id'));
    // And back down with the button, then up again: the order the rest of the test expects.
    await stop(0).locator('button[name="down"]').click();
    await expect.poll(stopTitles).toEqual(['Carte, 2010', 'Carte, 2016']);
    await stop(1).locator('button[name="up"]').click();
    await expect.poll(stopTitles).toEqual(['Carte, 2016', 'Carte, 2010']);
  });

  it('moves a stop by dragging it by its handle onto another', async () => {
    // Folded, both stops are in the window together (a drag does not scroll).
    for (const n of [0, 1]) await stop(n).locator('summary').click();
    const head = { targetPosition: { x: 40, y: 12 } };
    await stop(1).locator('.handle').dragTo(stop(0), head);
    await expect.poll(stopTitles).toEqual(['Carte, 2010', 'Carte, 2016']);
    await stop(1).locator('.handle').dragTo(stop(0), head);
    await expect.poll(stopTitles).toEqual(['Carte, 2016', 'Carte, 2010']);
  });

  it('has no serious or critical axe violation with the panel open', async () => {
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help}`);
    });
    expect(violations).toEqual([]);
  });

  it('saves the tour as a JSON file, which parses with the same stops', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      editor('button[name="save"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^parcours-poles-\d{4}-\d{2}-\d{2}\.json$/);
    saved = readFileSync((await download.path())!, 'utf8');
    const json = JSON.parse(saved) as { stops: { title: { fr: string }; notes?: { fr: string } }[] };
    expect(json.stops.map((s) => s.title.fr)).toEqual(['Carte, 2016', 'Carte, 2010']);
    expect(json.stops[0]!.notes).toEqual({ fr: 'Montrer l’Île-de-France', en: '' });
    expect(json.stops[1]!.notes).toBeUndefined();
  });

  it('resets, then reopens the saved file with the file picker', async () => {
    await editor('button[name="reset"]').click();
    await expect.poll(() => editor('li.stop').count()).toBe(0);
    await editor('input[name="open"]').setInputFiles({
      name: 'parcours.json',
      mimeType: 'application/json',
      buffer: Buffer.from(saved),
    });
    await expect.poll(stopTitles).toEqual(['Carte, 2016', 'Carte, 2010']);
    expect(await text(editor('.status p'))).toBe(
      norm(
        `${plural('fr', 'tourEditor.opened', 2, { file: 'parcours.json' })} ${t('fr', 'tourEditor.undo')}`,
      ),
    );
  });

  it('refuses a file that is not a tour, naming the field, and keeps the tour', async () => {
    await editor('input[name="open"]').setInputFiles({
      name: 'faux.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"stops": [{"state": "#v=1"}]}'),
    });
    await expect
      .poll(() => editor('.status').textContent())
      .toContain('faux.json n’est pas un parcours valide');
    expect(await editor('.status .problems').textContent()).toContain('stops[0].title: expected');
    expect(await stopTitles()).toEqual(['Carte, 2016', 'Carte, 2010']);
    expect(log.errors).toEqual([]);
  });
});

describe('the saved tour on the stage', () => {
  it('runs from present.html?tour=<its URL> with the same stops in the same order', async () => {
    await page.goto(`${suite.served.url}present.html?tour=e2e-tours/saved.json`);
    await presenterMapReady(page);
    expect(await presentedTitles(2)).toEqual(['Carte, 2016', 'Carte, 2010']);
  });

  it('runs the tour kept in the browser from present.html?local-tour', async () => {
    await page.goto(`${suite.served.url}present.html?local-tour#stop=1&lang=fr`);
    await presenterMapReady(page);
    expect(await presentedTitles(2)).toEqual(['Carte, 2016', 'Carte, 2010']);
    expect(log.errors).toEqual([]);
  });

  it('refuses a broken tour file with the field at fault, and offers the default tour', async () => {
    await page.goto(`${suite.served.url}present.html?tour=e2e-tours/broken.json`);
    const failure = page.locator('main.tour-failure');
    await failure.waitFor();
    expect(await failure.locator('li').allTextContents()).toEqual(['stops[0].caption.en: missing or empty']);
    expect(await page.locator('poles-presenter').count()).toBe(0);
    await failure.getByRole('link', { name: 'Présenter le parcours par défaut' }).click();
    await presenterMapReady(page);
    await expect
      .poll(() => page.locator('poles-presenter').locator('.counter [aria-hidden]').textContent())
      .toMatch(/^1 \/ \d+$/);
  });
});
