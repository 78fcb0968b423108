// SPDX-License-Identifier: MIT
// The built app in real Chromium: it loads offline, draws the pôles where they are, lists the
// pôles of a phase and opens a pôle's profile.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { appMapPoint, appMapDrawn, appSuite, colourDistance, pixelAt } from './harness.ts';
import { VIEW_CHUNK_PREFIX } from '../../scripts/chunk-names.ts';
import { SECTOR_COLOURS, hexToRgb } from '../../src/theme/palette.ts';
import { SECTORS, type PolesFile } from '../../src/types.ts';
import { baseGeo } from '../../src/map/map-view.ts';
import type { Topology } from 'topojson-specification';

const poles = JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile;
// A pôle labelled in 2019 whose HQ commune is shared with no other pôle, in the far west: nothing
// of ours (legend, other HQs) can cover it.
const BREST = poles.features.find((f) => f.id === 'pole-mer-bretagne-atlantique')!;
const france = JSON.parse(readFileSync('public/data/france.topo.json', 'utf8')) as Topology;
const BRETAGNE = baseGeo(france).labels['2016'].find((label) => label.text === 'Bretagne')!;

const suite = appSuite({ viewport: { width: 1000, height: 700 } }, async ({ served, page }) => {
  await page.goto(served.url);
  await appMapDrawn(page);
});

const app = (selector: string) => suite.page.locator('poles-app').locator(selector);

describe('the app', () => {
  it('loads with no console error and no request to another origin', () => {
    expect(suite.log.errors).toEqual([]);
    const origin = new URL(suite.served.url).origin;
    const foreign = suite.log.requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(foreign).toEqual([]);
    expect(suite.log.requests.some((url) => url.endsWith('/data/poles.geojson'))).toBe(true);
  });

  it('draws the default map without any view.* chunk, which the bundle budget leaves out', () => {
    const scripts = suite.log.requests
      .filter((url) => url.endsWith('.js'))
      .map((url) => url.split('/').at(-1)!);
    expect(scripts.some((name) => name.startsWith('engine-'))).toBe(true);
    expect(scripts.filter((name) => name.startsWith(VIEW_CHUNK_PREFIX))).toEqual([]);
  });

  it("draws a known pôle's HQ in its sector colour at project()", async () => {
    expect(BREST.geometry).not.toBeNull();
    const { x, y } = await appMapPoint(suite.page, BREST.geometry!.coordinates);
    const expected = hexToRgb(SECTOR_COLOURS[BREST.properties.sector]);
    expect(colourDistance(await pixelAt(suite.page, x, y), expected)).toBeLessThan(30);
    // 40 px away there is sea or land, not the pôle colour: the check above can fail.
    expect(colourDistance(await pixelAt(suite.page, x - 40, y), expected)).toBeGreaterThan(30);
  });

  it('hides an HQ on the GPU when its sector is filtered out, and shows it again with its sector', async () => {
    const sector = BREST.properties.sector;
    const other = SECTORS.find((s) => s !== sector)!;
    const expected = hexToRgb(SECTOR_COLOURS[sector]);
    const atBrest = async () => {
      const { x, y } = await appMapPoint(suite.page, BREST.geometry!.coordinates);
      return colourDistance(await pixelAt(suite.page, x, y), expected);
    };
    const go = async (hash: string) => {
      await suite.page.evaluate((h) => (window.location.hash = h), hash);
      await appMapDrawn(suite.page);
    };
    await go(`#v=1&sector=${other}`);
    await expect.poll(atBrest).toBeGreaterThan(30);
    await go(`#v=1&sector=${sector}`);
    await expect.poll(atBrest).toBeLessThan(30);
    await go('#v=1');
  });

  it('writes the région names over the map where project() puts them, and moves them with it', async () => {
    const label = app('poles-map .map-labels span:text-is("Bretagne")');
    /** Distance in px between the label's centre and its position projected by the map. */
    const offset = async () => {
      const box = (await label.boundingBox())!;
      const at = await appMapPoint(suite.page, BRETAGNE.position);
      return Math.hypot(box.x + box.width / 2 - at.x, box.y + box.height / 2 - at.y);
    };
    expect(await label.isVisible()).toBe(true);
    expect(await offset()).toBeLessThan(2);
    const before = (await label.boundingBox())!;
    const map = (await app('poles-map').boundingBox())!;
    await suite.page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await suite.page.mouse.wheel(0, -300);
    // The label moved with the zoom, and is still on its position once the camera stops.
    await expect.poll(async () => (await label.boundingBox())!.x).not.toBeCloseTo(before.x, 0);
    await expect.poll(offset).toBeLessThan(2);
    await suite.page.mouse.wheel(0, 300);
    await expect.poll(offset).toBeLessThan(2);
  });

  it('never draws two names over each other, at 1000×700, 1280×800 and 390×844', async () => {
    const boxes = () =>
      app('poles-map .map-labels span:not([hidden])').evaluateAll((spans) =>
        spans.map((s) => {
          const r = s.getBoundingClientRect();
          return { text: s.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      );
    for (const [width, height] of [
      [1000, 700],
      [1280, 800],
      [390, 844],
    ] as const) {
      await suite.page.setViewportSize({ width, height });
      await appMapDrawn(suite.page);
      const shown = await boxes();
      expect(shown.length, `${width}×${height}`).toBeGreaterThan(5);
      const overlapping = shown.flatMap((a, i) =>
        shown
          .slice(i + 1)
          .filter(
            (b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
          )
          .map((b) => `${a.text} / ${b.text}`),
      );
      expect(overlapping, `${width}×${height}`).toEqual([]);
    }
    await suite.page.setViewportSize({ width: 1000, height: 700 });
    await appMapDrawn(suite.page);
  });

  it('folds the overseas insets into one control on a phone, clear of every pôle, and unfolds them on demand', async () => {
    await suite.page.setViewportSize({ width: 390, height: 844 });
    await appMapDrawn(suite.page);
    const fold = app('poles-map details.insets');
    await expect.poll(() => fold.count()).toBe(1);
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const box = (await fold.boundingBox())!;
    const placed = poles.features.filter(
      (f) => f.geometry && f.properties.labelledYear <= 2019 && !f.properties.endedYear,
    );
    expect(placed.length).toBeGreaterThan(40);
    for (const pole of placed) {
      const { x, y } = await appMapPoint(suite.page, pole.geometry!.coordinates);
      const under = x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
      expect(under, pole.properties.name).toBe(false);
    }
    await fold.locator('summary').click();
    // The five overseas départements (Paris and the petite couronne join them only while the map
    // shows the whole of France, which the sizes tried before may have left otherwise).
    await expect.poll(() => fold.locator('button.inset:not([data-code="paris"])').count()).toBe(5);
    await suite.page.setViewportSize({ width: 1000, height: 700 });
    await expect.poll(() => app('poles-map div.insets button.inset').count()).toBe(5);
    await appMapDrawn(suite.page);
  });

  it('shows the attribution', async () => {
    await expect
      .poll(() => app('poles-map').locator('.attribution').textContent())
      .toContain('Contours : IGN Admin Express, INSEE COG — Licence Ouverte');
  });

  it('lists 71 pôles for 2010 and 55 for 2019 (PICOM ended at the end of 2019)', async () => {
    await app('poles-controls .key-years button:text-is("2010")').click();
    await expect.poll(() => app('.pole-list > li').count()).toBe(71);
    await app('poles-controls .key-years button:text-is("2019")').click();
    await expect.poll(() => app('.pole-list > li').count()).toBe(55);
    await appMapDrawn(suite.page);
  });

  it("opens a pôle's profile when its HQ is clicked on the map", async () => {
    const { x, y } = await appMapPoint(suite.page, BREST.geometry!.coordinates);
    await suite.page.mouse.click(x, y);
    const profile = app('pole-profile');
    await expect.poll(() => profile.locator('h2').textContent()).toBe(BREST.properties.name);
    // The profile is a view of its own: its chunk (and the footprint overlay's) came on demand.
    const loaded = suite.log.requests.map((url) => url.split('/').at(-1)!);
    expect(loaded.some((name) => name.startsWith(`${VIEW_CHUNK_PREFIX}pole-profile`))).toBe(true);
    const text = (await profile.locator('section').textContent()) ?? '';
    expect(text).toContain(BREST.properties.theme);
    expect(text).toContain(BREST.properties.hqCommune!);
    const links = await profile
      .locator('.sources a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(BREST.properties.sources);
    // The map framed the pôle: Strasbourg is off the map, until "Vue d'ensemble" frames France again.
    const strasbourg: [number, number] = [7.75, 48.58];
    const onMap = async () => {
      const box = (await app('poles-map').boundingBox())!;
      const at = await appMapPoint(suite.page, strasbourg);
      return at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height;
    };
    await expect.poll(onMap, { timeout: 10_000 }).toBe(false);
    await app('poles-map button.overview').click();
    await expect.poll(onMap, { timeout: 10_000 }).toBe(true);
  });
});
