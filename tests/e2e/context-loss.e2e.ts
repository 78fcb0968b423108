// SPDX-License-Identifier: MIT
// WebGL context loss in real Chromium (ENGINEERING.md B.3): a visible state while the context is
// gone, the map and its layers back on restore, and a rebuild button when it never comes back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appMapPoint, appSuite, openApp, colourDistance, pixelAt } from './harness.ts';
import { SECTOR_COLOURS, hexToRgb } from '../../src/theme/palette.ts';
import type { PolesFile } from '../../src/types.ts';

const poles = JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile;
const BREST = poles.features.find((f) => f.id === 'pole-mer-bretagne-atlantique')!;
const MER = hexToRgb(SECTOR_COLOURS.mer);

const suite = appSuite({ viewport: { width: 1000, height: 700 } });

const map = () => suite.page.locator('poles-app').locator('poles-map');

async function brestPixel(): Promise<[number, number, number]> {
  const { x, y } = await appMapPoint(suite.page, BREST.geometry!.coordinates);
  return pixelAt(suite.page, x, y);
}

/** Calls WEBGL_lose_context on the map's canvas. */
function context(action: 'loseContext' | 'restoreContext') {
  return suite.page.evaluate((a) => {
    const m = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map')!;
    const canvas = m.shadowRoot!.querySelector('canvas')!;
    const w = window as unknown as { __lose?: WEBGL_lose_context };
    // The extension object must be kept: after the loss getContext gives the lost context's one.
    w.__lose ??= (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!;
    w.__lose[a]();
    if (a === 'restoreContext') delete w.__lose;
  }, action);
}

describe('WebGL context loss', () => {
  it('shows a visible state on loss and draws the layers again on restore', async () => {
    await openApp(suite.page, suite.served.url);
    expect(colourDistance(await brestPixel(), MER)).toBeLessThan(30);
    await context('loseContext');
    await expect.poll(() => map().locator('.gl-lost').isVisible()).toBe(true);
    expect(await map().locator('.gl-lost').textContent()).toContain('Carte momentanément indisponible');
    await context('restoreContext');
    await expect.poll(() => map().locator('.gl-lost').count()).toBe(0);
    await expect
      .poll(async () => colourDistance(await brestPixel(), MER), { timeout: 15_000 })
      .toBeLessThan(30);
  });

  it('offers to rebuild the map when the context never comes back, and the rebuilt map works', async () => {
    await openApp(suite.page, suite.served.url);
    await context('loseContext');
    const rebuild = map().locator('button.rebuild');
    await rebuild.waitFor({ timeout: 10_000 });
    await rebuild.click();
    await expect.poll(() => map().locator('.gl-lost').count()).toBe(0);
    await expect
      .poll(async () => colourDistance(await brestPixel(), MER), { timeout: 20_000 })
      .toBeLessThan(30);
  });

  it('throws no page error', () => {
    expect(suite.log.errors.filter((e) => !/CONTEXT_LOST_WEBGL|context lost/i.test(e))).toEqual([]);
  });
});
