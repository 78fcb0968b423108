// SPDX-License-Identifier: MIT
// <poles-map members-src> as host pages use it (issue 14), on the app's map in real Chromium: moved
// during an import (within one task, and put back later), removed for good, the attribute removed
// or changed, a malformed URL, a UTF-16 list and duplicate rows. One app page for all (a load costs
// ~10 s here); the lists are served from memory.
import { describe, expect, it } from 'vitest';
import { appSuite, openApp } from './harness.ts';
import { generateMemberList } from '../fixtures/member-lists/generate.ts';
import { plural, t } from '../../src/i18n/messages.ts';

const BIG = generateMemberList(100_000);
const SMALL =
  'Raison sociale;Code INSEE;Pôle\nAirbus Operations;31555;aerospace-valley\nIfremer Brest;29019;Pôle Mer Bretagne Atlantique\n';
const DUPLICATES =
  'Raison sociale;Code INSEE;Pôle\n' +
  'Airbus Operations;31555;aerospace-valley\n' +
  'Ifremer Brest;29019;Pôle Mer Bretagne Atlantique\n' +
  'AIRBUS operations;31555;aerospace-valley\n';

function utf16le(text: string): Buffer {
  const units = [0xfeff, ...Array.from(text, (c) => c.charCodeAt(0))];
  return Buffer.from(Uint16Array.from(units).buffer);
}

const LISTS: Record<string, Buffer> = {
  'big.csv': BIG.bytes,
  'small.csv': Buffer.from(SMALL),
  'duplicates.csv': Buffer.from(DUPLICATES),
  'unicode.csv': utf16le(SMALL),
};

const suite = appSuite({ viewport: { width: 900, height: 640 } }, async ({ served, page }) => {
  await page.route('**/lists/**', (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop()!);
    const body = LISTS[name];
    return body
      ? route.fulfill({ status: 200, contentType: 'text/csv', body })
      : route.fulfill({ status: 404 });
  });
  await openApp(page, served.url);
  // Records the map's `error` events.
  await page.evaluate(() => {
    const map = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map')!;
    const w = window as unknown as { __errors: string[] };
    w.__errors = [];
    map.addEventListener('error', (e) =>
      w.__errors.push((e as CustomEvent<{ message: string }>).detail.message),
    );
  });
});

type MapEl = HTMLElement & { data: { members: { features: { id: string }[] } } | null };

const status = () =>
  suite.page.evaluate(
    () =>
      document
        .querySelector('poles-app')!
        .shadowRoot!.querySelector('poles-map')!
        .shadowRoot!.querySelector('.import-status')?.textContent ?? null,
  );
const errors = () =>
  suite.page.evaluate(() => (window as unknown as { __errors: string[] }).__errors.splice(0));
const memberIds = () =>
  suite.page.evaluate(() => {
    const map = document
      .querySelector('poles-app')!
      .shadowRoot!.querySelector('poles-map') as unknown as MapEl;
    return map.data!.members.features.map((f) => String(f.id));
  });
const importWorkers = () => suite.page.workers().filter((w) => w.url().includes('member-import')).length;

/** Sets (or, with null, removes) members-src on the app's map. */
const setSrc = (src: string | null) =>
  suite.page.evaluate((value) => {
    const map = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map')!;
    if (value === null) map.removeAttribute('members-src');
    else map.setAttribute('members-src', value);
  }, src);

const done = (file: string, placed: number, rows: number, unplaced: number) =>
  t('fr', 'import.done', { file, placed, rows, unplaced });
const reading = (file: string) => t('fr', 'import.reading', { file });

describe('members-src on the app’s <poles-map>', () => {
  let documented: string[];

  it('a move within one task during the import: the import completes', async () => {
    documented = await memberIds();
    await setSrc('/lists/big.csv');
    await expect.poll(status, { timeout: 10_000 }).toBe(reading('big.csv'));
    await expect.poll(importWorkers, { timeout: 10_000 }).toBe(1);
    // Removed and put back in the same place within one task, as a framework re-rendering does.
    await suite.page.evaluate(() => {
      const map = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map')!;
      map.parentNode!.insertBefore(map, map.nextSibling);
    });
    await expect.poll(status, { timeout: 90_000 }).toBe(done('big.csv', 99_000, 100_000, 1000));
    expect((await memberIds()).length).toBe(99_000);
    expect(await importWorkers()).toBe(0);
  }, 120_000);

  it('removing members-src gives the documented sites back; changing it replaces the list', async () => {
    await setSrc(null);
    await expect.poll(memberIds).toEqual(documented);
    expect(await status()).toBeNull();
    await setSrc('/lists/small.csv');
    await expect.poll(status, { timeout: 30_000 }).toBe(done('small.csv', 2, 2, 0));
    expect((await memberIds()).length).toBe(2);
    await setSrc('/lists/duplicates.csv');
    // Duplicate rows: placed once, counted and named by row in the status line.
    await expect
      .poll(status, { timeout: 30_000 })
      .toBe(
        `${done('duplicates.csv', 2, 3, 0)} ${plural('fr', 'import.duplicates', 1, { rows: '4 (= 2)' })}`,
      );
    expect((await memberIds()).length).toBe(2);
  }, 90_000);

  it('reads a UTF-16 list with a BOM, its headers recognised', async () => {
    await setSrc('/lists/unicode.csv');
    await expect.poll(status, { timeout: 30_000 }).toBe(done('unicode.csv', 2, 2, 0));
  }, 60_000);

  it('a literal % in the URL: an error event and a visible message naming the URL, no uncaught error', async () => {
    await errors();
    await setSrc('/lists/100%.csv');
    const url = new URL('/lists/100%.csv', suite.served.url).href;
    const message = t('fr', 'import.badUrl', { url });
    await expect.poll(errors, { timeout: 10_000 }).toEqual([message]);
    expect(await status()).toBe(t('fr', 'import.failed', { message }));
    // The list failed: the documented sites are back.
    expect(await memberIds()).toEqual(documented);
  }, 60_000);

  it('moved during the import and put back 200 ms later: it starts again and completes', async () => {
    await setSrc('/lists/big.csv');
    await expect.poll(importWorkers, { timeout: 10_000 }).toBe(1);
    await suite.page.evaluate(async () => {
      const map = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map')!;
      const [parent, next] = [map.parentNode!, map.nextSibling];
      map.remove();
      await new Promise((r) => setTimeout(r, 200));
      parent.insertBefore(map, next);
    });
    await expect.poll(status, { timeout: 90_000 }).toBe(done('big.csv', 99_000, 100_000, 1000));
  }, 120_000);

  it('removed for good during the import: the worker is terminated', async () => {
    await setSrc('/lists/small.csv');
    await expect.poll(status, { timeout: 30_000 }).toBe(done('small.csv', 2, 2, 0));
    await setSrc('/lists/big.csv');
    await expect.poll(importWorkers, { timeout: 10_000 }).toBe(1);
    await suite.page.evaluate(() =>
      document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map')!.remove(),
    );
    await expect.poll(importWorkers, { timeout: 5000 }).toBe(0);
  }, 60_000);

  it('logs no uncaught error', () => {
    expect(suite.log.errors.filter((e) => !/404|WebGL|GL_/.test(e))).toEqual([]);
  });
});
