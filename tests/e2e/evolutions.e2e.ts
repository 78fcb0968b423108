// SPDX-License-Identifier: MIT
// The Évolutions view in real Chromium, on one page load: 2018 → 2019 lists the mergers of 2019 with
// their successors and reconciles 66 and 55; the lineage diagram draws a band per lineage and a
// click opens the pôle's profile and marks it on the map; the years and the net-change map go into
// the hash and come back from it. Screenshots of the view at three sizes land in test-results/.
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appMapDrawn, appMapPoint, appSuite, colourDistance, pixelAt } from './harness.ts';
import { MARK_COLOURS } from '../../src/layers/evolutions/evolutions.colours.ts';
import { hexToRgb } from '../../src/theme/palette.ts';
import type { PolesFile } from '../../src/types.ts';

const poles = JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile;

/** The mergers of 2019 in data/events.csv: each predecessor and the name of its successor. */
const MERGED_2019: Record<string, string> = {
  advancity: 'Cap Digital',
  'cancer-bio-sante': 'Eurobiomed',
  'cereales-vallee': 'Végépolys Valley',
  dream: 'France Water Team',
  hydreos: 'France Water Team',
  matikem: 'EuraMaterials',
  'mont-blanc-industries': 'CIMES',
  pass: 'Pôle Alimentation, Bien-être et Naturalité (ABEN)',
  picom: 'Cap Digital',
  'pole-eau': 'France Water Team',
  terralia: 'Pôle Alimentation, Bien-être et Naturalité (ABEN)',
  tes: 'Images & Réseaux',
  'up-tex': 'EuraMaterials',
  viameca: 'CIMES',
};

const suite = appSuite({ viewport: { width: 1280, height: 800 } }, async ({ served, page }) => {
  await page.goto(`${served.url}#v=1&view=evolutions&evo=2018-2019`);
  await evo('table.lineages tbody tr').first().waitFor();
  await evo('svg.chart g.band').first().waitFor();
  await appMapDrawn(page);
});

const evo = (selector: string) =>
  suite.page.locator('poles-app').locator('poles-evolutions').locator(selector);
const hash = () => suite.page.evaluate(() => window.location.hash);

describe('the Évolutions view', () => {
  it('lists the mergers of 2019 with their successors, and counts that reconcile', async () => {
    const merged = await evo('tr[data-kind="merged"]').evaluateAll((rows) =>
      rows.map((r) => [
        r.getAttribute('data-pole'),
        r.children[2]?.textContent?.trim(),
        r.children[3]?.textContent?.trim(),
      ]),
    );
    expect(Object.fromEntries(merged.map(([id, other]) => [id, other]))).toEqual(
      Object.fromEntries(Object.entries(MERGED_2019).map(([id, name]) => [id, `dans ${name}`])),
    );
    // Every merger is dated by its event and links to its source.
    expect(merged.every(([, , date]) => /^2019/.test(date ?? ''))).toBe(true);
    expect(await evo('tr[data-kind="merged"] a[href^="http"]').count()).toBe(14);
    expect(await evo('ul.mergers li[data-successor="cimes"]').textContent()).toMatch(
      /ViaMéca\s*\+\s*Mont-Blanc Industries\s*→\s*CIMES/,
    );
    expect(await evo('tr[data-kind="delabelled"][data-pole="trimatec"]').count()).toBe(1);
    const identity = (await evo('.identity').textContent())!.replace(/\s+/g, ' ').trim();
    expect(identity).toBe('66 pôles labellisés en 2018 − 15 sortis + 4 entrés = 55 en 2019');
  });

  it('draws a band per lineage; a click opens the profile and marks the pôle on the map', async () => {
    expect(await evo('svg.chart g.band').count()).toBe(poles.features.length);
    expect(await evo('svg.chart path.link').count()).toBeGreaterThan(20);
    await evo('svg.chart g.band[data-pole="picom"]').dispatchEvent('pointerenter');
    await expect.poll(() => evo('.tooltip').textContent()).toContain('fusionné dans Cap Digital (2019-12)');
    await evo('svg.chart g.band[data-pole="picom"] rect.bar').first().click();
    await expect.poll(hash).toContain('pole=picom');
    const profile = suite.page.locator('poles-app').locator('pole-profile');
    await expect.poll(() => profile.locator('h2').first().textContent()).toContain('PICOM');
    await appMapDrawn(suite.page);
    const picom = poles.features.find((f) => f.id === 'picom')!;
    const point = await appMapPoint(suite.page, picom.geometry!.coordinates);
    // The selected mark is drawn last and larger: its centre has the colour of a merger.
    expect(
      colourDistance(await pixelAt(suite.page, point.x, point.y), hexToRgb(MARK_COLOURS.merged)),
    ).toBeLessThan(40);
  });

  it('writes the years and the net-change map to the hash, and follows a hash it is given', async () => {
    await evo('select[name="evo-b"]').selectOption('2023');
    await expect.poll(hash).toContain('evo=2018-2023');
    await evo('input[name="evonet"]').check();
    await expect.poll(hash).toContain('evonet=1');
    await suite.page.evaluate(
      () => (window.location.hash = '#v=1&view=evolutions&evo=2010-2015&evonet=1&lang=en'),
    );
    await expect.poll(() => evo('h2').textContent()).toBe('What changed between 2010 and 2015');
    expect(await evo('select[name="evo-a"]').inputValue()).toBe('2010');
    expect(await evo('select[name="evo-b"]').inputValue()).toBe('2015');
    expect(await evo('input[name="evonet"]').isChecked()).toBe(true);
    // Both years before 2016: the net change is counted on the former régions.
    const headings = (await evo('h3').allTextContents()).map((h) => h.replace(/\s+/g, ' ').trim());
    expect(headings).toContain('Net change by région of the seat (régions before 2016)');
    await appMapDrawn(suite.page);
    const legend = suite.page.locator('poles-app').locator('poles-map').locator('poles-legend');
    await expect.poll(() => legend.count()).toBe(2);
  });

  it('looks right at three sizes, with no error and no request to another origin', async () => {
    mkdirSync('test-results', { recursive: true });
    await suite.page.evaluate(() => (window.location.hash = '#v=1&view=evolutions&evo=2018-2019&evonet=1'));
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
      [390, 844],
    ] as const) {
      await suite.page.setViewportSize({ width, height });
      await appMapDrawn(suite.page);
      await suite.page.screenshot({ path: `test-results/evolutions-${width}x${height}.png` });
      // The diagram scrolls inside its own box, which takes the keyboard focus, never the page.
      const box = await evo('.lineage-box').evaluate((el) => ({
        scroll: el.scrollWidth > el.clientWidth,
        focusable: (el as HTMLElement).tabIndex === 0,
        page: document.documentElement.scrollWidth <= window.innerWidth,
      }));
      expect(box.focusable).toBe(true);
      expect(box.page).toBe(true);
      if (width === 390) expect(box.scroll).toBe(true);
    }
    expect(suite.log.errors).toEqual([]);
    const origin = new URL(suite.served.url).origin;
    expect(
      suite.log.requests.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
    ).toEqual([]);
  });
});
