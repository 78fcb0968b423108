// SPDX-License-Identifier: MIT
// An embedder's online base map (the `basemap` attribute) that fails, on the built embed under the
// strict policy (issue 14): each way it fails gives exactly one `error` event with reason `basemap`,
// a message in the element's language naming the cause, and a button back to the default base map
// that ends in a drawn map (its new `ready` resolves); a server that never answers, for the style
// or for its tiles, is such a failure after 15 s. A new `basemap` after the first frame takes
// effect, keeping the layers and the camera; removing it gives the offline base map back. http: on
// an https: page cannot be served here (no https locally): tests/unit/basemap-load.test.ts checks
// that refusal as a pure function.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { colourDistance, pixelAt } from './harness.ts';
import { BREST, colourAt, openPage, pagePoint } from './hosts/embed-page.ts';
import { hostSuite } from './hosts/suite.ts';
import { BASEMAP, hexToRgb } from '../../src/theme/palette.ts';

/** Below this distance a pixel has the expected colour (as in embed.e2e.ts). */
const SAME = 30;
/** The background of the embedder's test style: a colour no layer of ours draws. */
const MAGENTA = '#d020c0';

const suite = hostSuite();
let page: Page;
let log: { errors: string[] };

/** A style our checks accept and MapLibre draws: a background, nothing over the network. */
const plainStyle = {
  version: 8,
  sources: {},
  layers: [{ id: 'bg', type: 'background', paint: { 'background-color': MAGENTA } }],
};

/** The styles an embedder may give, by path under /styles/ on the host's own origin. */
function styles(origin: string): Record<string, (route: Route) => Promise<void>> {
  const json =
    (body: string, type = 'application/json') =>
    (route: Route) =>
      route.fulfill({ status: 200, contentType: type, body });
  return {
    'missing.json': (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    'truncated.json': json('{"version": 8, "sources": {"osm": {"type": "vec'),
    'page.json': json('<!doctype html><html><body><h1>Connexion</h1></body></html>', 'text/html'),
    'invalid.json': json(
      JSON.stringify({ version: 8, sources: {}, layers: [{ id: 'roads', type: 'line', source: 'nowhere' }] }),
    ),
    // Sprite and tiles on the host, where nothing answers them (404).
    'no-tiles.json': json(
      JSON.stringify({
        version: 8,
        sprite: `${origin}sprites/sprite`,
        sources: { osm: { type: 'vector', tiles: [`${origin}tiles/{z}/{x}/{y}.pbf`], maxzoom: 14 } },
        layers: [
          { id: 'bg', type: 'background', paint: { 'background-color': MAGENTA } },
          { id: 'water', type: 'fill', source: 'osm', 'source-layer': 'water' },
        ],
      }),
    ),
    // Tiles on the host that never answer (the route below leaves them hanging).
    'hanging-tiles.json': json(
      JSON.stringify({
        version: 8,
        sources: { osm: { type: 'vector', tiles: [`${origin}hanging/{z}/{x}/{y}.pbf`], maxzoom: 14 } },
        layers: [
          { id: 'bg', type: 'background', paint: { 'background-color': MAGENTA } },
          { id: 'water', type: 'fill', source: 'osm', 'source-layer': 'water' },
        ],
      }),
    ),
    // A style server that never answers.
    'hanging.json': () => new Promise<void>(() => undefined),
    'plain.json': json(JSON.stringify(plainStyle)),
  };
}

beforeAll(async () => {
  const opened = await openPage(suite.browser, 'about:blank', { width: 800, height: 600 });
  page = opened.page;
  log = opened.log;
  const routes = styles(suite.host.url);
  await page.route('**/styles/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return (routes[name] ?? ((r: Route) => r.fulfill({ status: 404 })))(route);
  });
  await page.route('**/hanging/**', () => new Promise<void>(() => undefined));
  await page.addInitScript(() => {
    const errors: unknown[] = [];
    window.addEventListener('error', (e) => {
      if (e instanceof CustomEvent) errors.push(e.detail);
    });
    Object.assign(window, { __errors: errors });
  });
  await page.goto(`${suite.host.url}basemap.html`);
});

const errorEvents = () =>
  page.evaluate(() => (window as unknown as { __errors: unknown[] }).__errors.splice(0));

/** Puts a new #map (Bretagne, no legend) with `basemap` in the page; resolves with how its ready settled. */
function addMap(basemap: string | null): Promise<string> {
  return page.evaluate(async (url) => {
    await customElements.whenDefined('poles-map');
    document.querySelector('#map')?.remove();
    const map = document.createElement('poles-map');
    map.id = 'map';
    map.setAttribute('region', '53');
    map.setAttribute('ui', 'minimal');
    if (url) map.setAttribute('basemap', url);
    document.body.append(map);
    return (map as unknown as { ready: Promise<void> }).ready.then(
      () => 'resolved',
      (error: Error) => `rejected: ${error.message}`,
    );
  }, basemap);
}

/** The #map's current `ready`, settled. */
const ready = () =>
  page.evaluate(() =>
    (document.querySelector('#map') as unknown as { ready: Promise<void> }).ready.then(
      () => 'resolved',
      (error: Error) => `rejected: ${error.message}`,
    ),
  );

/** Open sea south-west of Brittany: the offline map's sea, or the embedder's style background. */
const ATLANTIC: [number, number] = [-5.0, 47.3];

/** Distance from `colour` of the map's pixel in the Atlantic. */
async function atSea(colour: string): Promise<number> {
  const { x, y } = await pagePoint(page, ATLANTIC, '#map');
  return colourDistance(await pixelAt(page, x, y), hexToRgb(colour));
}

const brestDrawn = () =>
  expect
    .poll(() => colourAt(page, BREST.lonLat, BREST.colour, '#map').catch(() => Infinity), {
      timeout: 30_000,
      interval: 300,
    })
    .toBeLessThan(SAME);

describe('<poles-map basemap> that fails', () => {
  const cases: [name: string, url: () => string, shown: string][] = [
    ['a 404', () => `${suite.host.url}styles/missing.json`, 'le serveur a répondu 404'],
    ['truncated JSON', () => `${suite.host.url}styles/truncated.json`, 'son JSON est tronqué ou mal formé'],
    ['an HTML page', () => `${suite.host.url}styles/page.json`, 'une page HTML, pas un style MapLibre'],
    [
      'an invalid style',
      () => `${suite.host.url}styles/invalid.json`,
      'ce n’est pas un style MapLibre valide',
    ],
    ['404 sprite and tiles', () => `${suite.host.url}styles/no-tiles.json`, 'aucune tuile de ses sources'],
    // Never answered: a failure once BASEMAP_TIMEOUT_MS (15 s) is over, for the style or its tiles.
    [
      'a style server that never answers',
      () => `${suite.host.url}styles/hanging.json`,
      'n’a pas répondu dans les 15',
    ],
    [
      'tile servers that never answer',
      () => `${suite.host.url}styles/hanging-tiles.json`,
      'n’a pas répondu dans les 15',
    ],
    // Another origin: the strict policy's connect-src refuses it before any request.
    [
      'another origin refused by the policy',
      () => 'https://tiles.example.org/style.json',
      'Content-Security-Policy',
    ],
  ];

  it.each(cases)(
    '%s: one error event, the cause shown, back to the default base map',
    async (_, url, shown) => {
      expect(await addMap(url())).toMatch(/^rejected: basemap /);
      const failure = page.locator('#map .failure');
      await expect.poll(() => failure.isVisible()).toBe(true);
      const text = await failure.textContent();
      expect(text).toContain('Le fond de carte');
      expect(text).toContain(shown);
      const back = failure.locator('button.default-basemap');
      expect((await back.textContent())?.trim()).toBe('Revenir au fond de carte par défaut');
      await back.click();
      expect(await ready()).toBe('resolved');
      await brestDrawn();
      await expect.poll(() => atSea(BASEMAP.sea), { timeout: 10_000 }).toBeLessThan(SAME);
      expect(await page.locator('#map').getAttribute('basemap')).toBeNull();
      expect(await page.locator('#map .failure').count()).toBe(0);
      expect(await errorEvents()).toEqual([{ message: expect.stringContaining(url()), reason: 'basemap' }]);
    },
  );

  it('Réessayer fetches the style again: once it is served, the map is drawn on it', async () => {
    let refused = true;
    await page.route('**/flaky/style.json', (route) =>
      refused
        ? route.fulfill({ status: 503, body: '' })
        : route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(plainStyle) }),
    );
    expect(await addMap(`${suite.host.url}flaky/style.json`)).toMatch(/^rejected: /);
    expect(await page.locator('#map .failure').textContent()).toContain('le serveur a répondu 503');
    refused = false;
    await page.locator('#map .failure button.retry').click();
    expect(await ready()).toBe('resolved');
    await brestDrawn();
    expect(await atSea(MAGENTA)).toBeLessThan(SAME);
    expect(await errorEvents()).toEqual([{ message: expect.any(String), reason: 'basemap' }]);
  });
});

describe('<poles-map basemap> changed after the first frame', () => {
  it('a new base map is drawn under the same layers and camera; removed, the offline one is back', async () => {
    expect(await addMap(null)).toBe('resolved');
    await brestDrawn();
    expect(await atSea(BASEMAP.sea)).toBeLessThan(SAME);
    const before = await pagePoint(page, BREST.lonLat, '#map');
    await page
      .locator('#map')
      .evaluate((map, url) => map.setAttribute('basemap', url), `${suite.host.url}styles/plain.json`);
    expect(await ready()).toBe('resolved');
    await expect.poll(() => atSea(MAGENTA), { timeout: 10_000 }).toBeLessThan(SAME);
    await brestDrawn();
    const after = await pagePoint(page, BREST.lonLat, '#map');
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(1);
    await page.locator('#map').evaluate((map) => map.removeAttribute('basemap'));
    expect(await ready()).toBe('resolved');
    await expect.poll(() => atSea(BASEMAP.sea), { timeout: 10_000 }).toBeLessThan(SAME);
    await brestDrawn();
    expect(await errorEvents()).toEqual([]);
  });

  it('logs no page error beyond the failed requests of the cases', () => {
    const unexpected = log.errors.filter(
      (e) => !/404|503|Failed to load resource|Content Security Policy|Refused to connect/i.test(e),
    );
    expect(unexpected).toEqual([]);
  });
});
