// SPDX-License-Identifier: MIT
// The early paint (issue 18): France and the pôles drawn as SVG before the map engine has arrived,
// in the WebGL map's projection, so that the hand-over to the WebGL map moves no pôle by more than a
// CSS pixel; `painted` resolves before `ready`; hover shows the map's tooltip on the early paint.
// The engine chunk is held back a few seconds, so that the early paint is surely on screen alone.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './hosts/embed-page.ts';
import { hostSuite } from './hosts/suite.ts';

/** How long the engine chunk is held back: the early paint is tested meanwhile. */
const ENGINE_DELAY_MS = 4000;

interface EarlyPole {
  id: string;
  lonLat: [number, number];
  /** The centre of its SVG circle, in page CSS pixels. */
  x: number;
  y: number;
}

const suite = hostSuite({ preview: true });
const pages: Page[] = [];

/** Opens `url` with the engine chunk held back, and the order of `painted` and `ready` recorded. */
async function open(url: string): Promise<Page> {
  const { page } = await openPage(suite.browser, url, { width: 1000, height: 700 }, (p) =>
    p.route(/\/assets\/engine-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, ENGINE_DELAY_MS));
      await route.continue();
    }),
  );
  pages.push(page);
  return page;
}

/** The page's <poles-map>: the app's (in its shadow root) or the host page's. */
const MAP = `(document.querySelector('poles-app')?.shadowRoot ?? document).querySelector('poles-map')`;

/** Waits for `painted`, then reads the early paint's pôles while `ready` is still pending. */
async function earlyPoles(page: Page): Promise<{ poles: EarlyPole[]; readyFirst: boolean }> {
  await page.waitForFunction(`!!(${MAP})?.painted`);
  return page.evaluate(async (mapExpr) => {
    const map = eval(mapExpr) as HTMLElement & { painted: Promise<void>; ready: Promise<void> };
    let ready = false;
    void map.ready.then(() => (ready = true));
    await map.painted;
    const readyFirst = ready;
    const early = map.shadowRoot!.querySelector('poles-early-map') as HTMLElement & {
      view: { poles: { id: string; geometry: { coordinates: [number, number] } }[] };
    };
    const poles = early.view.poles.flatMap((p) => {
      const circle = early.shadowRoot!.querySelector(`circle.pole[data-id="${p.id}"]`);
      if (!circle) return [];
      const box = circle.getBoundingClientRect();
      return [
        { id: p.id, lonLat: p.geometry.coordinates, x: box.x + box.width / 2, y: box.y + box.height / 2 },
      ];
    });
    return { poles, readyFirst };
  }, MAP);
}

/** The largest distance, in CSS pixels, between the early paint's pôles and the WebGL map's (Lyon's and Toulouse's rings included). */
async function handOverShift(page: Page, poles: EarlyPole[]): Promise<number> {
  return page.evaluate(
    async ({ mapExpr, early }) => {
      const map = eval(mapExpr) as HTMLElement & {
        ready: Promise<void>;
        drawnAt(id: string): { x: number; y: number } | null;
      };
      await map.ready;
      const box = map.getBoundingClientRect();
      return Math.max(
        ...early.map((p) => {
          // Where the WebGL map draws the pôle: pôles sharing a seat are spread on a ring there.
          const q = map.drawnAt(p.id) ?? { x: Infinity, y: Infinity };
          return Math.hypot(box.left + q.x - p.x, box.top + q.y - p.y);
        }),
      );
    },
    { mapExpr: MAP, early: poles },
  );
}

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

describe('the early paint', () => {
  it('at the default view: painted before ready, a tooltip on hover, pôles in place at the hand-over', async () => {
    const page = await open(suite.preview.url);
    const { poles, readyFirst } = await earlyPoles(page);
    expect(readyFirst).toBe(false);
    expect(poles.length).toBeGreaterThan(20);
    // Hover on the early paint (the engine is still held back): the map's own tooltip.
    const pole = poles[0]!;
    await page.mouse.move(pole.x, pole.y);
    await expect
      .poll(() => page.evaluate(`${MAP}.shadowRoot.querySelector('.tooltip')?.textContent ?? ''`))
      .not.toBe('');
    expect(await page.evaluate(`!!${MAP}.shadowRoot.querySelector('poles-early-map')`)).toBe(true);
    expect(await handOverShift(page, poles)).toBeLessThanOrEqual(1);
    // Handed over: the early paint is gone.
    await expect
      .poll(() => page.evaluate(`!!${MAP}.shadowRoot.querySelector('poles-early-map')`), { timeout: 10_000 })
      .toBe(false);
  });

  it('at a framed région (region="76"): pôles in place at the hand-over', async () => {
    const page = await open(`${suite.host.url}occitanie.html`);
    const { poles, readyFirst } = await earlyPoles(page);
    expect(readyFirst).toBe(false);
    expect(poles.length).toBeGreaterThan(3);
    expect(await handOverShift(page, poles)).toBeLessThanOrEqual(1);
  });
});
