// SPDX-License-Identifier: MIT
// The service worker's decisions, pure so that unit tests can hold them: which requests it answers
// and how, what it may keep, and which caches are its own. It answers only GET requests of its own
// origin inside its scope: a request to another origin is never cached (the app makes none, and a
// host page's files are not ours to keep).

/** How a request is answered. */
export type Strategy =
  /** From the network, kept for later; the kept copy when the network fails (pages, data, tours). */
  | 'network-first'
  /** From the cache, else the network (files whose name holds their hash: never changed in place). */
  | 'cache-first'
  /** Not handled: the browser fetches as if there were no service worker. */
  | 'none';

export interface RequestFacts {
  url: string;
  method: string;
  /** A page navigation (its query string does not change the page that answers it). */
  navigate: boolean;
  /** A Range request (media, resumed downloads): partial answers are never kept. */
  range: boolean;
}

/** How long the network may take before the kept copy answers (a venue's Wi-Fi that hangs). */
export const NETWORK_TIMEOUT_MS = 6000;

/** How the worker of `scope`, whose script is `worker`, answers `request`. */
export function strategyFor(request: RequestFacts, scope: string, worker: string): Strategy {
  if (request.method !== 'GET' || request.range) return 'none';
  const url = new URL(request.url);
  const base = new URL(scope);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'none';
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return 'none';
  // The browser fetches the worker's own script to look for a new version: never from a cache.
  if (url.origin + url.pathname === new URL(worker).href.split(/[?#]/)[0]) return 'none';
  if (url.pathname.startsWith(`${base.pathname}assets/`) && !url.search) return 'cache-first';
  return 'network-first';
}

/**
 * Of the URLs a page asks the worker to keep (`{type: 'keep', urls}`: a file the page fetched before
 * the worker controlled it, such as the tour of `present.html?tour=` on the first visit), those it
 * may keep: its own, answered from the network first. Anything else is dropped, never fetched.
 */
export function keepable(urls: unknown, scope: string, worker: string): string[] {
  if (!Array.isArray(urls)) return [];
  return urls.filter((url): url is string => {
    if (typeof url !== 'string') return false;
    try {
      return (
        strategyFor({ url, method: 'GET', navigate: false, range: false }, scope, worker) === 'network-first'
      );
    } catch {
      return false; // not a URL
    }
  });
}

/** The key a response is kept under: no fragment; a folder's page is its index.html. */
export function cacheKey(url: string, navigate: boolean): string {
  const key = new URL(url);
  key.hash = '';
  if (navigate && key.pathname.endsWith('/')) key.pathname += 'index.html';
  return key.href;
}

/** Only complete answers of our own origin are kept (no error, no partial, no opaque or CORS answer). */
export function isCacheable(response: { status: number; type: string }): boolean {
  return response.status === 200 && response.type === 'basic';
}

/** The names of the caches of a build: one prefix per scope, so two sites on one origin never meet. */
export function cacheNames(scope: string, version: string) {
  const prefix = `poles:${scope}:`;
  return { prefix, shell: `${prefix}shell-${version}`, runtime: `${prefix}runtime-${version}` };
}

/** The caches that an activated worker deletes: ours, of other builds. */
export function staleCaches(existing: readonly string[], scope: string, version: string): string[] {
  const names = cacheNames(scope, version);
  return existing.filter((n) => n.startsWith(names.prefix) && n !== names.shell && n !== names.runtime);
}

/**
 * The files a build precaches, relative to the worker: the app and presenter pages and every built
 * asset (scripts, styles, workers), the favicon, the data manifest and the data files it lists.
 */
export function precacheList(builtFiles: readonly string[], dataFiles: readonly string[]): string[] {
  const pages = ['index.html', 'present.html'];
  const assets = builtFiles.filter((f) => f.startsWith('assets/'));
  const data = ['data/manifest.json', ...dataFiles.map((f) => `data/${f}`)];
  return [...pages, ...assets.sort(), 'favicon.svg', ...data];
}
