// SPDX-License-Identifier: MIT
// The embed build (dist/embed/) on other sites: host pages on a second origin whose Content-Security-
// Policy is a response header, hostile host CSS, two embeds on one page, attributes changed after
// load, the iframe page (dist/embed.html) and the "Partager / Intégrer" dialog.
import { readFileSync, rmSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { franceFeatures } from '../../src/geo/france.ts';
import { regionsBounds } from '../../src/map/frame.ts';
import { BASEMAP, hexToRgb } from '../../src/theme/palette.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Served } from './harness.ts';
import { buildHostPage, serveHost } from './hosts/server.ts';
import {
  BREST,
  STRICT_POLICY,
  TRIMATEC,
  attribute,
  colourAt,
  crossOriginPolicy,
  foreignRequests,
  mapReady,
  openPage,
  pagePoint,
  violations,
} from './hosts/embed-page.ts';
import { hostSuite } from './hosts/suite.ts';

const france = JSON.parse(readFileSync('public/data/france.topo.json', 'utf8')) as Topology;
const OCCITANIE = regionsBounds(franceFeatures(france, 'regions'), ['76'])!;

/** Below this distance a pixel has the pôle's colour; 40 px away it must not (so the check can fail). */
const SAME = 30;

const suite = hostSuite({ preview: true });
/** Pages of the current test, closed after it: each live map holds a WebGL context on the CPU. */
const pages: Page[] = [];

async function open(url: string, viewport?: { width: number; height: number }) {
  const opened = await openPage(suite.browser, url, viewport);
  pages.push(opened.page);
  return opened;
}

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

describe('the embed under a strict policy, served by the host itself', () => {
  it('draws Brest in its sector colour with no violation and no request to another origin', async () => {
    const { page, log } = await open(`${suite.host.url}strict.html`);
    await mapReady(page);
    expect(await colourAt(page, BREST.lonLat, BREST.colour)).toBeLessThan(SAME);
    expect(await colourAt(page, BREST.lonLat, BREST.colour, '#map', -40)).toBeGreaterThan(SAME);
    expect(await violations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(foreignRequests(log, new URL(suite.host.url).origin)).toEqual([]);
    // The data comes from next to the module, not from next to the host page.
    expect(log.requests).toContain(`${suite.host.url}embed/data/poles.geojson`);
  });

  it('still draws the map under hostile global CSS, at least --poles-map-min-height tall', async () => {
    const { page, log } = await open(`${suite.host.url}hostile.html`);
    await mapReady(page);
    expect(await colourAt(page, BREST.lonLat, BREST.colour)).toBeLessThan(SAME);
    const height = await page.evaluate(
      () => document.querySelector('poles-map')!.getBoundingClientRect().height,
    );
    expect(height).toBeGreaterThanOrEqual(320);
    expect(await violations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

describe('the embed served from another origin, under the policy the README gives', () => {
  let cdn: Served;
  beforeAll(async () => {
    cdn = await serveHost({ csp: null, cors: true });
  });
  afterAll(() => cdn?.close());

  it('draws Brest with no violation', async () => {
    const origin = new URL(cdn.url).origin;
    const crossHost = await serveHost({ csp: crossOriginPolicy(origin), embedBase: `${cdn.url}embed/` });
    try {
      const { page, log } = await open(`${crossHost.url}strict.html`);
      await mapReady(page);
      expect(await colourAt(page, BREST.lonLat, BREST.colour)).toBeLessThan(SAME);
      expect(await violations(page)).toEqual([]);
      expect(log.errors).toEqual([]);
    } finally {
      await crossHost.close();
    }
  });

  it('needs blob: in worker-src: MapLibre wraps a cross-origin worker in a same-origin Blob', async () => {
    const origin = new URL(cdn.url).origin;
    const policy = crossOriginPolicy(origin, `'self' ${origin}`);
    const crossHost = await serveHost({ csp: policy, embedBase: `${cdn.url}embed/` });
    try {
      const { page } = await open(`${crossHost.url}strict.html`);
      await expect.poll(() => violations(page), { timeout: 30_000 }).toContain('worker-src blob');
    } finally {
      await crossHost.close();
    }
  });
});

describe('two embeds on one page', () => {
  it('keep separate state: selecting a pôle in one leaves the other as it was', async () => {
    const { page, log } = await open(`${suite.host.url}two-maps.html`, { width: 1200, height: 700 });
    await mapReady(page, '#a');
    await mapReady(page, '#b');
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { __selected: seen });
      document.addEventListener('pole-select', (e) =>
        seen.push(`${(e.target as Element).id}:${(e as CustomEvent<{ id: string }>).detail.id}`),
      );
    });
    const textOfB = () => page.evaluate(() => document.querySelector('#b')!.shadowRoot!.textContent);
    const before = await textOfB();
    expect(await textOfB()).toContain('Data:');
    expect(await page.evaluate(() => document.querySelector('#a')!.shadowRoot!.textContent)).toContain(
      'Données',
    );

    const point = await pagePoint(page, BREST.lonLat, '#a');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => attribute(page, '#a', 'pole')).toBe(BREST.id);
    expect(await page.evaluate(() => (window as unknown as { __selected: string[] }).__selected)).toEqual([
      `a:${BREST.id}`,
    ]);
    expect(await attribute(page, '#b', 'pole')).toBeNull();
    expect(await textOfB()).toBe(before);

    await page.evaluate((id) => document.querySelector('#b')!.setAttribute('pole', id), TRIMATEC.id);
    expect(await attribute(page, '#a', 'pole')).toBe(BREST.id);
    expect(await violations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

describe('attributes changed after load', () => {
  it('follow phase and region, and a bad phase warns once and falls back to the default', async () => {
    const { page, log } = await open(`${suite.host.url}occitanie.html`);
    await mapReady(page);
    const trimatec = () => colourAt(page, TRIMATEC.lonLat, TRIMATEC.colour);
    const set = (name: string, value: string) =>
      page.evaluate(([n, v]) => document.querySelector('#map')!.setAttribute(n!, v!), [name, value]);
    // Not labelled in 2019 (the default phase).
    expect(await trimatec()).toBeGreaterThan(SAME);

    await set('phase', '2010');
    await expect.poll(trimatec, { timeout: 15_000 }).toBeLessThan(SAME);
    await set('region', '53');
    await expect.poll(trimatec, { timeout: 15_000 }).toBeGreaterThan(SAME);
    // A pre-2016 code (Languedoc-Roussillon) filters on the 2016 région it became part of.
    await set('region', '91');
    await expect.poll(trimatec, { timeout: 15_000 }).toBeLessThan(SAME);

    await set('phase', '1890');
    await expect.poll(trimatec, { timeout: 15_000 }).toBeGreaterThan(SAME);
    expect(log.warnings.filter((w) => w.includes('1890'))).toHaveLength(1);
    expect(log.warnings.find((w) => w.includes('1890'))).toContain('phase');
    expect(await violations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

describe('an embed of one région on a phone', () => {
  it('frames Occitanie at 390×844, with nothing of ours covering it', async () => {
    const { page, log } = await open(`${suite.host.url}occitanie-phone.html`, { width: 390, height: 844 });
    await mapReady(page);
    // No CSS from the page: the map is as tall as it is wide on a phone.
    const size = (await page.locator('#map').boundingBox())!;
    expect(size.height).toBeCloseTo(size.width, 0);
    const [west, south, east, north] = OCCITANIE;
    await expect
      .poll(async () => {
        const map = (await page.locator('#map').boundingBox())!;
        const sw = await pagePoint(page, [west, south], '#map');
        const ne = await pagePoint(page, [east, north], '#map');
        // Within the map, and filling most of its width.
        const inside =
          sw.x >= map.x && ne.x <= map.x + map.width && ne.y >= map.y && sw.y <= map.y + map.height;
        return inside && (ne.x - sw.x) / map.width > 0.6;
      })
      .toBe(true);
    // The rest of France is veiled: Lot-et-Garonne (Nouvelle-Aquitaine) in a blend of land and sea,
    // the Aveyron (Occitanie) in the land's colour.
    const land = hexToRgb(BASEMAP.land);
    await expect
      .poll(() => colourAt(page, [0.45, 44.25], land, '#map'), { timeout: 15_000 })
      .toBeGreaterThan(14);
    expect(await colourAt(page, [2.75, 44.1], land, '#map')).toBeLessThan(6);
    // The folded insets, the legend's button and "Vue d'ensemble" stand clear of the région's box.
    const sw = await pagePoint(page, [west, south], '#map');
    const ne = await pagePoint(page, [east, north], '#map');
    for (const selector of ['details.insets', 'details.legend', 'button.overview']) {
      const box = (await page.locator('#map').locator(selector).boundingBox())!;
      const overlaps = box.x < ne.x && sw.x < box.x + box.width && box.y < sw.y && ne.y < box.y + box.height;
      expect(overlaps, selector).toBe(false);
    }
    expect(log.errors).toEqual([]);
  });
});

describe('the iframe page, embed.html', () => {
  it('shows the state of its hash, and follows a new hash', async () => {
    const hash = `#v=1&year=2010&sector=energie-ecotech&region=76&lang=en`;
    const { page, log } = await open(`${suite.preview.url}embed.html${hash}`, { width: 800, height: 600 });
    await mapReady(page);
    const attrs = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelector('poles-map')!.attributes].map((a) => [a.name, a.value]),
        ),
      );
    expect(await attrs()).toMatchObject({
      phase: '2010',
      sector: 'energie-ecotech',
      region: '76',
      lang: 'en',
    });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await colourAt(page, TRIMATEC.lonLat, TRIMATEC.colour)).toBeLessThan(SAME);

    await page.evaluate((id) => (location.hash = `#v=1&pole=${id}`), BREST.id);
    await expect.poll(attrs).toMatchObject({ pole: BREST.id, lang: 'fr' });
    expect(Object.keys(await attrs())).not.toContain('phase');
    await expect
      .poll(() => colourAt(page, BREST.lonLat, BREST.colour), { timeout: 15_000 })
      .toBeLessThan(SAME);
    // Selecting Brest framed its pôle, in the west: Trimatec (not selected, in the Gard) is either
    // out of the frame or not drawn in its colour.
    const trimatec = await pagePoint(page, TRIMATEC.lonLat);
    const viewport = page.viewportSize()!;
    if (trimatec.x >= 0 && trimatec.x < viewport.width && trimatec.y >= 0 && trimatec.y < viewport.height)
      expect(await colourAt(page, TRIMATEC.lonLat, TRIMATEC.colour)).toBeGreaterThan(SAME);
    else expect(trimatec.x).toBeGreaterThan(viewport.width / 2);
    expect(log.errors).toEqual([]);
  });
});

describe('the demo page', () => {
  it('shows two embeds and the snippets that make them, with absolute URLs', async () => {
    const { page, log } = await open(`${suite.preview.url}demo.html`, { width: 1200, height: 900 });
    await mapReady(page, '[data-demo="0"] poles-map');
    await mapReady(page, '[data-demo="1"] poles-map');
    const text = await page.locator('pre').allTextContents();
    expect(text[0]).toBe(
      `<script type="module" src="${suite.preview.url}embed/poles-map.js"></script>\n` +
        `<poles-map region="76" lang="fr"></poles-map>`,
    );
    expect(text[2]).toContain(`src="${suite.preview.url}embed.html#v=1&amp;region=76"`);
    expect(log.errors).toEqual([]);
  });
});

describe('the "Partager / Intégrer" dialog', () => {
  let outDir: string;
  let shareHost: Served;
  const share = (page: Page) => page.locator('poles-share');
  /** Where the focus is, through shadow roots: inside the dialog, on the page, or on <body>. */
  const focus = (page: Page) =>
    page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const dialog = document.querySelector('poles-share')!.shadowRoot!.querySelector('dialog')!;
      if (dialog.contains(active)) return 'dialog';
      return active === document.body ? 'body' : (active?.getAttribute('part') ?? active?.tagName);
    });

  beforeAll(async () => {
    // <poles-share> belongs to the app, so it gets a page of its own, built from the sources.
    outDir = await buildHostPage('share.html');
    shareHost = await serveHost({ csp: STRICT_POLICY, built: outDir });
  });
  afterAll(async () => {
    await shareHost?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('traps the focus, closes on Escape and gives the focus back to its button', async () => {
    const { page, log } = await open(`${shareHost.url}built/share.html`);
    await page.waitForFunction(() => customElements.get('poles-share'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focus(page)).toBe('button');
    await page.keyboard.press('Enter');
    expect(await share(page).locator('dialog').getAttribute('open')).not.toBeNull();
    // The page behind is inert: Tab only ever reaches the dialog (or the browser's own UI, <body>).
    for (let i = 0; i < 10; i++) {
      expect(await focus(page)).toMatch(/^(dialog|body)$/);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Escape');
    expect(await share(page).locator('dialog').getAttribute('open')).toBeNull();
    expect(await focus(page)).toBe('button');
    expect(await violations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it('offers both snippets for the view, and copies them or selects them for the user', async () => {
    const { page } = await open(`${shareHost.url}built/share.html`);
    await page.waitForFunction(() => customElements.get('poles-share'));
    await share(page).locator('button[part="button"]').click();
    expect(await share(page).locator('#share-script').inputValue()).toBe(
      '<script type="module" src="https://example.org/poles/embed/poles-map.js"></script>\n' +
        '<poles-map pole="pole-mer-bretagne-atlantique" region="53" phase="2010" lang="fr"></poles-map>',
    );
    expect(await share(page).locator('#share-iframe').inputValue()).toMatch(
      /^<iframe src="https:\/\/example\.org\/poles\/embed\.html#v=1&amp;year=2010&amp;region=53&amp;pole=/,
    );
    expect(await share(page).locator('.note').textContent()).toContain('cam');

    await share(page).locator('button.copy').nth(1).click();
    await expect
      .poll(() => share(page).locator('.status').nth(1).textContent())
      .toBe('Copié dans le presse-papiers.');
    // A refused clipboard (plain http, a denied permission): the text is selected instead.
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('no')) },
      }),
    );
    await share(page).locator('button.copy').nth(2).click();
    await expect.poll(() => share(page).locator('.status').nth(2).textContent()).toContain('Ctrl+C');
    const selection = await share(page)
      .locator('#share-iframe')
      .evaluate((area: HTMLTextAreaElement) => [area.selectionStart, area.selectionEnd, area.value.length]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
    expect(await focus(page)).toBe('dialog');
  });
});
