// SPDX-License-Identifier: MIT
// The partnership view in real Chromium: a chord picked in the diagram goes into the URL; the
// matrix counts exactly the partnerships listed.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, recordPage, serveDist, type PageLog, type Served } from './harness.ts';
import type { PartnershipsFile } from '../../src/types.ts';

const partnerships = JSON.parse(readFileSync('public/data/partnerships.json', 'utf8')) as PartnershipsFile;

let served: Served;
let browser: Browser;
let page: Page;
let log: PageLog;

const app = (selector: string) => page.locator('poles-app').locator(selector);
const hash = () => page.evaluate(() => window.location.hash);
const mapDrawn = () =>
  page.evaluate(() =>
    (
      document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map') as unknown as {
        drawn(): Promise<void>;
      }
    ).drawn(),
  );

describe('the partnership view', () => {
  beforeAll(async () => {
    served = await serveDist();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
    log = recordPage(page);
    // Framed on France so that pôles stand apart (the view frames the world by default).
    await page.goto(`${served.url}#v=1&view=links&cam=2.5,46.6,5`);
    await app('poles-links svg path.ribbon').first().waitFor();
    await mapDrawn();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('puts a chord picked in the diagram in the hash', async () => {
    // The Mer pôles' twin link: two pôles with HQs of their own (Brest, Toulon).
    const edge = partnerships.edges.find(
      (e) => e.source === 'pole-mer-bretagne-atlantique' && e.target === 'pole-mer-mediterranee',
    )!;
    await app(`poles-links svg path.ribbon[data-key*="${edge.source}"][data-key*="${edge.target}"]`)
      .first()
      .dispatchEvent('click');
    await expect.poll(hash).toMatch(/link=(edge|label):/);
  });

  it('counts in the matrix exactly the partnerships listed', async () => {
    await app('poles-links select[name=view]').selectOption('matrix');
    await app('poles-links svg rect.cell').first().waitFor();
    const sum = await app('poles-links svg rect.cell:not([data-mirror])').evaluateAll((cells) =>
      cells.reduce((n, c) => n + Number(c.getAttribute('data-value')), 0),
    );
    const rows = await app('poles-links tbody tr').count();
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBe(rows);
  });

  it('logs no error', () => {
    expect(log.errors).toEqual([]);
  });
});
