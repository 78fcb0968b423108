// SPDX-License-Identifier: MIT
// The built app in a browser without WebGL (ENGINEERING.md B.4): getContext answers null for every
// WebGL flavour, so <poles-map> must show <poles-fallback> (static SVG map + table), never download
// the map engine, and still open a pôle's profile from the map.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { appSuite } from './harness.ts';
import type { PolesFile } from '../../src/types.ts';

const YEAR = 2019; // the app's default phase
const poles = JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile;
// The counting rule of data/README.md, restated here so that the test does not trust the app's code.
const labelled = poles.features.filter(
  (f) =>
    f.properties.labelledYear <= YEAR && (f.properties.endedYear === null || f.properties.endedYear > YEAR),
);
const placed = labelled.filter((f) => f.geometry !== null);
// A far-western HQ shared with no other pôle: nothing else covers its circle.
const BREST = placed.find((f) => f.id === 'pole-mer-bretagne-atlantique')!;

/** The lazy engine chunk (engine-*.js) and the MapLibre, deck.gl and luma.gl chunks it pulls in. */
const ENGINE_CHUNK = /engine|maplibre|deck|luma|webgl|webgpu/i;

const suite = appSuite({ viewport: { width: 1000, height: 700 } }, async ({ served, page }) => {
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...options: unknown[]
    ) {
      if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
      return (getContext as (type: string, ...options: unknown[]) => RenderingContext | null).call(
        this,
        type,
        ...options,
      );
    } as typeof getContext;
  });
  await page.goto(served.url);
  await fallback('svg circle.pole').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
});

const app = (selector: string) => suite.page.locator('poles-app').locator(selector);
const fallback = (selector: string) => app('poles-map poles-fallback').locator(selector);

describe('the app without WebGL', () => {
  it('shows the fallback with no uncaught error and without downloading the map engine', async () => {
    expect(suite.log.errors).toEqual([]);
    expect(suite.log.requests.some((url) => url.endsWith('/data/poles.geojson'))).toBe(true);
    expect(suite.log.requests.filter((url) => ENGINE_CHUNK.test(new URL(url).pathname))).toEqual([]);
    expect(await app('poles-map canvas').count()).toBe(0);
    await expect.poll(() => fallback('.notice').textContent()).toContain('WebGL');
    expect(await fallback('.attribution').textContent()).toContain(
      'Contours : IGN Admin Express, INSEE COG — Licence Ouverte',
    );
  });

  it(`draws one circle per placed pôle labelled in ${YEAR}, each named and in the table`, async () => {
    expect(placed.length).toBeGreaterThan(40);
    const ids = await fallback('svg circle.pole').evaluateAll((cs) =>
      cs.map((c) => c.getAttribute('data-id')),
    );
    expect(ids.sort()).toEqual(placed.map((f) => f.id).sort());
    expect(await fallback(`circle.pole[data-id="${BREST.id}"] title`).textContent()).toBe(
      BREST.properties.name,
    );
    expect(labelled).toHaveLength(55);
    await expect.poll(() => fallback('table tbody tr').count()).toBe(labelled.length);
    // The SVG is laid out (not a 0-size box).
    const box = await fallback('svg').boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(150);
  });

  it("opens a pôle's profile when its circle is clicked, or focused and Enter pressed", async () => {
    await fallback(`circle.pole[data-id="${BREST.id}"]`).click();
    const profile = app('pole-profile');
    await expect.poll(() => profile.locator('h2').textContent()).toBe(BREST.properties.name);

    const other = placed.find((f) => f.id !== BREST.id)!;
    await fallback(`circle.pole[data-id="${other.id}"]`).focus();
    await suite.page.keyboard.press('Enter');
    await expect.poll(() => profile.locator('h2').textContent()).toBe(other.properties.name);
    await expect.poll(() => fallback('circle.pole.selected').getAttribute('data-id')).toBe(other.id);
    expect(suite.log.errors).toEqual([]);
  });
});
