// SPDX-License-Identifier: MIT
// Time in real Chromium (one page load for the year views, one for the phone): year 2023 lists the
// 55 pôles and names the published figure with its source; year 2014 shows no partnership starting
// after 2014; the new hash fields (sites, links, undated) round-trip; a pôle with disputed seats says
// so. Screenshots of the year panel and a profile at 1280×800 and 390×844 go to test-results/ (gitignored).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appMapDrawn, browserSuite, openApp, recordPage, type PageLog } from './harness.ts';

/** The page of the desktop cases, and what it logged. */
let page: Page;
let log: PageLog;
const suite = browserSuite();

const hash = () => page.evaluate(() => window.location.hash);
const app = (selector: string) => page.locator('poles-app').locator(selector);
const text = async (selector: string) =>
  ((await app(selector).first().textContent()) ?? '').replace(/\s+/g, ' ');

/** A same-document hash change (the app follows it), then the map's next frame. */
async function go(hashPart: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hashPart);
  await appMapDrawn(page);
}

describe('time: years 2005-2026 (1280×800)', () => {
  beforeAll(async () => {
    page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    log = recordPage(page);
    await openApp(page, `${suite.served.url}#v=1&year=2023`);
  });

  it('lists the 55 pôles of 2023 and names the published figure, its source and what it counts', async () => {
    await expect.poll(() => app('.pole-list > li').count()).toBe(55);
    const panel = await text('section.year');
    expect(panel).toContain('55 pôles labellisés en 2023 selon nos données');
    expect(panel).toContain('55 — décision du gouvernement, 27 mars 2023');
    expect(panel).toContain('53 — presse, 29 mars 2023');
    expect(panel).toMatch(/Pourquoi\s?: 55 labellisés le 27 mars 2023/);
    expect(await app('section.year .figures a').first().getAttribute('href')).toMatch(/^https:\/\//);
    // The research text of what a source counts is marked as English, never passed off as French.
    expect(await app('section.year .figures [lang=en]').count()).toBe(2);
    expect(await app('poles-controls input[name=year]').getAttribute('max')).toBe('2026');
    await app('section.year').screenshot({ path: 'test-results/time-year-2023-1280.png' });
  });

  it('lists the pôles whose status no source gives (2025)', async () => {
    await go('#v=1&year=2025');
    await expect
      .poll(() => text('section.year .unknown'))
      .toContain('7 pôles au statut non documenté en 2025');
    expect(await app('section.year .unknown button').count()).toBe(7);
    expect(await text('section.year')).toContain('aucun chiffre trouvé (2025)');
  });

  it('shows no partnership starting after 2014 in 2014, marks undated ones, and round-trips the new hash fields', async () => {
    await go('#v=1&year=2014&view=links');
    await app('poles-links .list tbody tr').first().waitFor();
    const years = await app('poles-links .list tbody td:nth-last-child(2)').allTextContents();
    const starts = years.flatMap((y) => [...y.matchAll(/(\d{4})/g)].slice(0, 1).map((m) => Number(m[1])));
    expect(starts.length).toBeGreaterThan(0);
    expect(Math.max(...starts)).toBeLessThanOrEqual(2014);
    expect(await text('poles-links .summary')).toMatch(
      /partenariats actifs en 2014, dont \d+ aux dates inconnues/,
    );
    const undated = await app('poles-links .list td.undated').count();
    expect(undated).toBeGreaterThan(0);
    expect(await app('poles-links .list td.undated').first().textContent()).toContain('dates inconnues');
    // Hide the undated ones, then show all ever recorded: both written to the hash.
    await app('input[name=undated]').uncheck();
    await expect.poll(hash).toMatch(/^#v=1&view=links&year=2014&(cam=[^&]+&)?undated=0$/);
    await expect.poll(() => app('poles-links .list td.undated').count()).toBe(0);
    await app('input[name=link-years][value=all]').check();
    await expect.poll(hash).toMatch(/^#v=1&view=links&year=2014&(cam=[^&]+&)?links=all&undated=0$/);
    await expect.poll(() => text('poles-links .summary')).toMatch(/partenariats recensés, toutes années/);
    // Reloading that hash gives the same controls back; sites=phase too.
    await openApp(page, `${suite.served.url}#v=1&view=links&year=2014&links=all&undated=0&sites=phase`);
    expect(await app('input[name=link-years][value=all]').isChecked()).toBe(true);
    expect(await app('input[name=undated]').isChecked()).toBe(false);
    // The same fields (the app may write them back in its own order, with the camera it framed).
    const fields = [...new URLSearchParams((await hash()).slice(1))].filter(([k]) => k !== 'cam');
    expect(Object.fromEntries(fields)).toEqual({
      v: '1',
      view: 'links',
      year: '2014',
      links: 'all',
      undated: '0',
      sites: 'phase',
    });
    // The site basis is a map control: back on the map, it is checked and said in the summary.
    await go('#v=1&year=2014&sites=phase');
    expect(await app('poles-controls input[name=site-years][value=phase]').isChecked()).toBe(true);
    expect(await text('.summary')).toContain('documentés pour la phase 3 (2013-2018)');
    await app('poles-controls input[name=site-years][value=all]').check();
    await expect.poll(hash).toMatch(/^#v=1&year=2014(&cam=[^&]+)?$/);
  });

  it('shows a disputed seat as such in the profile, and the name of the year with the later ones', async () => {
    await openApp(page, `${suite.served.url}#v=1&year=2023&pole=polymeris`);
    expect(await text('pole-profile .hq-in')).toBe('Lyon ou Bellignat selon les sources');
    await app('pole-profile').screenshot({ path: 'test-results/time-profile-1280.png' });
    await go('#v=1&year=2021&pole=iar');
    await expect
      .poll(() => text('pole-profile .name-in'))
      .toBe('IAR, devenu Bioeconomy For Change (B4C) en 2022');
    expect(log.errors).toEqual([]);
  });
});

describe('time: phone (390×844)', () => {
  let phone: Page;
  beforeAll(async () => {
    phone = await suite.browser.newPage({ viewport: { width: 390, height: 844 } });
    await openApp(phone, `${suite.served.url}#v=1&year=2024&pole=polymeris`);
  });

  it('fits the year panel and the profile on a phone', async () => {
    const inPhone = (selector: string) => phone.locator('poles-app').locator(selector);
    await inPhone('section.year').screenshot({ path: 'test-results/time-year-2024-390.png' });
    await inPhone('pole-profile').screenshot({ path: 'test-results/time-profile-390.png' });
    const box = await inPhone('section.year').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(await inPhone('section.year').textContent()).toContain('56 — AFPC');
  });
});
