// SPDX-License-Identifier: MIT
// The failure of an embedder's online base map (basemap-load.ts, basemap-watch.ts), apart from the
// code that finds it: the element tells it from other failures on every page, the loader is only
// downloaded for a map given a `basemap`.

/**
 * How long the style's server has to answer (body included), and then its tiles' servers to give
 * the first complete frame: a server that never answers (a request left hanging) is a failure after
 * this, not a map that never comes. @default 15 s
 */
export const BASEMAP_TIMEOUT_MS = 15_000;

/** Why an online base map cannot be used; each has its message in the catalogues (`basemap.<kind>`). */
export type BasemapFailureKind =
  'insecure' | 'blocked' | 'unreachable' | 'http' | 'html' | 'json' | 'invalid' | 'tiles' | 'timeout';

export class BasemapError extends Error {
  constructor(
    readonly kind: BasemapFailureKind,
    /** The style's URL, as the embedder gave it (resolved). */
    readonly url: string,
    /**
     * The HTTP status ('http'), MapLibre's first validation message ('invalid'), or the seconds the
     * style's or its tiles' server had to answer ('timeout').
     */
    readonly detail = '',
  ) {
    super(`basemap ${url}: ${kind}${detail ? ` (${detail})` : ''}`);
    this.name = 'BasemapError';
  }
}
