// SPDX-License-Identifier: MIT
// The service worker's decisions (src/sw/routing.ts), and the worker the build writes: what it
// answers and keeps (same origin, in its scope, GET only), its caches, its precache list and
// version; and that the embed, which runs on other sites, never registers one.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheKey,
  cacheNames,
  isCacheable,
  keepable,
  precacheList,
  staleCaches,
  strategyFor,
  type RequestFacts,
} from '../../src/sw/routing.ts';

const scope = 'https://example.org/poles/';
const worker = 'https://example.org/poles/sw.js';
const get = (url: string, patch: Partial<RequestFacts> = {}): RequestFacts => ({
  url,
  method: 'GET',
  navigate: false,
  range: false,
  ...patch,
});
const strategy = (url: string, patch: Partial<RequestFacts> = {}) =>
  strategyFor(get(url, patch), scope, worker);

describe('which requests the worker answers', () => {
  it('answers pages, data and tours from the network first, hashed assets from the cache first', () => {
    expect(strategy(`${scope}present.html?tour=tours/a.json`, { navigate: true })).toBe('network-first');
    expect(strategy(scope, { navigate: true })).toBe('network-first');
    expect(strategy(`${scope}data/poles.geojson`)).toBe('network-first');
    expect(strategy(`${scope}tours/salon.json`)).toBe('network-first');
    expect(strategy(`${scope}assets/engine-BHSVj3gV.js`)).toBe('cache-first');
    // A query string makes it another file than the one the build named.
    expect(strategy(`${scope}assets/engine-BHSVj3gV.js?v=2`)).toBe('network-first');
  });

  it('never handles another origin, another path of its origin, or anything but a whole GET', () => {
    expect(strategy('https://cdn.example.com/poles/data/poles.geojson')).toBe('none');
    expect(strategy('http://example.org/poles/data/poles.geojson')).toBe('none');
    expect(strategy('https://example.org/other-app/index.html', { navigate: true })).toBe('none');
    expect(strategy(`${scope}data/poles.geojson`, { method: 'POST' })).toBe('none');
    expect(strategy(`${scope}data/poles.geojson`, { range: true })).toBe('none');
    expect(strategy('blob:https://example.org/4b1e')).toBe('none');
  });

  it('leaves its own script to the browser, which looks there for a new version', () => {
    expect(strategy(worker)).toBe('none');
    expect(strategy(`${worker}?v=1`)).toBe('none');
  });
});

describe('what it keeps, and where', () => {
  it('keeps complete same-origin answers only', () => {
    expect(isCacheable({ status: 200, type: 'basic' })).toBe(true);
    expect(isCacheable({ status: 404, type: 'basic' })).toBe(false);
    expect(isCacheable({ status: 206, type: 'basic' })).toBe(false);
    expect(isCacheable({ status: 0, type: 'opaque' })).toBe(false);
    expect(isCacheable({ status: 200, type: 'cors' })).toBe(false);
  });

  it('keeps, when a page asks, only files of its own that it answers from the network first', () => {
    const tour = `${scope}tours/salon.json`;
    expect(keepable([tour, `${scope}data/time.json`], scope, worker)).toEqual([
      tour,
      `${scope}data/time.json`,
    ]);
    expect(
      keepable(
        [
          'https://cdn.example.com/tours/salon.json',
          'https://example.org/other-app/tour.json',
          `${scope}assets/engine-BHSVj3gV.js`,
          worker,
          'not a url',
          42,
        ],
        scope,
        worker,
      ),
    ).toEqual([]);
    expect(keepable(tour, scope, worker)).toEqual([]);
    expect(keepable(null, scope, worker)).toEqual([]);
  });

  it('keys a page without its fragment, and a folder by its index.html', () => {
    expect(cacheKey(`${scope}present.html#stop=3`, true)).toBe(`${scope}present.html`);
    expect(cacheKey(scope, true)).toBe(`${scope}index.html`);
    expect(cacheKey(`${scope}data/`, false)).toBe(`${scope}data/`);
  });

  it('names its caches by scope and build, and deletes only its own of other builds', () => {
    const names = cacheNames(scope, 'v2');
    expect(names.shell).toBe('poles:https://example.org/poles/:shell-v2');
    const existing = [
      names.shell,
      names.runtime,
      cacheNames(scope, 'v1').shell,
      cacheNames(scope, 'v1').runtime,
      cacheNames('https://example.org/other/', 'v1').shell,
      'another-app-cache',
    ];
    expect(staleCaches(existing, scope, 'v2')).toEqual([
      cacheNames(scope, 'v1').shell,
      cacheNames(scope, 'v1').runtime,
    ]);
  });

  it('precaches both pages, every built asset, the favicon and the data of the manifest', () => {
    expect(
      precacheList(
        ['assets/b.js', 'index.html', 'assets/a.css', 'demo.html', 'sw.js'],
        ['poles.geojson', 'time.json'],
      ),
    ).toEqual([
      'index.html',
      'present.html',
      'assets/a.css',
      'assets/b.js',
      'favicon.svg',
      'data/manifest.json',
      'data/poles.geojson',
      'data/time.json',
    ]);
  });
});

const DIST = 'dist';
describe.runIf(existsSync(join(DIST, 'sw.js')))('the built worker (dist/, after vite build)', () => {
  it('carries its precache list, every file of which exists, and a version', () => {
    const code = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const match = /^const __POLES_SW_BUILD__ = (\{.*\});\n/.exec(code);
    expect(match).not.toBeNull();
    const build = JSON.parse(match![1]!) as { version: string; files: string[] };
    expect(build.version).toMatch(/^[0-9a-f]{16}$/);
    for (const file of build.files) expect(existsSync(join(DIST, file)), file).toBe(true);
    const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
      files: { file: string }[];
    };
    expect(build.files).toEqual(
      expect.arrayContaining(['index.html', 'present.html', ...manifest.files.map((f) => `data/${f.file}`)]),
    );
    // One classic script: no import of another chunk, no URL of another origin.
    expect(code).not.toMatch(/^\s*import[\s{]/m);
    expect(code).not.toMatch(/https?:\/\//);
  });

  it('is registered by the app and the presenter, and never by the embed', () => {
    const embed = join(DIST, 'embed');
    const files = existsSync(embed) ? readdirSync(embed, { recursive: true, encoding: 'utf8' }) : [];
    const scripts = files.filter((f) => f.endsWith('.js'));
    for (const f of scripts) expect(readFileSync(join(embed, f), 'utf8'), f).not.toContain('serviceWorker');
    const assets = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'));
    expect(
      assets.filter((f) => readFileSync(join(DIST, 'assets', f), 'utf8').includes('serviceWorker.register')),
    ).toHaveLength(1);
  });
});
