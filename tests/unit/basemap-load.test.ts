// SPDX-License-Identifier: MIT
// The online base map's style, fetched and checked before MapLibre: each failure named.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BasemapError } from '../../src/map/basemap-error.ts';
import { insecureOnSecurePage, loadBasemapStyle, readStyleResponse } from '../../src/map/basemap-load.ts';
import { failedSources, sourceLayers, tiledSources } from '../../src/map/basemap-watch.ts';
import type { StyleSpecification } from 'maplibre-gl';

const URL_ = 'https://tiles.example.org/style.json';
const STYLE = { version: 8, sources: {}, layers: [] };

/** The failure `promise` rejects with, as `kind (detail)`. */
async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BasemapError)) throw new Error(`not a BasemapError: ${String(error)}`);
  return error.detail ? `${error.kind} (${error.detail})` : error.kind;
}

const response = (body: string, status = 200, type = 'application/json') =>
  new Response(body, { status, headers: { 'content-type': type } });

describe('insecureOnSecurePage (mixed content, refused before any request)', () => {
  it('refuses http: on an https: page only', () => {
    expect(insecureOnSecurePage('http://tiles.example.org/s.json', 'https://www.example.fr/')).toBe(true);
    expect(insecureOnSecurePage('https://tiles.example.org/s.json', 'https://www.example.fr/')).toBe(false);
    expect(insecureOnSecurePage('http://tiles.example.org/s.json', 'http://localhost:5173/')).toBe(false);
  });
});

describe('readStyleResponse', () => {
  it('names an HTTP error with its status', async () => {
    expect(await failure(readStyleResponse(URL_, response('Not found', 404, 'text/plain')))).toBe(
      'http (404)',
    );
  });

  it('names an HTML page, by its type or by its first character', async () => {
    expect(
      await failure(readStyleResponse(URL_, response('<!doctype html><p>x</p>', 200, 'text/html'))),
    ).toBe('html');
    expect(await failure(readStyleResponse(URL_, response('  <html></html>', 200, 'application/json')))).toBe(
      'html',
    );
  });

  it('names truncated JSON', async () => {
    expect(await failure(readStyleResponse(URL_, response('{"version": 8, "sources": {')))).toBe('json');
  });

  it('names JSON that is not a style', async () => {
    for (const body of [
      '[]',
      '{"version": 7, "sources": {}, "layers": []}',
      '{"version": 8, "layers": []}',
    ]) {
      expect(await failure(readStyleResponse(URL_, response(body)))).toMatch(/^invalid/);
    }
  });

  it('gives the parsed style otherwise', async () => {
    expect(await readStyleResponse(URL_, response(JSON.stringify(STYLE)))).toEqual(STYLE);
  });
});

describe('loadBasemapStyle', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A stand-in for the element's document, where the browser reports policy violations. */
  const page = () => new EventTarget() as unknown as Document;

  it('refuses http: on an https: page without fetching', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const load = loadBasemapStyle('http://tiles.example.org/s.json', {
      pageUrl: 'https://www.example.fr/',
      document: page(),
    });
    expect(await failure(load)).toBe('insecure');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('names a fetch refused by the page policy (its violation event comes after the rejection)', async () => {
    const document = page();
    vi.stubGlobal('fetch', () => {
      setTimeout(() =>
        document.dispatchEvent(Object.assign(new Event('securitypolicyviolation'), { blockedURI: URL_ })),
      );
      return Promise.reject(new TypeError('Failed to fetch'));
    });
    expect(await failure(loadBasemapStyle(URL_, { pageUrl: 'https://www.example.fr/', document }))).toBe(
      'blocked',
    );
  });

  it('names an unreachable address when no policy refused it, and listens no more after', async () => {
    const document = page();
    const remove = vi.spyOn(document, 'removeEventListener');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await failure(loadBasemapStyle(URL_, { pageUrl: 'https://www.example.fr/', document }))).toBe(
      'unreachable',
    );
    expect(remove).toHaveBeenCalledWith('securitypolicyviolation', expect.any(Function));
  });

  /** A fetch whose server never answers: it settles only when its signal aborts, as the browser's. */
  const hanging = (init?: RequestInit) =>
    new Promise<Response>((_, reject) =>
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as Error)),
    );

  it('names a server that never answers once the wait is over, and aborts its request', async () => {
    let signal: AbortSignal | undefined;
    vi.stubGlobal(
      'fetch',
      (_: string, init?: RequestInit) => ((signal = init?.signal ?? undefined), hanging(init)),
    );
    const load = loadBasemapStyle(URL_, {
      pageUrl: 'https://www.example.fr/',
      document: page(),
      timeoutMs: 1500,
    });
    expect(await failure(load)).toBe('timeout (2)');
    expect(signal?.aborted).toBe(true);
  });

  it('names a body that stalls after the headers, once the wait is over', async () => {
    vi.stubGlobal('fetch', (_: string, init?: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"version": 8, '));
          init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
        },
      });
      return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    });
    const load = loadBasemapStyle(URL_, {
      pageUrl: 'https://www.example.fr/',
      document: page(),
      timeoutMs: 20,
    });
    expect(await failure(load)).toBe('timeout (0)');
  });

  it('gives the AbortError of its caller’s abort, not a failure of the base map', async () => {
    vi.stubGlobal('fetch', (_: string, init?: RequestInit) => hanging(init));
    const caller = new AbortController();
    const load = loadBasemapStyle(URL_, {
      pageUrl: 'https://www.example.fr/',
      document: page(),
      signal: caller.signal,
    });
    caller.abort();
    await expect(load).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('loads a style', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(response(JSON.stringify(STYLE))));
    expect(await loadBasemapStyle(URL_, { pageUrl: 'https://www.example.fr/', document: page() })).toEqual(
      STYLE,
    );
  });
});

describe('the online style in MapLibre (basemap-watch.ts)', () => {
  const style = {
    version: 8,
    sources: {
      osm: { type: 'vector', tiles: ['https://t/{z}/{x}/{y}.pbf'] },
      hills: { type: 'raster', tiles: ['https://t/{z}/{x}/{y}.png'] },
      pins: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'bg', type: 'background' },
      { id: 'water', type: 'fill', source: 'osm', 'source-layer': 'water' },
      { id: 'roads', type: 'line', source: 'osm', 'source-layer': 'transportation' },
      { id: 'hills', type: 'raster', source: 'hills' },
      { id: 'pins', type: 'circle', source: 'pins' },
    ],
  } as unknown as StyleSpecification;

  it('knows the tiled sources and the source layers each vector source is read for', () => {
    expect(tiledSources(style)).toEqual(['osm', 'hills']);
    expect(sourceLayers(style)).toEqual(new Map([['osm', new Set(['water', 'transportation'])]]));
  });

  it('fails the base map only when every source that tried loaded nothing', () => {
    const tiled = ['osm', 'hills'];
    expect(failedSources(tiled, new Set(['osm', 'hills']), new Set())).toEqual({
      failed: ['osm', 'hills'],
      all: true,
    });
    expect(failedSources(tiled, new Set(['osm', 'hills']), new Set(['hills']))).toEqual({
      failed: ['osm'],
      all: false,
    });
    // A source that asked for nothing (out of its zoom range) is neither failed nor loaded.
    expect(failedSources(tiled, new Set(['osm']), new Set())).toEqual({ failed: ['osm'], all: true });
    expect(failedSources(tiled, new Set(), new Set())).toEqual({ failed: [], all: false });
  });
});
