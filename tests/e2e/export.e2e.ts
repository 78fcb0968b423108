// SPDX-License-Identifier: MIT
// The exports of present.html in real Chromium: the PNG has the asked size and shows the map, the
// CSV and GeoJSON hold exactly the rows shown, and the offscreen export engine leaves nothing behind.
// 1920×1080 only: a 3840×2160 render on SwiftShader is too slow for CI (its size is unit-tested).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { appSuite, colourDistance, presenterMapReady } from './harness.ts';
import { parseCsv } from '../../src/data/csv.ts';
import { applyFilters } from '../../src/data/filters.ts';
import { decodeHash } from '../../src/state/hash.ts';
import { LABEL_COLOUR } from '../../src/layers/labels/labels.ts';
import { BASEMAP, SECTOR_COLOURS, hexToRgb } from '../../src/theme/palette.ts';
import defaultTour from '../../src/tour/default-tour.json';
import type { MembersFile, PolesFile } from '../../src/types.ts';

const read = <T>(name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;
const poles = read<PolesFile>('poles.geojson');
const members = read<MembersFile>('members.geojson');
// Stop 1 of the default tour: the pôles of 2005.
const state = decodeHash(defaultTour.stops[0]!.state).state;
const shown = applyFilters(poles.features, members.features, state.year, state.filters);

const suite = appSuite(
  { viewport: { width: 1000, height: 640 }, acceptDownloads: true },
  async ({ served, page }) => {
    await page.goto(`${served.url}present.html#stop=1&lang=fr`);
    await presenterMapReady(page);
  },
);

/** Clicks the toolbar button `name` and returns the downloaded file's name and bytes. */
async function download(name: string): Promise<{ file: string; bytes: Buffer }> {
  // The controls hide while the talk runs (3 s without a pointer move): a move brings them back.
  await suite.page.mouse.move(20, 20);
  await suite.page.mouse.move(30, 25);
  const [file] = await Promise.all([
    suite.page.waitForEvent('download', { timeout: 80_000 }),
    suite.page.locator('poles-presenter').locator(`button[name=${name}]`).click(),
  ]);
  const path = await file.path();
  return { file: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Share of the picture's pixels within 12 (RGB distance) of `hex`. */
function share(png: PNG, hex: string): number {
  const rgb = hexToRgb(hex);
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (colourDistance([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], rgb) < 12) n += 1;
  }
  return n / (png.width * png.height);
}

describe('the exports', () => {
  it('saves a 1920×1080 PNG of the map, drawn offscreen, and frees its engine', async () => {
    const { file, bytes } = await download('export-png');
    expect(file).toBe('poles-competitivite-2005-carte.png');
    const png = PNG.sync.read(bytes);
    expect([png.width, png.height]).toEqual([1920, 1080]);
    // The map was drawn, not a blank or black frame: land, sea and HQs of the sector shown most.
    expect(share(png, BASEMAP.land)).toBeGreaterThan(0.1);
    expect(share(png, BASEMAP.sea)).toBeGreaterThan(0.1);
    expect(share(png, SECTOR_COLOURS['aeronautique-espace'])).toBeGreaterThan(0);
    // The région names, text over the map on screen, are painted on the picture too: their colour
    // covers ~0.3 % of it, against ~0.13 % (other text, outlines) when they were left out.
    expect(share(png, LABEL_COLOUR)).toBeGreaterThan(0.002);
    await expect.poll(() => suite.page.locator('poles-presenter .status').textContent()).toContain(file);
    // The hidden container and its canvas are gone; the page's own map is the only one left.
    expect(await suite.page.evaluate(() => document.body.querySelectorAll('div, canvas').length)).toBe(0);
    expect(suite.log.errors).toEqual([]);
  });

  it('saves as many CSV records as pôles and sites shown, and both in the GeoJSON', async () => {
    const polesFile = await download('export-poles-csv');
    expect(polesFile.file).toBe('poles-competitivite-2005-poles.csv');
    const poleRecords = parseCsv(polesFile.bytes.toString('utf8').replace(/^\ufeff/, '')).records;
    expect(poleRecords.length - 1).toBe(shown.poles.length);
    expect(shown.poles.length).toBe(66);

    const sitesFile = await download('export-sites-csv');
    const siteRecords = parseCsv(sitesFile.bytes.toString('utf8').replace(/^\ufeff/, '')).records;
    expect(siteRecords.length - 1).toBe(shown.members.length);

    const geojson = JSON.parse((await download('export-geojson')).bytes.toString('utf8')) as {
      features: { properties: { record: string } }[];
    };
    expect(geojson.features.filter((f) => f.properties.record === 'pole')).toHaveLength(shown.poles.length);
    expect(geojson.features.filter((f) => f.properties.record === 'member-site')).toHaveLength(
      shown.members.length,
    );
  });
});
