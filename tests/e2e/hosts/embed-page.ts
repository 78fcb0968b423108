// SPDX-License-Identifier: MIT
// What embed.e2e.ts asks of a page that embeds <poles-map>: a log of everything the page did
// (requests, console, CSP violations) and the pixels of the map at a longitude/latitude.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { colourDistance, pixelAt, recordPage, type PageLog } from '../harness.ts';
import { SECTOR_COLOURS, hexToRgb } from '../../../src/theme/palette.ts';
import type { PolesFile } from '../../../src/types.ts';
import { poleAt } from '../../../src/data/time/at-year.ts';

/** The policy of issue 5 for an embed served by the host itself. */
export const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:";

/** The policy the README gives for an embed served from `embedOrigin` (another origin than the page). */
export const crossOriginPolicy = (embedOrigin: string, workerSrc = `'self' ${embedOrigin} blob:`) =>
  `default-src 'self'; script-src 'self' ${embedOrigin}; worker-src ${workerSrc}; ` +
  `connect-src 'self' ${embedOrigin}; style-src 'self'; img-src 'self' data: blob:`;

const poles = JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile;
/** A pôle drawn at its seat of `year` (Pôle Mer Bretagne Atlantique moved from Brest to Plouzané). */
const pole = (id: string, year: number) => {
  const found = poles.features.find((f) => f.id === id);
  const feature = found && poleAt(found, year);
  if (!feature?.geometry) throw new Error(`no pôle ${id} placed in ${year} in public/data`);
  return {
    id,
    lonLat: feature.geometry.coordinates,
    colour: hexToRgb(SECTOR_COLOURS[feature.properties.sector]),
  };
};
/** Labelled in 2019, in Bretagne (53), its HQ shared with no other pôle: nothing of ours covers it. */
export const BREST = pole('pole-mer-bretagne-atlantique', 2019);
/** Labelled in 2010 but not in 2019, in Occitanie (76), 38 km from anything drawn in 2019. */
export const TRIMATEC = pole('trimatec', 2010);

export interface EmbedLog extends PageLog {
  warnings: string[];
}

/** A new page at `url` whose requests, console and CSP violations (from its first script on) are kept. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1000, height: 700 },
  /** Run on the new page before it navigates (routes, for instance). */
  prepare?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; log: EmbedLog }> {
  const page = await browser.newPage({ viewport });
  await prepare?.(page);
  const log: EmbedLog = { ...recordPage(page), warnings: [] };
  page.on('console', (message) => {
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    Object.assign(window, { __violations: list });
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url);
  return { page, log };
}

export const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Requests to an origin other than `origin` (data: and blob: URLs are the page's own). */
export const foreignRequests = (log: PageLog, origin: string): string[] =>
  log.requests.filter((url) => new URL(url).origin !== origin && !/^(data|blob):/.test(url));

/** Waits until the <poles-map> matched by `selector` has drawn its first frame (its `ready`). */
export async function mapReady(page: Page, selector = 'poles-map'): Promise<void> {
  await page.evaluate(async (sel) => {
    await customElements.whenDefined('poles-map');
    await (document.querySelector(sel) as unknown as { ready: Promise<void> }).ready;
  }, selector);
}

/** Page coordinates (CSS pixels) of `lonLat` on the map `selector`, from its project(). */
export function pagePoint(page: Page, lonLat: [number, number], selector = 'poles-map') {
  return page.evaluate(
    ({ sel, ll }) => {
      const map = document.querySelector(sel) as HTMLElement & {
        project(p: [number, number]): { x: number; y: number };
      };
      const box = map.getBoundingClientRect();
      const p = map.project(ll);
      return { x: box.left + p.x, y: box.top + p.y };
    },
    { sel: selector, ll: lonLat },
  );
}

/** Distance from `colour` of the page's pixel at `lonLat` (moved `dx` px) on the map `selector`. */
export async function colourAt(
  page: Page,
  lonLat: [number, number],
  colour: readonly number[],
  selector = 'poles-map',
  dx = 0,
): Promise<number> {
  const { x, y } = await pagePoint(page, lonLat, selector);
  return colourDistance(await pixelAt(page, x + dx, y), colour);
}

/** Attribute `name` of the element matched by `selector`. */
export const attribute = (page: Page, selector: string, name: string): Promise<string | null> =>
  page.evaluate(({ sel, n }) => document.querySelector(sel)!.getAttribute(n), { sel: selector, n: name });
