// SPDX-License-Identifier: MIT
// The service worker (built to dist/sw.js, registered by index.html and present.html only; the
// embed never registers one on a host's origin). After one visit with the network, the app, the
// presenter, the data and the current tour work with the network cut. Pages, data and tours come
// from the network first, so that a new deploy is never hidden behind a kept copy; the kept copy
// answers when the network fails. A new build is a new worker with new caches: it waits until the
// page's notice is accepted (src/app/service-worker.ts), then deletes the old caches.
import {
  NETWORK_TIMEOUT_MS,
  cacheKey,
  cacheNames,
  isCacheable,
  keepable,
  staleCaches,
  strategyFor,
} from './routing.ts';

// The project's lib is DOM (not WebWorker, whose globals clash with it): the little of the service
// worker scope used here is declared at module scope.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly location: Location;
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
declare const self: ServiceWorkerScope;
/** Written at the top of dist/sw.js by the build (scripts/service-worker-build.ts). */
declare const __POLES_SW_BUILD__: { version: string; files: string[] };

const BUILD = __POLES_SW_BUILD__;
const scope = self.registration.scope;
const names = cacheNames(scope, BUILD.version);

self.addEventListener('install', (event) => {
  // All or nothing: a worker that could not keep every file does not install, and the previous one stays.
  event.waitUntil(
    caches
      .open(names.shell)
      .then((cache) =>
        cache.addAll(
          BUILD.files.map((f) => new Request(new URL(f, self.location.href), { cache: 'no-cache' })),
        ),
      ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(staleCaches(keys, scope, BUILD.version).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; urls?: unknown } | null;
  if (data?.type === 'skip-waiting') void self.skipWaiting();
  // Files a page fetched before this worker controlled it (src/app/service-worker.ts keepFiles).
  if (data?.type === 'keep')
    event.waitUntil(Promise.all(keepable(data.urls, scope, self.location.href).map(fetchAndKeep)));
});

/** The kept copy: the latest from the network first, then the build's own. */
async function kept(request: Request, navigate: boolean): Promise<Response | undefined> {
  const key = cacheKey(request.url, navigate);
  for (const name of [names.runtime, names.shell]) {
    const cache = await caches.open(name);
    const hit = await cache.match(key, { ignoreSearch: navigate });
    if (hit) return hit;
  }
  return undefined;
}

async function keep(request: Request, navigate: boolean, response: Response): Promise<void> {
  if (!isCacheable(response)) return;
  const cache = await caches.open(names.runtime);
  await cache.put(cacheKey(request.url, navigate), response);
}

async function fetchAndKeep(url: string): Promise<void> {
  const request = new Request(url, { cache: 'no-cache', credentials: 'same-origin' });
  try {
    await keep(request, false, await fetch(request));
  } catch {
    // The network went away meanwhile: the page's own copy is still in use, the next visit keeps it.
  }
}

/** The network's answer, kept for later once it arrives (within the event's lifetime). */
function fromNetwork(event: FetchEvent, navigate: boolean): Promise<Response> {
  const network = fetch(event.request);
  event.waitUntil(
    network.then((response) => keep(event.request, navigate, response.clone())).catch(() => undefined),
  );
  return network;
}

async function networkFirst(event: FetchEvent, navigate: boolean): Promise<Response> {
  const network = fromNetwork(event, navigate);
  const copy = await kept(event.request, navigate).catch(() => undefined);
  if (!copy) return network;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Response>((resolve) => {
    timer = setTimeout(() => resolve(copy), NETWORK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([network, late]);
  } catch {
    return copy;
  } finally {
    clearTimeout(timer);
  }
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
  const hit = await kept(event.request, false).catch(() => undefined);
  return hit ?? fromNetwork(event, false);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const navigate = request.mode === 'navigate';
  const strategy = strategyFor(
    { url: request.url, method: request.method, navigate, range: request.headers.has('range') },
    scope,
    self.location.href,
  );
  if (strategy === 'none') return;
  event.respondWith(strategy === 'cache-first' ? cacheFirst(event) : networkFirst(event, navigate));
});
