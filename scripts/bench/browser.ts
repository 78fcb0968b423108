// SPDX-License-Identifier: MIT
// Serving built folders on 127.0.0.1 with vite preview and opening fresh pages in Debian's Chromium
// with the e2e tests' SwiftShader flags (launchChromium is shared, not copied).
import { preview } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/harness.ts';

export { launchChromium };

export interface Server {
  url: string;
  close: () => Promise<void>;
}

export async function serve(dir: string): Promise<Server> {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 4190, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no URL');
  return { url, close: () => server.close() };
}

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Runs `fn` on a page of its own (fresh context: no cache, no storage), then closes it. Errors of
 * the page are collected so that a broken page fails the bench instead of giving a figure.
 */
export async function withPage<T>(
  browser: Browser,
  fn: (page: Page, errors: string[]) => Promise<T>,
): Promise<T> {
  // No service worker: its precaching after the first frame would weigh on the measures that follow.
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    return await fn(page, errors);
  } finally {
    await context.close();
  }
}

/** Opens a bench page and waits for the result it puts in window.__bench. */
export async function benchResult<T>(browser: Browser, url: string, timeoutMs = 180_000): Promise<T> {
  return withPage(browser, async (page, errors) => {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench !== undefined, undefined, {
      timeout: timeoutMs,
      polling: 100,
    });
    const result = (await page.evaluate(() => window.__bench)) as T & { error?: string };
    if (result.error || errors.length > 0) throw new Error(`${url}: ${result.error ?? errors.join('\n')}`);
    return result;
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
