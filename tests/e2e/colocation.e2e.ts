// SPDX-License-Identifier: MIT
// Every pôle visible and pickable (issue 15, section 1), in real Chromium on one app page: for every
// year of the data, each pôle the year places is hovered where the map draws it (pôles of one seat
// are spread on a ring) and the tooltip names it; the pôles placed are those the filters give for
// the year, computed here from the data. At Lyon, the hub of the seat shared by CARA (ex-LUTB),
// Lyonbiopôle and Techtera lists the three, and a click lists them with a way to select one; at
// Paris the count badge of the sites of one point lists them all on click.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appMapDrawn, appMapPoint, appSuite, openApp } from './harness.ts';
import { applyFilters } from '../../src/data/filters.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../src/data/time/scope.ts';
import { DEFAULT_STATE } from '../../src/state/view-state.ts';
import type { MembersFile, PolesFile } from '../../src/types.ts';

const read = <T>(name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;
const poles = read<PolesFile>('poles.geojson').features;
const members = read<MembersFile>('members.geojson').features;
const nameOf = (id: string) => poles.find((f) => f.id === id)!.properties.shortName;
const LYON: [number, number] = [4.83638, 45.75485];
const PARIS: [number, number] = [2.3428, 48.85661];

/** The pôles the map places in `year` (labelled, with a seat that year), by the app's own filters. */
function placedIn(year: number): Map<string, [number, number]> {
  const shown = applyFilters(poles, members, year, DEFAULT_STATE.filters, DEFAULT_STATE.siteYears);
  return new Map(shown.poles.flatMap((f) => (f.geometry ? [[f.id, f.geometry.coordinates]] : [])));
}

const suite = appSuite({ viewport: { width: 1000, height: 700 } }, async ({ served, page }) => {
  await openApp(page, `${served.url}#v=1`);
});

/** A same-document hash change (the app follows it), then the map's next frame. */
async function go(hash: string): Promise<void> {
  await suite.page.evaluate((h) => (window.location.hash = h), hash);
  await appMapDrawn(suite.page);
}

interface Drawn {
  id: string;
  x: number;
  y: number;
  /** Whether the point is on the map, clear of its edges and of the boxes over it. */
  onMap: boolean;
}

/** Where the map draws each of `ids` (page pixels), from the element's drawnAt(). */
function drawnPoles(ids: string[], layer: 'poles' | 'members' = 'poles'): Promise<Drawn[]> {
  return suite.page.evaluate(
    ({ ids, layer }) => {
      type MapEl = HTMLElement & { drawnAt(id: string, layer: string): { x: number; y: number } | null };
      const map = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map') as MapEl;
      const box = map.getBoundingClientRect();
      // What lies over the map's canvas and takes the pointer: legend, insets, buttons.
      const covers = [...map.shadowRoot!.querySelectorAll('.legend, .insets, .overview, .attribution')].map(
        (e) => e.getBoundingClientRect(),
      );
      return ids.flatMap((id) => {
        const at = map.drawnAt(id, layer);
        if (!at) return [];
        const x = box.left + at.x;
        const y = box.top + at.y;
        const inside = x > box.left + 10 && x < box.right - 10 && y > box.top + 10 && y < box.bottom - 10;
        const covered = covers.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
        return [{ id, x, y, onMap: inside && !covered }];
      });
    },
    { ids, layer },
  );
}

/** The tooltip's text once it shows for the pointer at (x, y), else ''. */
function tooltipAt(x: number, y: number): Promise<string> {
  return suite.page.evaluate(
    ({ x, y }) => {
      const map = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map')!;
      const box = map.getBoundingClientRect();
      const tip = map.shadowRoot!.querySelector<HTMLElement>('.tooltip');
      // The tooltip stands where the picked point was: a stale one of the last point does not count.
      if (!tip || Math.abs(parseFloat(tip.style.left) - (x - box.left)) > 1.5) return '';
      if (Math.abs(parseFloat(tip.style.top) - (y - box.top)) > 1.5) return '';
      return tip.textContent ?? '';
    },
    { x, y },
  );
}

/** Hovers (x, y) and resolves with the tooltip shown there. */
async function hover(x: number, y: number, expected: string): Promise<string> {
  await suite.page.mouse.move(Math.round(x), Math.round(y));
  await expect.poll(() => tooltipAt(Math.round(x), Math.round(y)), { timeout: 10_000 }).toContain(expected);
  return tooltipAt(Math.round(x), Math.round(y));
}

describe('every pôle visible and pickable', () => {
  it(`names each placed pôle in the tooltip at its drawn position, every year ${FIRST_YEAR}-${LAST_YEAR}`, async () => {
    /** Pôles off the France view (overseas), hovered afterwards with the camera on them. */
    const away = new Map<string, { at: [number, number]; years: number[] }>();
    let hovered = 0;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
      await go(`#v=1&year=${year}`);
      const placed = placedIn(year);
      const drawn = await drawnPoles([...placed.keys()]);
      // Each placed pôle is drawn, and no other.
      expect(drawn.map((d) => d.id).sort(), `pôles drawn in ${year}`).toEqual([...placed.keys()].sort());
      // Drawn apart: no two HQs on top of each other (at most touching).
      for (const [i, a] of drawn.entries())
        for (const b of drawn.slice(i + 1))
          if (placed.get(a.id)!.join() === placed.get(b.id)!.join())
            expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id}/${b.id} in ${year}`).toBeGreaterThanOrEqual(14);
      for (const d of drawn) {
        if (!d.onMap) {
          const entry = away.get(d.id) ?? { at: placed.get(d.id)!, years: [] };
          entry.years.push(year);
          away.set(d.id, entry);
          continue;
        }
        await hover(d.x, d.y, nameOf(d.id));
        hovered += 1;
      }
    }
    for (const [id, { at, years }] of away) {
      for (const year of years) {
        await go(`#v=1&year=${year}&cam=${at[0]},${at[1]},8`);
        const [d] = await drawnPoles([id]);
        expect(d?.onMap, `${id} in ${year}`).toBe(true);
        await hover(d!.x, d!.y, nameOf(id));
        hovered += 1;
      }
    }
    // Every year places some forty pôles or more: the loop hovered them all.
    expect(hovered).toBeGreaterThan(40 * (LAST_YEAR - FIRST_YEAR + 1));
  }, 900_000);

  it('reaches every member site at Lyon, and lists the sites folded into the Paris badge', async () => {
    await go(`#v=1&year=2019&cam=${LYON[0]},${LYON[1]},11`);
    const ids = members.map((f) => f.id);
    const sites = (await drawnPoles(ids, 'members')).filter((d) => d.onMap);
    expect(sites.length).toBeGreaterThan(10);
    for (const s of sites) {
      const site = members.find((f) => f.id === s.id)!;
      await hover(s.x, s.y, site.properties.organisation);
    }
    // At Paris, more sites at the commune's point than a ring holds: one badge, and a hub to list all.
    await go(`#v=1&year=2019&cam=${PARIS[0]},${PARIS[1]},11`);
    const folded = members.filter((f) => f.geometry.coordinates.join() === PARIS.join()).length;
    expect(folded).toBeGreaterThan(12);
    const hub = await appMapPoint(suite.page, PARIS);
    await hover(hub.x, hub.y, nameOf('cap-digital'));
    await suite.page.mouse.click(Math.round(hub.x), Math.round(hub.y));
    const list = suite.page.locator('poles-app').locator('poles-map').locator('.group-list');
    await expect.poll(() => list.locator('button.members').count(), { timeout: 10_000 }).toBeGreaterThan(12);
    // The badge's number is the count of the sites it stands for.
    const badge = await suite.page
      .locator('poles-app')
      .locator('poles-map')
      .locator('.map-labels span.badge')
      .first()
      .textContent();
    expect(Number(badge)).toBe(await list.locator('button.members').count());
    await list.locator('.close').click();
    await expect.poll(() => list.count()).toBe(0);
  }, 120_000);
  it('lists CARA (ex-LUTB), Lyonbiopôle and Techtera at their shared Lyon seat, and selects one from the list', async () => {
    // 2018: the three at Lyon; from late 2019 the data seats Techtera at Écully, CARA and Lyonbiopôle stay.
    const group = { 2018: ['cara', 'lyonbiopole', 'techtera'], 2019: ['cara', 'lyonbiopole'] };
    for (const [year, ids] of Object.entries(group)) {
      await go(`#v=1&year=${year}&cam=${LYON[0]},${LYON[1]},11`);
      const hub = await appMapPoint(suite.page, LYON);
      const text = await hover(hub.x, hub.y, nameOf(ids[0]!));
      for (const id of ids) expect(text, `${id} in ${year}`).toContain(nameOf(id));
      // Each HQ of the seat stands apart, where the tooltip names it.
      for (const d of await drawnPoles(ids)) await hover(d.x, d.y, nameOf(d.id));
    }
    // A click on the hub lists every symbol of the seat; a pôle's button selects it.
    const hub = await appMapPoint(suite.page, LYON);
    await suite.page.mouse.click(Math.round(hub.x), Math.round(hub.y));
    const list = suite.page.locator('poles-app').locator('poles-map').locator('.group-list');
    await expect
      .poll(async () => (await list.locator('button.poles').allTextContents()).map((n) => n.trim()), {
        timeout: 10_000,
      })
      .toEqual([nameOf('cara'), nameOf('lyonbiopole')]);
    await list.locator('button.poles', { hasText: nameOf('lyonbiopole') }).click();
    await expect
      .poll(() => suite.page.evaluate(() => window.location.hash), { timeout: 10_000 })
      .toContain('pole=lyonbiopole');
    await expect.poll(() => list.count()).toBe(0);
    expect(suite.log.errors).toEqual([]);
  }, 120_000);
});
