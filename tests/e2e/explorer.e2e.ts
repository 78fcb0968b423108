// SPDX-License-Identifier: MIT
// The explorer in real Chromium: filters change the counts, the URL hash restores the same view,
// the language switch keeps the state, search works from the keyboard, an inset frames its
// département.
import { describe, expect, it } from 'vitest';
import { appDrawnPole, appMapPoint, appSuite, openApp } from './harness.ts';

const suite = appSuite({ viewport: { width: 1000, height: 700 } });

const app = (selector: string) => suite.page.locator('poles-app').locator(selector);
const summary = () => app('.summary').textContent();
const hash = () => suite.page.evaluate(() => window.location.hash);

async function open(hashPart = ''): Promise<void> {
  await openApp(suite.page, `${suite.served.url}${hashPart}`);
}

describe('the explorer', () => {
  it('changes the counts with a filter and writes it to the hash', async () => {
    await open();
    await expect
      .poll(summary)
      .toMatch(
        /^France\s: 55 pôles, \d+ sites documentés \(tous les sites documentés des pôles labellisés\)$/,
      );
    await app('poles-controls summary').click();
    await app('poles-controls input[name=regions][value="76"]').check();
    await expect.poll(summary).toMatch(/^Occitanie\s: \d+ pôles?, \d+ sites? documentés? \(/);
    const occitanie = Number((await summary())!.match(/: (\d+) pôle/)![1]);
    expect(occitanie).toBeLessThan(55);
    expect(await app('.pole-list > li').count()).toBe(occitanie);
    expect(await hash()).toBe('#v=1&region=76');
  });

  it('restores the same view from the hash on reload, and goes back and forward', async () => {
    await open('#v=1&year=2010&sector=mer&pole=pole-mer-mediterranee');
    await expect.poll(summary).toMatch(/^France\s: \d+ pôles, \d+ sites documentés \(/);
    expect(await app('poles-controls output').textContent()).toBe('2010');
    expect(await app('pole-profile h2').textContent()).toContain('Pôle Mer Méditerranée');
    const listed = await app('.pole-list > li').count();
    await suite.page.reload();
    await open('#v=1&year=2010&sector=mer&pole=pole-mer-mediterranee');
    expect(await app('.pole-list > li').count()).toBe(listed);
    await app('poles-controls .key-years button:text-is("2019")').click();
    await expect.poll(hash).toBe('#v=1&sector=mer&pole=pole-mer-mediterranee');
    await suite.page.goBack();
    await expect.poll(() => app('poles-controls output').textContent()).toBe('2010');
    await suite.page.goForward();
    await expect.poll(() => app('poles-controls output').textContent()).toBe('2019');
  });

  it('resets politely on a broken hash', async () => {
    await open('#v=1&year=1890&sector=bogus');
    await expect.poll(summary).toMatch(/^France\s: 55 pôles/);
    expect(await app('[role=status].note').textContent()).toContain('year');
    expect(await hash()).toBe('#v=1');
  });

  it('switches to English and keeps the state', async () => {
    await open('#v=1&year=2010&region=76');
    await app('button.lang').click();
    await expect.poll(summary).toMatch(/^Occitanie: \d+ pôles, \d+ documented sites \(/);
    expect(await hash()).toBe('#v=1&year=2010&region=76&lang=en');
    expect(await app('poles-controls output').textContent()).toBe('2010');
    expect(await suite.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('finds Aerospace Valley from the keyboard and opens its profile', async () => {
    await open();
    await app('poles-search input').fill('aerospace');
    await suite.page.keyboard.press('ArrowDown');
    await suite.page.keyboard.press('ArrowUp');
    await suite.page.keyboard.press('Enter');
    await expect.poll(() => app('pole-profile h2').textContent()).toBe('Aerospace Valley');
    const focused = await suite.page.evaluate(
      () =>
        document.querySelector('poles-app')!.shadowRoot!.querySelector('pole-profile')!.shadowRoot!
          .activeElement?.id,
    );
    expect(focused).toBe('profile-title');
    expect(await hash()).toContain('pole=aerospace-valley');
    // Its partners are read in the profile, then Escape gives the focus back to the search field.
    await expect.poll(() => app('pole-profile h3:has-text("Partenariats documentés")').count()).toBe(1);
    expect(await app('pole-profile .partners li').count()).toBeGreaterThan(0);
    await suite.page.keyboard.press('Escape');
    await expect.poll(() => app('pole-profile').count()).toBe(0);
    const back = await suite.page.evaluate(() => {
      const search = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-search')!;
      return search.shadowRoot!.activeElement?.tagName;
    });
    expect(back).toBe('INPUT');
  });

  it('frames a selected pôle whole, clear of the legend and of the overseas insets', async () => {
    // Aerospace Valley: Aquitaine and Midi-Pyrénées (down to the Pyrenees), sites in Biarritz and Paris.
    await open('#v=1&pole=aerospace-valley');
    const inside = async () => {
      const map = (await app('poles-map').boundingBox())!;
      const covers = [
        ...(await app('poles-map .inset').all()),
        ...(await app('poles-map poles-legend').all()),
      ];
      const boxes = await Promise.all(covers.map((c) => c.boundingBox()));
      const points = [
        await appDrawnPole(suite.page, 'aerospace-valley'),
        await appMapPoint(suite.page, [-1.55, 43.47]),
        await appMapPoint(suite.page, [1.5, 42.6]),
        await appMapPoint(suite.page, [2.35, 48.86]),
      ];
      return points.every(
        (p) =>
          p.x > map.x &&
          p.x < map.x + map.width &&
          p.y > map.y &&
          p.y < map.y + map.height &&
          boxes.every((b) => !b || p.x < b.x || p.x > b.x + b.width || p.y < b.y || p.y > b.y + b.height),
      );
    };
    await expect.poll(inside, { timeout: 10_000 }).toBe(true);
  });

  it('frames an overseas département when its inset is clicked', async () => {
    await open();
    await app('poles-map .inset[data-code="974"]').click();
    await expect.poll(hash, { timeout: 10_000 }).toMatch(/cam=55\.\d+,-21\.\d+,/);
  });

  it('maps concentration by région on the map of the year, with its table twin', async () => {
    await open('#v=1&layer=choropleth&metric=sites&norm=capita');
    await expect.poll(() => app('poles-table tbody tr').count(), { timeout: 15_000 }).toBe(18);
    // Before 2016 the 22 former régions (and the 5 overseas ones) are mapped.
    await app('poles-controls .key-years button:text-is("2010")').click();
    await expect.poll(() => app('poles-table tbody tr').count(), { timeout: 15_000 }).toBe(27);
    expect(await app('poles-table caption').textContent()).toMatch(/2010/);
  });

  it('ranks the coverage gaps and exports exactly the rows shown', async () => {
    await open('#v=1&layer=gaps&level=departement&gap=30');
    const rows = app('poles-gaps tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(50);
    const shown = await rows.count();
    const [download] = await Promise.all([
      suite.page.waitForEvent('download'),
      app('poles-gaps [part=download]').click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split(/\r?\n/);
    expect(lines.length - 1).toBe(shown);
    // Nothing of the table is cut on the right at 1280 and 1920 px; its box scrolls only vertically,
    // and can be scrolled from the keyboard.
    const box = app('poles-gaps .scroll');
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await suite.page.setViewportSize({ width, height });
      await expect
        .poll(() => box.evaluate((el) => el.scrollWidth - el.clientWidth), { message: `${width}×${height}` })
        .toBeLessThanOrEqual(0);
    }
    expect(await box.getAttribute('tabindex')).toBe('0');
    expect(await box.getAttribute('aria-label')).toMatch(/^Territoires classés/);
    await suite.page.setViewportSize({ width: 1000, height: 700 });
  });

  it('exports exactly the pôles shown as CSV', async () => {
    await open('#v=1&year=2010&region=76');
    const shown = await app('.pole-list > li').count();
    await app('details.export:not(.tour) summary').click();
    const [download] = await Promise.all([
      suite.page.waitForEvent('download'),
      app('.export button:has-text("CSV des pôles")').click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split(/\r?\n/);
    expect(shown).toBeGreaterThan(0);
    expect(lines.length - 1).toBe(shown);
  });

  it('logs no error on the way', () => {
    expect(suite.log.errors).toEqual([]);
  });
});
