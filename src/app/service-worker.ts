// SPDX-License-Identifier: MIT
// Registers the service worker (src/sw/sw.ts) for the app and the presenter, never for the embed:
// a map embedded on a host's site must not install a worker on the host's origin. A new deploy is a
// new worker: it waits, and the page says so ("A new version is available — reload") instead of
// mixing versions; the worker takes over when the notice is accepted, and the page reloads.
import { parseLang, t } from '../i18n/messages.ts';
import './service-worker.css';

/** The site's folder: the worker sits there and its scope is all of it. */
const siteBase = () => new URL(import.meta.env.BASE_URL, document.baseURI);

let reloading = false;

/**
 * Registers the worker once the page has loaded and is idle, so that it never delays the first map.
 * `keep`: files of the site that the page fetched itself and that the worker does not precache (the
 * tour of `?tour=`); on the first visit the page is not yet the worker's, so the worker fetches and
 * keeps them once it is active, for the next visit without the network. Files of another origin
 * are never kept (the worker drops them).
 */
export function registerServiceWorker(keep: readonly URL[] = []): void {
  // Not in development (no dist/sw.js), nor where the browser has none (http other than localhost).
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // A page its worker already controls had its files kept as they came.
  const controlled = navigator.serviceWorker.controller !== null;
  const start = () => {
    const base = siteBase();
    navigator.serviceWorker
      .register(new URL('sw.js', base), { scope: base.pathname, updateViaCache: 'none' })
      .then(watch, (error: unknown) => console.warn('The offline copy is not available:', error));
    if (keep.length && !controlled)
      void navigator.serviceWorker.ready.then((registration) => keepFiles(registration, keep));
  };
  // Safari has no requestIdleCallback.
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 5000 }) : start();
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
  // Listeners for the page's lifetime (the registration is too): no teardown to pair them with.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
  });
}

function keepFiles(registration: ServiceWorkerRegistration, files: readonly URL[]): void {
  registration.active?.postMessage({ type: 'keep', urls: files.map((file) => file.href) });
}

function watch(registration: ServiceWorkerRegistration | undefined): void {
  // Automation that blocks workers (Playwright's serviceWorkers: 'block') resolves with nothing.
  if (!registration) return;
  // A first install has nothing to replace: only a worker that follows another is a new version.
  const replaces = () => navigator.serviceWorker.controller !== null;
  if (registration.waiting && replaces()) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && replaces()) offer(worker);
    });
  });
  // A presenter tab stays open for days: look again whenever it comes back to the front.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });
}

/** The notice of a new version, with its reload button; set as text, in the page's language. */
function offer(worker: ServiceWorker): void {
  if (document.querySelector('.poles-update')) return;
  const lang = parseLang(document.documentElement.lang);
  const notice = document.createElement('div');
  notice.className = 'poles-update';
  notice.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = t(lang, 'update.available');
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = t(lang, 'update.reload');
  reload.addEventListener('click', () => {
    reloading = true;
    worker.postMessage({ type: 'skip-waiting' });
  });
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', t(lang, 'update.dismiss'));
  close.addEventListener('click', () => notice.remove());
  notice.append(text, reload, close);
  document.body.append(notice);
}
