// SPDX-License-Identifier: MIT
// The partnership view in real Chromium: a chord picked in the diagram lights up its pôles on the
// map and goes into the URL; the matrix counts exactly the partnerships listed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  appMapPoint,
  appDrawnPole,
  appMapDrawn,
  appSuite,
  colourDistance,
  openApp,
  pixelAt,
} from './harness.ts';
import { SECTOR_COLOURS, hexToRgb } from '../../src/theme/palette.ts';
import type { PartnershipsFile, PolesFile } from '../../src/types.ts';

const poles = JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile;

const partnerships = JSON.parse(readFileSync('public/data/partnerships.json', 'utf8')) as PartnershipsFile;

const suite = appSuite({ viewport: { width: 1200, height: 760 } }, async ({ served, page }) => {
  // Framed on France so that the pôles stand apart (the view frames the world by default).
  await page.goto(`${served.url}#v=1&view=links&cam=1.5,46.5,4.6`);
  await app('poles-links svg path.ribbon').first().waitFor();
  await appMapDrawn(page);
});

const app = (selector: string) => suite.page.locator('poles-app').locator(selector);
const hash = () => suite.page.evaluate(() => window.location.hash);

describe('the partnership view', () => {
  it('highlights the pôles of a chord picked in the diagram on the map, and puts it in the hash', async () => {
    // The Mer pôles' twin link: two pôles with HQs of their own (Brest, Toulon).
    const edge = partnerships.edges.find(
      (e) => e.source === 'pole-mer-bretagne-atlantique' && e.target === 'pole-mer-mediterranee',
    )!;
    await app(`poles-links svg path.ribbon[data-key*="${edge.source}"][data-key*="${edge.target}"]`)
      .first()
      .dispatchEvent('click');
    await expect.poll(hash).toMatch(/link=(edge|label):/);
    await appMapDrawn(suite.page);
    for (const id of [edge.source, edge.target]) {
      const pole = poles.features.find((f) => f.id === id)!;
      const { x, y } = await appDrawnPole(suite.page, id);
      // Highlighted: full sector colour in the middle and a dark ring around it.
      const colour = hexToRgb(SECTOR_COLOURS[pole.properties.sector]);
      await expect.poll(async () => colourDistance(await pixelAt(suite.page, x, y), colour)).toBeLessThan(35);
      // The ring's radius depends on the symbol's size: one of the pixels 8 to 14 px right is dark.
      const ring = await Promise.all([8, 9, 10, 11, 12, 13, 14].map((dx) => pixelAt(suite.page, x + dx, y)));
      expect(Math.min(...ring.map((c) => colourDistance(c, [20, 20, 20])))).toBeLessThan(90);
    }
    // A pôle outside the partnership fades.
    const other = poles.features.find((f) => f.id === 'vegepolys')!;
    const o = await appMapPoint(suite.page, other.geometry!.coordinates);
    const otherColour = hexToRgb(SECTOR_COLOURS[other.properties.sector]);
    expect(colourDistance(await pixelAt(suite.page, o.x, o.y), otherColour)).toBeGreaterThan(35);
  });

  it('counts in the matrix exactly the partnerships listed', async () => {
    await app('poles-links select[name=view]').selectOption('matrix');
    await app('poles-links svg rect.cell').first().waitFor();
    const sum = await app('poles-links svg rect.cell:not([data-mirror])').evaluateAll((cells) =>
      cells.reduce((n, c) => n + Number(c.getAttribute('data-value')), 0),
    );
    const rows = await app('poles-links tbody tr').count();
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBe(rows);
  });

  it('frames every partner shown when opened without a camera, and keys the arcs and the partners in its legend', async () => {
    await openApp(suite.page, `${suite.served.url}#v=1&view=links`);
    const box = (await app('poles-map').boundingBox())!;
    const ends = partnerships.edges
      .filter((e) => e.targetKind !== 'pole' && e.targetLonLat && (e.yearStart ?? 0) <= 2019)
      .map((e) => e.targetLonLat!);
    expect(ends.length).toBeGreaterThan(10);
    // The easternmost and westernmost partners (Japan, the Americas) are both on the map.
    const east = ends.reduce((a, b) => (b[0] > a[0] ? b : a));
    const west = ends.reduce((a, b) => (b[0] < a[0] ? b : a));
    for (const end of [east, west]) {
      await expect
        .poll(
          async () => {
            const at = await appMapPoint(suite.page, end);
            return at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height;
          },
          { timeout: 10_000, message: end.join(',') },
        )
        .toBe(true);
    }
    // No overseas inset at the world scale; the legend keys the arcs by kind, then the partners.
    expect(await app('poles-map .insets').count()).toBe(0);
    await app('poles-map details.legend summary').click();
    const items = await app('poles-map details.legend li').allTextContents();
    expect(items).toContain('Partenaire à l’étranger (ville)');
    expect(items).toContain('protocole d’accord');
  });

  it('groups the partners of Québec apart from the rest of Canada; choosing it filters the list; search and reload find it again', async () => {
    await openApp(suite.page, `${suite.served.url}#v=1&view=links&diagram=international&links=all`);
    const links = (selector: string) => app('poles-links').locator(selector);
    const quebecBar = links('svg.chart g.country[data-key="CA-quebec"]');
    await quebecBar.waitFor();
    expect(await quebecBar.getAttribute('data-level')).toBe('region');
    expect(await quebecBar.locator('text.name').evaluate((el) => el.firstChild?.textContent?.trim())).toBe(
      'Québec',
    );
    // Under Canada's bar, in order.
    const keys = await links('svg.chart g.country').evaluateAll((bars) =>
      bars.map((b) => b.getAttribute('data-key')),
    );
    expect(keys.indexOf('CA-quebec')).toBe(keys.indexOf('CA') + 1);
    const allRows = await links('tbody tr').count();

    // Choosing Québec: in the URL, and the list holds its partnerships only, each naming Québec.
    await quebecBar.locator('text.name').dispatchEvent('click');
    await expect.poll(hash).toContain('link=region:CA-quebec');
    const quebecRows = links('tbody tr');
    await expect.poll(() => quebecRows.count()).toBeLessThan(allRows);
    const places = await quebecRows.evaluateAll((rows) =>
      rows.map((r) => r.children[3]!.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toBe('Canada · Québec');
    expect(await links('p.selection').textContent()).toContain('Québec (Canada)');

    // Reloading the URL restores the diagram and the selection.
    await suite.page.reload();
    await appMapDrawn(suite.page);
    await expect
      .poll(() => links('select[name=view]').inputValue(), { timeout: 10_000 })
      .toBe('international');
    await expect.poll(() => links('tbody tr').count(), { timeout: 10_000 }).toBe(places.length);
    expect(await links('p.selection').textContent()).toContain('Québec (Canada)');

    // The search finds Québec as a partner region and opens it, from the map with nothing selected.
    await suite.page.evaluate(() => (location.hash = '#v=1&links=all'));
    await expect.poll(hash).toBe('#v=1&links=all');
    await app('poles-search input').fill('Québec');
    const hit = app('poles-search li[role=option]').filter({ hasText: 'région partenaire' });
    await expect.poll(() => hit.count(), { timeout: 10_000 }).toBe(1);
    await hit.click();
    await expect.poll(hash).toContain('link=region:CA-quebec');
    expect(await hash()).toContain('diagram=international');
    await expect.poll(() => links('tbody tr').count(), { timeout: 10_000 }).toBe(places.length);
  });

  it('logs no error', () => {
    expect(suite.log.errors).toEqual([]);
  });
});
