// SPDX-License-Identifier: MIT
// How the benchmark and the bundle budget find a page's initial JS and its lazy chunks.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dynamicImports,
  htmlScripts,
  pageBundle,
  staticImports,
  workerUrls,
} from '../../scripts/bench/bundle-graph.ts';

describe('bench bundle graph', () => {
  it('reads module scripts and modulepreload links, not CDN or classic scripts', () => {
    const html = `<script type="module" crossorigin src="./assets/index-a.js"></script>
      <link rel="modulepreload" href="./assets/shared-b.js"><link rel="stylesheet" href="./x.css">
      <script src="legacy.js"></script><script type="module" src="https://unpkg.com/x.js"></script>`;
    expect(htmlScripts(html)).toEqual(['./assets/index-a.js', './assets/shared-b.js']);
  });

  it('tells static imports, import() and workers apart in minified code', () => {
    const code =
      'import{a as b}from"./shared-1.js";import"./side-2.js";export{c}from`./re-3.js`;' +
      'const e=()=>import(`./engine-4.js`),w=new URL(`maplibre-gl-worker-5.js`,import.meta.url).href;';
    expect(staticImports(code)).toEqual(['./shared-1.js', './side-2.js', './re-3.js']);
    expect(dynamicImports(code)).toEqual(['./engine-4.js']);
    expect(workerUrls(code)).toEqual(['maplibre-gl-worker-5.js']);
  });

  const dir = mkdtempSync(join(tmpdir(), 'bench-graph-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('splits a built page into initial, lazy and worker files', () => {
    mkdirSync(join(dir, 'assets'));
    const files: Record<string, string> = {
      'index.html': '<script type="module" src="./assets/index.js"></script>',
      'assets/index.js': 'import"./shared.js";const m=()=>import("./engine.js");',
      'assets/shared.js': 'export const s=1;',
      'assets/engine.js': 'import"./shared.js";import"./gl.js";new URL("worker.js",import.meta.url);',
      'assets/gl.js': 'export const g=1;',
      'assets/worker.js': 'self.onmessage=()=>{};',
      'assets/unused.js': 'export const u=1;',
    };
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    const bundle = pageBundle(dir);
    expect(bundle.initial.files).toEqual(['assets/index.js', 'assets/shared.js']);
    expect(bundle.lazy.files).toEqual(['assets/engine.js', 'assets/gl.js']);
    expect(bundle.workers.files).toEqual(['assets/worker.js']);
    expect(bundle.initial.gzip).toBeGreaterThan(0);
  });
});
