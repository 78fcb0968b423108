// SPDX-License-Identifier: MIT
// An embedder's online base map (the `basemap` attribute): its style is fetched here, before MapLibre
// and before a WebGL context is taken, so that each way it can fail is told apart and named (an
// address refused by the page's policy, a 404, an HTML page, truncated JSON, not a style) instead of
// leaving an empty box. MapLibre, given the style as an object, then validates it and loads its
// tiles (basemap-watch.ts). No MapLibre import: this runs and is tested without the engine. Loaded
// with import() only for a map given a `basemap`.
import { BASEMAP_TIMEOUT_MS, BasemapError } from './basemap-error.ts';

/**
 * Whether `url` is plain http: on a page served over https:, which the browser refuses to fetch
 * (mixed content): refused before any request, with a message that says so.
 */
export function insecureOnSecurePage(url: string, pageUrl: string): boolean {
  return new URL(url).protocol === 'http:' && new URL(pageUrl).protocol === 'https:';
}

/** What a MapLibre style needs at least; MapLibre's own validation names the finer errors. */
function looksLikeStyle(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const style = value as Record<string, unknown>;
  return (
    style.version === 8 &&
    typeof style.sources === 'object' &&
    style.sources !== null &&
    Array.isArray(style.layers)
  );
}

/**
 * Reads a fetched style: the failure it shows (status, an HTML page, truncated or non-JSON text, not
 * a style), or the parsed style.
 */
export async function readStyleResponse(url: string, response: Response): Promise<object> {
  if (!response.ok) throw new BasemapError('http', url, String(response.status));
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  // A login page, a CMS's "not found" page served with 200, a directory listing...
  if (/html/i.test(type) || /^\s*</.test(text)) throw new BasemapError('html', url);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BasemapError('json', url);
  }
  if (!looksLikeStyle(json)) throw new BasemapError('invalid', url, 'version 8, sources, layers');
  return json as object;
}

export interface LoadStyleOptions {
  /** The page's URL (document.baseURI), for the mixed-content check. */
  pageUrl: string;
  /** Where the browser reports a Content-Security-Policy refusal (the element's document). */
  document: Document;
  signal?: AbortSignal;
  /** For tests: BASEMAP_TIMEOUT_MS otherwise. */
  timeoutMs?: number;
}

/**
 * Fetches and checks the style at `url`; rejects with a BasemapError naming the failure (or an
 * AbortError when `signal` aborts).
 */
export async function loadBasemapStyle(url: string, options: LoadStyleOptions): Promise<object> {
  if (insecureOnSecurePage(url, options.pageUrl)) throw new BasemapError('insecure', url);
  let refused = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    // The full URL, or only its origin when the browser hides the rest (after a redirect).
    const blocked = event.blockedURI;
    if (/^https?:/.test(blocked) && url.startsWith(blocked)) refused = true;
  };
  options.document.addEventListener('securitypolicyviolation', onViolation);
  const timeoutMs = options.timeoutMs ?? BASEMAP_TIMEOUT_MS;
  // One signal for the caller's abort and the timeout, which must also stop a body that stalls.
  const request = new AbortController();
  const abort = () => request.abort(options.signal?.reason);
  if (options.signal?.aborted) abort();
  options.signal?.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeoutMs);
  const timeout = () => new BasemapError('timeout', url, String(Math.round(timeoutMs / 1000)));
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: request.signal, credentials: 'same-origin' });
    } catch (error) {
      if (timedOut) throw timeout();
      if (options.signal?.aborted) throw error;
      // Chromium rejects the fetch before it dispatches the policy's violation event: one task later
      // the event has come if the policy was the cause.
      await new Promise((resolve) => setTimeout(resolve, 0));
      throw new BasemapError(refused ? 'blocked' : 'unreachable', url);
    }
    try {
      return await readStyleResponse(url, response);
    } catch (error) {
      if (timedOut) throw timeout();
      throw error;
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
    options.document.removeEventListener('securitypolicyviolation', onViolation);
  }
}
