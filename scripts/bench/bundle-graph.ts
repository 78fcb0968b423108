// SPDX-License-Identifier: MIT
// Which built JS files a page loads, read from a Vite output folder: the <script type="module"> of
// the HTML and its static imports (the initial JS), then what dynamic import() pulls in for the
// default map (the engine chunk and what it imports), then the chunks of the other views (view.*, see
// scripts/chunk-names.ts). Shared by `npm run bench` and the bundle-budget unit test, so both count
// the same way.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VIEW_CHUNK_PREFIX } from '../chunk-names.ts';

// Minified output quotes specifiers with ", ' or ` (rolldown uses backticks for import()).
const Q = '["\'`]';
const SPEC = `(\\.{1,2}\\/[^"'\`]+?\\.m?js)`;
const STATIC_RE = new RegExp(`(?:\\bfrom\\s*|\\bimport\\s*)${Q}${SPEC}${Q}`, 'g');
const DYNAMIC_RE = new RegExp(`\\bimport\\(\\s*${Q}${SPEC}${Q}\\s*\\)`, 'g');
// A worker is referenced as new URL("x.js", import.meta.url): loaded by the browser, not imported.
const WORKER_RE = new RegExp(
  `new URL\\(\\s*${Q}(\\.?\\/?[^"'\`]+?\\.m?js)${Q}\\s*,\\s*import\\.meta\\.url`,
  'g',
);

const matches = (re: RegExp, code: string): string[] => [...code.matchAll(re)].map((m) => m[1]!);

/** Module scripts and modulepreload links of an HTML page, as written (relative to the page). */
export function htmlScripts(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isModule = /^<script/i.test(tag) && /type=["']?module/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /rel=["']?modulepreload/i.test(tag);
    const url = /(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if ((isModule || isPreload) && url && !/^[a-z]+:|^\/\//i.test(url)) out.push(url);
  }
  return out;
}

export const staticImports = (code: string): string[] => matches(STATIC_RE, code);
export const dynamicImports = (code: string): string[] => matches(DYNAMIC_RE, code);
export const workerUrls = (code: string): string[] => matches(WORKER_RE, code);

export interface ChunkSet {
  /** Paths relative to the output folder. */
  files: string[];
  bytes: number;
  gzip: number;
}

export function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export function chunkSet(root: string, files: Iterable<string>): ChunkSet {
  const list = [...new Set(files)].sort();
  let bytes = 0;
  let gzip = 0;
  for (const f of list) {
    bytes += readFileSync(join(root, f)).length;
    gzip += gzipBytes(join(root, f));
  }
  return { files: list, bytes, gzip };
}

const isViewChunk = (file: string): boolean => basename(file).startsWith(VIEW_CHUNK_PREFIX);

/**
 * Follows imports from `entries` (absolute paths): static ones only, or also import() but not into
 * the chunks of other views (what the default map loads), or every import().
 */
function closure(entries: string[], follow: 'static' | 'map' | 'all'): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const lazy = follow === 'static' ? [] : dynamicImports(code);
    const next = [...staticImports(code), ...(follow === 'map' ? lazy.filter((s) => !isViewChunk(s)) : lazy)];
    for (const spec of next) stack.push(resolve(dirname(file), spec));
  }
  return seen;
}

export interface PageBundle {
  /** What the HTML loads before any import(): its scripts and their static imports. */
  initial: ChunkSet;
  /** What import() loads on top of it for the default map (for the app: the MapLibre + deck.gl engine). */
  lazy: ChunkSet;
  /** The chunks of the other views (view.*) and what they import beyond the above, loaded on demand. */
  views: ChunkSet;
  /** Worker scripts referenced by new URL(…, import.meta.url) (MapLibre's). */
  workers: ChunkSet;
}

/** The JS graph of `entries` (absolute paths of entry chunks) inside the output folder `root`. */
export function entryBundle(root: string, entries: string[]): PageBundle {
  // Absolute paths throughout: a file reached from an entry given relatively and again through an
  // import must be one file, counted once.
  const starts = entries.map((entry) => resolve(entry));
  const initial = closure(starts, 'static');
  const map = closure(starts, 'map');
  const all = closure(starts, 'all');
  const workers = new Set<string>();
  for (const file of all) {
    for (const url of workerUrls(readFileSync(file, 'utf8'))) workers.add(resolve(dirname(file), url));
  }
  const rel = (set: Iterable<string>) => [...set].filter((f) => existsSync(f)).map((f) => relative(root, f));
  return {
    initial: chunkSet(root, rel(initial)),
    lazy: chunkSet(root, rel([...map].filter((f) => !initial.has(f)))),
    views: chunkSet(root, rel([...all].filter((f) => !map.has(f)))),
    workers: chunkSet(root, rel(workers)),
  };
}

/** The JS graph of an HTML page of a Vite output folder (e.g. dist/index.html). */
export function pageBundle(root: string, htmlFile = 'index.html'): PageBundle {
  const html = join(root, htmlFile);
  const entries = htmlScripts(readFileSync(html, 'utf8')).map((src) =>
    resolve(dirname(html), src.split(/[?#]/)[0]!),
  );
  return entryBundle(root, entries);
}

/** Every .js file under `dir` (recursively), relative to it. */
export function jsFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.m?js$/.test(entry.name)) out.push(relative(dir, p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}
