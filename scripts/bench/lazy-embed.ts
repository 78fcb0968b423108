// SPDX-License-Identifier: MIT
// Item 12: an embed three screens below the fold. What the host page has downloaded before the reader
// scrolls (gzip -9 of every file it requested, the page included), against a bare page with a plain
// MapLibre map at the same place (bench/bare-below.html); then, after scrolling to the embed, the time
// to its early paint. The embed is the project's embed build (vite.embed.config.ts) in a temp folder,
// with a host page written next to it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { median, withPage } from './browser.ts';
import { ROOT } from './synthetic.ts';
import { row, type Row } from './table.ts';

const HOST_PAGE = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Benchmark page: an embed three screens below the fold</title>
    <style>
      body { margin: 0; }
      .fold { height: 300vh; }
      poles-map { width: 1000px; height: 600px; }
    </style>
  </head>
  <body>
    <div class="fold"></div>
    <poles-map></poles-map>
    <script type="module" src="./poles-map.js"></script>
  </body>
</html>
`;

/** Builds the embed into `outDir` with a host page, below.html, holding one map below the fold. */
export async function buildLazyEmbed(outDir: string): Promise<void> {
  await build({
    logLevel: 'error',
    clearScreen: false,
    root: ROOT,
    configFile: join(ROOT, 'vite.embed.config.ts'),
    build: { outDir, emptyOutDir: true },
  });
  writeFileSync(join(outDir, 'below.html'), HOST_PAGE);
}

/** gzip -9 bytes of the files of `dir` the page requested (its own origin's; none other is allowed). */
function requestedBytes(dir: string, urls: string[]): number {
  let total = 0;
  for (const url of new Set(urls)) {
    const path = decodeURIComponent(new URL(url).pathname);
    if (/^(data|blob):/.test(url)) continue;
    total += gzipSync(readFileSync(join(dir, path)), { level: 9 }).length;
  }
  return total;
}

/** Waits for the page's load, its idle callbacks and a second more: what it loads unasked has come. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  await page.waitForTimeout(1000);
}

interface EmbedRun {
  bytes: number;
  /** ms from the scroll to the early paint on screen. */
  scrollToPaintMs: number;
}

function embedRun(browser: Browser, embedUrl: string, embedDir: string): Promise<EmbedRun> {
  return withPage(browser, async (page, errors) => {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(`${embedUrl}below.html`);
    await settle(page);
    const bytes = requestedBytes(embedDir, urls);
    const scrollToPaintMs = await page.evaluate(async () => {
      const map = document.querySelector('poles-map') as HTMLElement & { painted: Promise<void> };
      const start = performance.now();
      map.scrollIntoView();
      await map.painted;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    });
    if (errors.length > 0) throw new Error(`embed below the fold: ${errors.join('\n')}`);
    return { bytes, scrollToPaintMs };
  });
}

function bareRun(browser: Browser, pagesUrl: string, pagesDir: string): Promise<number> {
  return withPage(browser, async (page, errors) => {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(`${pagesUrl}bench/bare-below.html?w=1000&h=600`);
    await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 120_000 });
    await settle(page);
    if (errors.length > 0) throw new Error(`bare-below: ${errors.join('\n')}`);
    return requestedBytes(pagesDir, urls);
  });
}

export interface LazyEmbedFigures {
  runs: EmbedRun[];
  bareBytes: number[];
  rows: Row[];
}

export async function measureLazyEmbed(
  browser: Browser,
  embed: { url: string; dir: string },
  pages: { url: string; dir: string },
  runs: number,
): Promise<LazyEmbedFigures> {
  const ours: EmbedRun[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await embedRun(browser, embed.url, embed.dir));
    bare.push(await bareRun(browser, pages.url, pages.dir));
  }
  const note = `host page, map 1000×600 three screens below the fold, median of ${runs}`;
  return {
    runs: ours,
    bareBytes: bare,
    rows: [
      row(
        '12 lazy embed',
        'bytes before the reader scrolls vs a bare MapLibre map at the same place',
        'B gzip',
        median(ours.map((r) => r.bytes)),
        median(bare),
        { max: 0.1 },
        note,
      ),
      row(
        '12 lazy embed',
        'scroll to the embed → its early paint on screen',
        'ms',
        median(ours.map((r) => r.scrollToPaintMs)),
        null,
        {},
        `${note}; no baseline: the bare map was drawn before the scroll`,
      ),
    ],
  };
}
