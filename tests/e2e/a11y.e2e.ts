// SPDX-License-Identifier: MIT
// Accessibility of the app in real Chromium (issue 6): axe-core over the document and its open
// shadow roots in the map view, the partnership view and with a profile open; a keyboard-only
// journey from the search box to a pôle's partners and back; forced colours (Windows high contrast).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { appSuite, presenterMapReady, openApp } from './harness.ts';
import { t } from '../../src/i18n/messages.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The profile's partnership heading, "Partenariats documentés (n)", for any n. */
const PARTNERSHIPS_HEADING = new RegExp(
  `^${t('fr', 'profile.partnerships', { n: '\u0001' })
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace('\u0001', '\\d+')}$`,
);
/** Tab presses allowed to reach the search box from the top of the page: a bounded journey. */
const MAX_TABS_TO_SEARCH = 25;

const suite = appSuite({ viewport: { width: 1200, height: 800 } });

const app = (selector: string) => suite.page.locator('poles-app').locator(selector);

/** A fresh document at `hash` (a same-document hash change would keep the last test's state). */
async function open(hash: string): Promise<void> {
  await openApp(suite.page, `${suite.served.url}${hash}`);
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: unknown[];
}

/** Serious and critical axe violations of the page as it is (shadow DOM included). */
async function seriousViolations(): Promise<Violation[]> {
  await suite.page.addScriptTag({ content: AXE_SOURCE });
  return suite.page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => n.target),
      }));
  });
}

/** The focused element through the shadow roots, as `tag#id` from the document down. */
const focusPath = () =>
  suite.page.evaluate(() => {
    const path: string[] = [];
    let el: Element | null = document.activeElement;
    while (el) {
      path.push(`${el.localName}${el.id ? `#${el.id}` : ''}`);
      el = el.shadowRoot?.activeElement ?? null;
    }
    return path.join(' > ');
  });
const SEARCH_INPUT = /poles-search > input$/;

/** Chooses Aerospace Valley in the search box from the keyboard; the profile opens, focus on its title. */
async function chooseFromSearch(): Promise<void> {
  await open('#v=1');
  await app('poles-search input').focus();
  await suite.page.keyboard.type('Aerospace Valley');
  await suite.page.keyboard.press('Enter');
  await expect.poll(focusPath).toMatch(/pole-profile > h2#profile-title$/);
}

describe('accessibility', () => {
  it('has no serious or critical axe violation in the map view', async () => {
    await open('#v=1');
    expect(await seriousViolations()).toEqual([]);
  });

  it('has no serious or critical axe violation in the partnership view', async () => {
    await open('#v=1&view=links');
    await app('poles-links svg path.ribbon').first().waitFor({ state: 'attached' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('has no serious or critical axe violation in the Évolutions view', async () => {
    await open('#v=1&view=evolutions&evo=2018-2019&evonet=1');
    await app('poles-evolutions svg.chart g.band').first().waitFor({ state: 'attached' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('has no serious or critical axe violation with a profile open', async () => {
    await open('#v=1&pole=aerospace-valley');
    await app('pole-profile h2').waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it('has no serious or critical axe violation on the embedding demo', async () => {
    await suite.page.goto(`${suite.served.url}demo.html`);
    await suite.page.waitForFunction(() => document.querySelectorAll('poles-map').length >= 2);
    await suite.page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll('poles-map')].map(
          (m) => (m as unknown as { ready: Promise<void> }).ready,
        ),
      ),
    );
    expect(await seriousViolations()).toEqual([]);
  });

  it('has no serious or critical axe violation in presenter mode', async () => {
    await suite.page.goto(`${suite.served.url}present.html`);
    await presenterMapReady(suite.page);
    expect(await seriousViolations()).toEqual([]);
  });

  it('reaches the search box by Tab, opens Aerospace Valley from the keyboard with focus on its title', async () => {
    await open('#v=1');
    let tabs = 0;
    while (!SEARCH_INPUT.test(await focusPath()) && tabs < MAX_TABS_TO_SEARCH) {
      await suite.page.keyboard.press('Tab');
      tabs++;
    }
    console.info(`search box reached after ${tabs} Tab presses`);
    expect(await focusPath()).toMatch(SEARCH_INPUT);
    await suite.page.keyboard.type('Aerospace Valley');
    await suite.page.keyboard.press('Enter');
    await expect.poll(() => app('pole-profile h2').textContent()).toBe('Aerospace Valley');
    await expect.poll(focusPath).toMatch(/pole-profile > h2#profile-title$/);
  });

  it('lets Tab go on from the title to the pôle’s partnerships in its profile', async () => {
    await chooseFromSearch();
    // The heading says how many; each partnership is an item of `ul.partners` with its source link.
    await expect
      .poll(() => app('pole-profile h3').allTextContents())
      .toContainEqual(expect.stringMatching(PARTNERSHIPS_HEADING));
    expect(await app('pole-profile ul.partners > li').count()).toBeGreaterThan(0);
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await suite.page.keyboard.press('Tab');
      reached = await suite.page.evaluate(() => {
        const profile = document
          .querySelector('poles-app')!
          .shadowRoot!.querySelector('pole-profile')!.shadowRoot!;
        return !!profile.activeElement?.closest('ul.partners');
      });
    }
    expect(reached).toBe(true);
  });

  // All of Aerospace Valley's documented partners are outside the pôles: the list of the
  // international view is where they are read (the chord and matrix list pôle-to-pôle links).
  it('lists Aerospace Valley’s partnerships in the partnership view', async () => {
    await open('#v=1&view=links&pole=aerospace-valley');
    await app('poles-links select[name=view]').selectOption('international');
    const rows = app('poles-links tbody tr');
    await expect
      .poll(
        async () => (await rows.allTextContents()).filter((row) => row.includes('Aerospace Valley')).length,
      )
      .toBeGreaterThan(0);
  });

  // Closing the profile (Escape, or its close button) gives the focus back to where the pôle was
  // chosen, here the search box.
  it('gives the focus back to the search box when the profile is closed with Escape', async () => {
    await chooseFromSearch();
    await suite.page.keyboard.press('Escape');
    await expect.poll(() => app('pole-profile h2').count(), { timeout: 2000 }).toBe(0);
    await expect.poll(focusPath, { timeout: 2000 }).toMatch(SEARCH_INPUT);
  });

  it('gives the focus back to the search box when the profile is closed with its button', async () => {
    await chooseFromSearch();
    await suite.page.keyboard.press('Shift+Tab');
    expect(await focusPath()).toMatch(/pole-profile > button$/);
    await suite.page.keyboard.press('Enter');
    await expect.poll(() => app('pole-profile h2').count()).toBe(0);
    await expect.poll(focusPath, { timeout: 2000 }).toMatch(SEARCH_INPUT);
  });

  it('still draws the map and the list in forced colours', async () => {
    await suite.page.emulateMedia({ forcedColors: 'active' });
    try {
      await open('#v=1');
      expect(await suite.page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      await expect.poll(() => app('.pole-list > li').count()).toBeGreaterThan(40);
      expect(await app('.pole-list').isVisible()).toBe(true);
      const canvas = await app('poles-map canvas').boundingBox();
      expect(canvas!.width * canvas!.height).toBeGreaterThan(100_000);
      expect(await app('poles-map .legend').isVisible()).toBe(true);
    } finally {
      await suite.page.emulateMedia({ forcedColors: 'none' });
    }
  });

  it('logs no error on the way', () => {
    expect(suite.log.errors).toEqual([]);
  });
});
