// SPDX-License-Identifier: MIT
// Twenty <poles-map> on one page (issue 14), on the built embed under the strict policy. Chromium
// keeps 16 live WebGL contexts per page and silently loses the oldest: with the page-wide budget
// (context-budget.ts) every map is either drawn or shows its placeholder, none is blank and the
// browser never has to drop a context; scrolling a waiting map into view draws it, and its button
// draws it at once. The maps load lazily (the default): a map far from the viewport has asked for
// nothing yet and shows a placeholder of its own, whose button draws it at once too. A context lost anyway (the host's own WebGL past the limit) gives one `error`
// event with reason `context-limit` and a message with a reload button that draws the map again.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, type EmbedLog } from './hosts/embed-page.ts';
import { hostSuite } from './hosts/suite.ts';
import { CONTEXT_BUDGET } from '../../src/controllers/context-budget.ts';

const MAPS = 20;

const suite = hostSuite();
let page: Page;
let log: EmbedLog;

/**
 * What each map shows: its drawn map, the placeholder of a map waiting for a context (`parked`) or
 * for the reader to come near (`far`), the lost-context message, or nothing yet.
 */
type Shown = 'map' | 'parked' | 'far' | 'lost' | 'blank';

/** Counts the page's live WebGL2 contexts, and keeps the element events named `error`. */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const contexts: WebGL2RenderingContext[] = [];
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
      const context = (getContext as (...a: unknown[]) => unknown).apply(this, args);
      if (context instanceof WebGL2RenderingContext && !contexts.includes(context)) contexts.push(context);
      return context;
    } as typeof getContext;
    const errors: { id: string; detail: unknown }[] = [];
    window.addEventListener('error', (e) => {
      if (e instanceof CustomEvent) errors.push({ id: (e.target as Element).id, detail: e.detail });
    });
    Object.assign(window, {
      __errors: errors,
      __liveContexts: () => contexts.filter((c) => !c.isContextLost()).length,
    });
  });
}

/** Each map's state, in page order: drawn (a canvas and a settled, resolved `ready`), parked... */
const shown = (): Promise<Shown[]> =>
  page.evaluate(async () => {
    const maps = [...document.querySelectorAll('poles-map')] as (HTMLElement & { ready: Promise<void> })[];
    return Promise.all(
      maps.map(async (map): Promise<Shown> => {
        const root = map.shadowRoot!;
        if (root.querySelector('.status.parked')) return 'parked';
        if (root.querySelector('.status.far')) return 'far';
        if (root.querySelector('.status.gl-lost')) return 'lost';
        const settled = await Promise.race([
          map.ready.then(
            () => true,
            () => false,
          ),
          new Promise<boolean>((r) => setTimeout(() => r(false), 0)),
        ]);
        return settled && root.querySelector('canvas') ? 'map' : 'blank';
      }),
    );
  });

const count = (states: Shown[], state: Shown) => states.filter((s) => s === state).length;
const liveContexts = () =>
  page.evaluate(() => (window as unknown as { __liveContexts(): number }).__liveContexts());
const errorEvents = () =>
  page.evaluate(() =>
    (window as unknown as { __errors: { id: string; detail: unknown }[] }).__errors.splice(0),
  );

/** Scrolls map `i` (1-based) into view and waits until it is drawn, and no map is left blank. */
async function showMap(i: number): Promise<void> {
  await page.locator(`#m${i}`).scrollIntoViewIfNeeded();
  await expect
    .poll(
      async () => {
        const states = await shown();
        return states[i - 1] === 'map' && count(states, 'blank') === 0;
      },
      { timeout: 60_000, interval: 500 },
    )
    .toBe(true);
}

beforeAll(async () => {
  ({ page, log } = await openPage(suite.browser, 'about:blank', { width: 1280, height: 800 }));
  await instrument(page);
  await page.goto(`${suite.host.url}twenty-maps.html`);
});

describe('twenty <poles-map> on one page', () => {
  it('draws the maps near the viewport; the far ones show a placeholder and hold no WebGL context', async () => {
    await expect
      .poll(
        async () => {
          const states = await shown();
          return count(states, 'blank') === 0 && states[0] === 'map' && states[1] === 'map';
        },
        { timeout: 120_000, interval: 1000 },
      )
      .toBe(true);
    const states = await shown();
    // The maps within about a screen of the viewport, then the far ones.
    const near = states.indexOf('far');
    expect(near).toBeGreaterThanOrEqual(2);
    expect(near).toBeLessThan(CONTEXT_BUDGET);
    expect(states).toEqual([...Array<Shown>(near).fill('map'), ...Array<Shown>(MAPS - near).fill('far')]);
    expect(await liveContexts()).toBe(near);
    const far = page.locator('#m20 .status.far');
    expect(await far.textContent()).toContain('elle se charge quand la page défile jusqu’à elle');
    expect((await far.locator('button.show-map').textContent())?.trim()).toBe('Afficher la carte');
  }, 180_000);

  it('draws a far map at once from its button, without scrolling', async () => {
    await page.locator('#m20 button.show-map').dispatchEvent('click');
    await expect.poll(async () => (await shown())[MAPS - 1], { timeout: 60_000, interval: 500 }).toBe('map');
    expect(count(await shown(), 'blank')).toBe(0);
  }, 120_000);

  it('draws the budget’s worth of maps and shows the others’ placeholder once all came near; none is blank', async () => {
    // The reader scrolls down the page, then back to the top: every map has come near once.
    for (const i of [3, 6, 9, 12, 15, 18, 19]) await showMap(i);
    await page.evaluate(() => window.scrollTo(0, 0));
    await showMap(1);
    await expect
      .poll(async () => count(await shown(), 'map'), { timeout: 60_000, interval: 1000 })
      .toBe(CONTEXT_BUDGET);
    const states = await shown();
    expect(count(states, 'parked')).toBe(MAPS - CONTEXT_BUDGET);
    // The two maps on screen are among the drawn ones.
    expect(states.slice(0, 2)).toEqual(['map', 'map']);
    expect(await liveContexts()).toBe(CONTEXT_BUDGET);
    const parked = page.locator('poles-map .status.parked').first();
    expect(await parked.textContent()).toContain('Carte en pause');
    expect((await parked.locator('button.show-map').textContent())?.trim()).toBe('Afficher la carte');
  }, 400_000);

  it('draws a waiting map scrolled into view, taking the context of one off screen', async () => {
    const before = await shown();
    const waiting = before.lastIndexOf('parked');
    expect(waiting).toBeGreaterThan(1);
    await showMap(waiting + 1);
    const after = await shown();
    expect(count(after, 'map')).toBe(CONTEXT_BUDGET);
    expect(count(after, 'parked')).toBe(MAPS - CONTEXT_BUDGET);
    expect(count(after, 'blank')).toBe(0);
    expect(await liveContexts()).toBeLessThanOrEqual(CONTEXT_BUDGET);
  }, 120_000);

  it('draws a waiting map at once from its button, off screen too', async () => {
    const index = (await shown()).indexOf('parked');
    // Without scrolling: the button alone must bring the map.
    await page.locator(`#m${index + 1} button.show-map`).dispatchEvent('click');
    await expect.poll(async () => (await shown())[index], { timeout: 60_000, interval: 500 }).toBe('map');
    const states = await shown();
    expect(count(states, 'map')).toBe(CONTEXT_BUDGET);
    expect(count(states, 'blank')).toBe(0);
  }, 120_000);

  it('a context lost anyway (the host’s own WebGL past the limit): one context-limit error each, a reload', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await showMap(1);
    expect(await errorEvents()).toEqual([]);
    // The host draws with WebGL too: 16 - 12 + 1 contexts more than the browser keeps.
    const extra = 16 - CONTEXT_BUDGET + 1;
    await page.evaluate((n) => {
      const kept = Array.from({ length: n }, () => document.createElement('canvas').getContext('webgl2'));
      Object.assign(window, { __hostContexts: kept });
    }, extra);
    await expect.poll(async () => count(await shown(), 'lost'), { timeout: 30_000, interval: 500 }).toBe(1);
    const lostAt = (await shown()).indexOf('lost');
    const lost = page.locator(`#m${lostAt + 1} .status.gl-lost`);
    const reload = lost.locator('button.rebuild');
    await reload.waitFor({ timeout: 15_000 });
    expect(await lost.textContent()).toContain('sans le rendre');
    expect(await errorEvents()).toEqual([
      { id: `m${lostAt + 1}`, detail: { message: expect.any(String), reason: 'context-limit' } },
    ]);
    // Its button draws it again (the browser then drops the oldest context left: a host's).
    await reload.click();
    await expect.poll(async () => (await shown())[lostAt], { timeout: 60_000, interval: 500 }).toBe('map');
    expect(count(await shown(), 'blank')).toBe(0);
  }, 180_000);

  it('never made the browser drop a context on its own account, and threw nothing', () => {
    // Chromium's warning comes only from the host's extra contexts of the last case.
    const dropped = log.warnings.filter((w) => /Too many active WebGL contexts/.test(w));
    expect(dropped.length).toBeLessThanOrEqual(2);
    expect(log.errors.filter((e) => !/CONTEXT_LOST_WEBGL|context lost/i.test(e))).toEqual([]);
  });
});
