// SPDX-License-Identifier: MIT
// present.html on a 1920×1080 stage (issue 16, sections 1, 3 and 6): on every stop of the default
// tour the subject (France, the pôle's sites, the diagram) stands clear of the legend, the insets and
// the controls, above the caption band, and no text of the slide is under 24 px; ? lists the keys;
// P opens the presenter view, which follows the stage and moves it; the app's "Présenter" opens the
// presenter on the app's view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import {
  appMapDrawn,
  browserSuite,
  colourDistance,
  presenterMapReady,
  recordPage,
  type PageLog,
} from './harness.ts';
import defaultTour from '../../src/tour/default-tour.json';
import { fillText, stopFigures } from '../../src/tour/figures.ts';
import { KEY_HELP } from '../../src/tour/keys.ts';
import { parseTour, type TourStop } from '../../src/tour/tour.ts';
import { METROPOLE_BOUNDS } from '../../src/map/frame.ts';
import { SECTOR_COLOURS, hexToRgb } from '../../src/theme/palette.ts';
import { publicFiguresData } from '../fixtures/figures-data.ts';

const data = publicFiguresData();
const tour = parseTour(defaultTour);
const titleOf = (stop: TourStop) =>
  fillText(stop.title.fr, stopFigures(data, stop.view, stop.highlight), 'fr');

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/**
 * The points of the stop's subject on the map, [lon, lat]: the corners of metropolitan France, or
 * for a highlighted pôle its HQ and its documented sites (what its frame holds).
 */
function subjectPoints(stop: TourStop): [number, number][] {
  if (!stop.highlight) {
    const [w, s, e, n] = METROPOLE_BOUNDS;
    return [
      [w, n],
      [e, s],
    ];
  }
  const pole = data.poles.features.find((f) => f.id === stop.highlight)!;
  const [w, s, e, n] = METROPOLE_BOUNDS;
  // Overseas sites are left to the insets when the pôle has a metropolitan part (frame.ts).
  return [
    ...(pole.geometry ? [pole.geometry.coordinates as [number, number]] : []),
    ...data.members.features
      .filter((m) => m.properties.pole === pole.id)
      .map((m) => m.geometry.coordinates as [number, number]),
  ].filter(([lon, lat]) => lon >= w && lon <= e && lat >= s && lat <= n);
}

const suite = browserSuite();

/** What the slide shows now: the subject's boxes and those of everything that could cover them. */
function layout(page: Page, points: [number, number][]) {
  return page.evaluate((points) => {
    const root = document.querySelector('poles-presenter')!.shadowRoot!;
    const map = root.querySelector('poles-map') as HTMLElement & {
      project(p: [number, number]): { x: number; y: number };
    };
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width && r.height ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    };
    const origin = map.getBoundingClientRect();
    const projected = points
      .map((p) => map.project(p))
      .map(({ x, y }) => ({ x: x + origin.left, y: y + origin.top }));
    const xs = projected.map((p) => p.x);
    const ys = projected.map((p) => p.y);
    const toolbar = root.querySelector('.toolbar')!;
    const inner = map.shadowRoot!;
    return {
      map: { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) },
      diagram: box(root.querySelector('.stage-bars svg')),
      covers: {
        legend: box(inner.querySelector('.legend')),
        attribution: box(inner.querySelector('.attribution')),
        insets: box(inner.querySelector('.insets')),
        band: box(root.querySelector('.band')),
      },
      toolbarVisibility: getComputedStyle(toolbar).visibility,
      stage: box(map),
    };
  }, points);
}

/** Every visible text of the slide, through the shadow roots, with its rendered size (SVG scaling included). */
function smallTexts(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    let checked = 0;
    const walk = (scope: ShadowRoot | Element) => {
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.shadowRoot) walk(node.shadowRoot);
          continue;
        }
        const parent = node.parentElement;
        if (!parent || !node.textContent?.trim() || parent.closest('[hidden], .sr-only, style, title'))
          continue;
        if (parent.getClientRects().length === 0) continue;
        const style = getComputedStyle(parent);
        if (style.visibility !== 'visible' || style.display === 'none' || Number(style.opacity) === 0)
          continue;
        const scale = parent instanceof SVGGraphicsElement ? (parent.getScreenCTM()?.a ?? 1) : 1;
        const size = parseFloat(style.fontSize) * scale;
        checked += 1;
        if (size < 23.9) found.push(`${size.toFixed(1)}px ${node.textContent.trim().slice(0, 40)}`);
      }
    };
    walk(document.querySelector('poles-presenter')!.shadowRoot!);
    return { checked, found };
  });
}

/** Half the room around a dot that its measure looks at, in CSS pixels (a 4K dot is about 15). */
const DOT_ROOM = 40;

/**
 * The radius of pôle `id`'s fill as drawn (the run of its sector's colour through its centre,
 * across), in CSS pixels; null when it is not drawn, is too near an edge, or something covers its
 * centre (a name, the controls).
 */
async function dotRadius(page: Page, id: string): Promise<number | null> {
  const at = await page.evaluate((poleId) => {
    const map = document
      .querySelector('poles-presenter')!
      .shadowRoot!.querySelector('poles-map') as HTMLElement & {
      drawnAt(id: string): { x: number; y: number } | null;
    };
    const box = map.getBoundingClientRect();
    const p = map.drawnAt(poleId);
    return p
      ? { x: Math.round(box.left + p.x), y: Math.round(box.top + p.y), right: box.right, bottom: box.bottom }
      : null;
  }, id);
  if (!at || at.x < DOT_ROOM || at.y < DOT_ROOM || at.x > at.right - DOT_ROOM || at.y > at.bottom - DOT_ROOM)
    return null;
  const size = 2 * DOT_ROOM + 1;
  const png = PNG.sync.read(
    await page.screenshot({ clip: { x: at.x - DOT_ROOM, y: at.y - DOT_ROOM, width: size, height: size } }),
  );
  const pixel = (x: number, y: number) => [...png.data.subarray((y * size + x) * 4, (y * size + x) * 4 + 3)];
  const sector = data.poles.features.find((f) => f.id === id)!.properties.sector;
  const fill = hexToRgb(SECTOR_COLOURS[sector]);
  const inside = (x: number) => colourDistance(pixel(x, DOT_ROOM), fill) < 40;
  if (!inside(DOT_ROOM)) return null;
  let left = 0;
  let right = 0;
  while (left < DOT_ROOM && inside(DOT_ROOM - left - 1)) left += 1;
  while (right < DOT_ROOM && inside(DOT_ROOM + right + 1)) right += 1;
  // A name or a neighbour over one side: not a whole dot.
  if (Math.abs(left - right) > 1.5) return null;
  return (left + right + 1) / 2;
}

describe('the stage at 1920×1080, on every stop of the default tour', () => {
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    page = await suite.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    log = recordPage(page);
    // Camera moves are instant with reduced motion: each stop is framed when its map has drawn.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${suite.served.url}present.html`);
    await presenterMapReady(page);
  });

  afterAll(() => page?.close());

  it('frames each subject clear of the legend, the insets, the attribution and the hidden controls, with 24 px text', async () => {
    const presenter = (selector: string) => page.locator('poles-presenter').locator(selector);
    for (const [i, stop] of tour.stops.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const where = `stop ${i + 1} (${stop.state})`;
      await expect
        .poll(() => presenter('.counter [aria-hidden]').textContent())
        .toBe(`${i + 1} / ${tour.stops.length}`);
      expect(await presenter('.caption h1').textContent(), where).toBe(titleOf(stop));
      await page.evaluate(() =>
        (
          document.querySelector('poles-presenter')!.shadowRoot!.querySelector('poles-map') as unknown as {
            drawn(): Promise<void>;
          }
        ).drawn(),
      );
      // The controls hide 3 s after the last pointer move or key: nothing of the desk is left over the slide.
      await expect
        .poll(async () => (await layout(page, [])).toolbarVisibility, { timeout: 10_000 })
        .toBe('hidden');
      // Framed once the map has its final camera: the same subject box twice in a row.
      let previous = '';
      await expect
        .poll(
          async () => {
            const now = JSON.stringify((await layout(page, subjectPoints(stop))).map);
            const stable = now === previous;
            previous = now;
            return stable;
          },
          { timeout: 10_000, interval: 300 },
        )
        .toBe(true);
      const shown = await layout(page, subjectPoints(stop));
      const subjects = [shown.map, ...(stop.view.view === 'links' ? [shown.diagram!] : [])];
      expect(shown.diagram !== null, where).toBe(stop.view.view === 'links');
      for (const subject of subjects) {
        // Within the stage, above the caption band.
        expect(subject.left, where).toBeGreaterThanOrEqual(0);
        expect(subject.top, where).toBeGreaterThanOrEqual(0);
        expect(subject.right, where).toBeLessThanOrEqual(1920);
        expect(subject.bottom, where).toBeLessThanOrEqual(shown.covers.band!.top);
        for (const [name, cover] of Object.entries(shown.covers))
          if (cover) expect(overlap(subject, cover), `${where}: ${name} over the subject`).toBe(false);
      }
      // France fills the height of the stage (not a third of it), the pôle's sites a good part of it;
      // at the world scale of the partnerships (Québec to Japan, arcs whole), France is a place to
      // point at, about 30 px tall at 1080p.
      const height = shown.map.bottom - shown.map.top;
      expect(height, where).toBeGreaterThan(
        (stop.highlight ? 0.3 : stop.view.view === 'links' ? 0.04 : 0.75) * shown.stage!.bottom,
      );
      const texts = await smallTexts(page);
      expect(texts.checked, where).toBeGreaterThan(10);
      expect(texts.found, where).toEqual([]);
    }
    expect(log.errors).toEqual([]);
  });

  it('lists every key with ? and brings the controls back; ? or Escape closes the list', async () => {
    const presenter = (selector: string) => page.locator('poles-presenter').locator(selector);
    await page.keyboard.press('?');
    await expect.poll(() => presenter('.help').isVisible()).toBe(true);
    expect(await presenter('.help kbd').count()).toBe(KEY_HELP.flatMap((e) => e.keys).length);
    expect(await presenter('.help').textContent()).toContain('vue présentateur');
    expect((await layout(page, [])).toolbarVisibility).toBe('visible');
    // The list stays while it is open: the controls do not hide under it.
    await page.waitForTimeout(3500);
    expect((await layout(page, [])).toolbarVisibility).toBe('visible');
    await page.keyboard.press('?');
    await expect.poll(() => presenter('.help').count()).toBe(0);
    await page.keyboard.press('?');
    await page.keyboard.press('Escape');
    await expect.poll(() => presenter('.help').count()).toBe(0);
    // A pointer move brings the controls back too.
    await expect
      .poll(async () => (await layout(page, [])).toolbarVisibility, { timeout: 10_000 })
      .toBe('hidden');
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 310);
    await expect.poll(async () => (await layout(page, [])).toolbarVisibility).toBe('visible');
  });

  it('draws the pôles twice as large once the window is 3840×2160, framed again, as the texts grow', async () => {
    // The stop shown (the last, after the tour): the pôles on metropolitan France. A few pôles whose
    // dot is clear of every name and overlay, measured at 1080p.
    const at1080 = new Map<string, number>();
    for (const f of data.poles.features) {
      const radius = await dotRadius(page, f.id);
      if (radius !== null && radius >= 4) at1080.set(f.id, radius);
      if (at1080.size === 6) break;
    }
    expect(at1080.size, 'pôles drawn clear of every overlay').toBeGreaterThan(0);
    const framed = async () => (await layout(page, subjectPoints(tour.stops.at(-1)!))).map;
    const france1080 = await framed();
    await page.setViewportSize({ width: 3840, height: 2160 });
    // The ratio of each of those dots still clear at 4K (names move with the new frame).
    const ratios = async () => {
      const out: number[] = [];
      for (const [id, radius] of at1080) {
        const now = await dotRadius(page, id);
        if (now !== null) out.push(now / radius);
      }
      return out;
    };
    await expect
      .poll(async () => Math.max(0, ...(await ratios())), { timeout: 30_000, interval: 500 })
      .toBeGreaterThan(1.7);
    for (const ratio of await ratios()) expect(ratio).toBeLessThan(2.3);
    // France is framed again in the larger room: about twice as tall.
    const france4k = await framed();
    expect((france4k.bottom - france4k.top) / (france1080.bottom - france1080.top)).toBeGreaterThan(1.7);
    // The type grew in the same ratio.
    const title = await page
      .locator('poles-presenter')
      .locator('.caption h1')
      .evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    expect(title).toBeGreaterThan(90);
  });
});

describe('the presenter view', () => {
  let context: BrowserContext;
  let stage: Page;
  let speaker: Page;
  let logs: PageLog[] = [];

  beforeAll(async () => {
    context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 } });
    stage = await context.newPage();
    logs = [recordPage(stage)];
    await stage.goto(`${suite.served.url}present.html#stop=1&lang=fr`);
    await presenterMapReady(stage);
  });

  afterAll(() => context?.close());

  const current = (page: Page) => page.locator('poles-presenter').locator('.current');
  const counter = () => stage.locator('poles-presenter').locator('.counter [aria-hidden]').textContent();

  it('opens with P in a second window, on the stop shown, with its notes and the next stop', async () => {
    const opened = context.waitForEvent('page');
    await stage.keyboard.press('p');
    speaker = await opened;
    logs.push(recordPage(speaker));
    await speaker.waitForLoadState();
    expect(new URL(speaker.url()).searchParams.get('presenter')).toBe('1');
    await expect
      .poll(() => current(speaker).locator('h1').textContent(), { timeout: 10_000 })
      .toBe(titleOf(tour.stops[0]!));
    expect(await current(speaker).locator('.what').textContent()).toBe(`Étape 1 sur ${tour.stops.length}`);
    expect(await speaker.locator('poles-presenter').locator('.notes').textContent()).toContain(
      tour.stops[0]!.notes!.fr.split('\n')[0]!,
    );
    expect(await speaker.locator('poles-presenter').locator('.next p').textContent()).toBe(
      titleOf(tour.stops[1]!),
    );
    expect(await speaker.locator('poles-presenter').locator('.elapsed').textContent()).toMatch(/^\d+:\d\d$/);
    // The presenter view draws no map: it costs the speaker's laptop no second WebGL context.
    expect(await speaker.locator('poles-presenter').locator('poles-map').count()).toBe(0);
  });

  it('follows the stage, and the stage follows its keys (clicker keys, digits, black screen, language)', async () => {
    await stage.keyboard.press('ArrowRight');
    await expect.poll(() => current(speaker).locator('h1').textContent()).toBe(titleOf(tour.stops[1]!));
    await speaker.keyboard.press('PageDown');
    await expect.poll(counter).toBe(`3 / ${tour.stops.length}`);
    await expect.poll(() => current(speaker).locator('h1').textContent()).toBe(titleOf(tour.stops[2]!));
    // Two digits quickly: stop 10 and beyond.
    await speaker.keyboard.press('1');
    await speaker.keyboard.press('0');
    await expect.poll(counter).toBe(`10 / ${tour.stops.length}`);
    await speaker.keyboard.press('b');
    await expect.poll(() => stage.locator('poles-presenter').locator('.blackout').isVisible()).toBe(true);
    expect(await current(speaker).locator('.blackout-note').count()).toBe(1);
    await stage.keyboard.press('b');
    await expect.poll(() => current(speaker).locator('.blackout-note').count()).toBe(0);
    await speaker.locator('poles-presenter').locator('button[name=lang]').click();
    await expect.poll(() => stage.evaluate(() => window.location.hash)).toBe('#stop=10&lang=en');
    expect(await speaker.evaluate(() => window.location.hash)).toBe('#stop=10&lang=en');
    await stage.keyboard.press('Home');
    await expect
      .poll(() => current(speaker).locator('.what').textContent())
      .toBe(`Stop 1 of ${tour.stops.length}`);
    for (const log of logs) expect(log.errors).toEqual([]);
  });
});

describe('"Présenter" in the app', () => {
  it('opens the presenter on the app’s view, in a new tab', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const app = await context.newPage();
      await app.goto(`${suite.served.url}#v=1&year=2012&sector=mer`);
      await appMapDrawn(app);
      const link = app.locator('poles-app').locator('a.present');
      expect(await link.textContent()).toContain('Présenter');
      const opened = context.waitForEvent('page');
      await link.click();
      const present = await opened;
      const log = recordPage(present);
      await presenterMapReady(present);
      const presenter = (selector: string) => present.locator('poles-presenter').locator(selector);
      expect(await presenter('.counter [aria-hidden]').textContent()).toBe('1 / 1');
      const view = parseTour({
        stops: [
          { state: '#v=1&year=2012&sector=mer', title: { fr: 't', en: 't' }, caption: { fr: 'c', en: 'c' } },
        ],
      }).stops[0]!.view;
      const { poles } = stopFigures(data, view);
      expect(await presenter('.caption h1').textContent()).toBe('Les pôles de compétitivité en 2012');
      expect(await presenter('.caption').textContent()).toContain(`${poles} pôles labellisés en 2012`);
      expect(log.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
