// SPDX-License-Identifier: MIT
// The failure of an embedder's online base map (basemap-load.ts, basemap-watch.ts), apart from the
// code that finds it: the element tells it from other failures on every page, the loader is only
// downloaded for a map given a `basemap`.

/** Why an online base map cannot be used; each has its message in the catalogues (`basemap.<kind>`). */
export type BasemapFailureKind =
  'insecure' | 'blocked' | 'unreachable' | 'http' | 'html' | 'json' | 'invalid' | 'tiles';

export class BasemapError extends Error {
  constructor(
    readonly kind: BasemapFailureKind,
    /** The style's URL, as the embedder gave it (resolved). */
    readonly url: string,
    /** The HTTP status ('http') or MapLibre's first validation message ('invalid'). */
    readonly detail = '',
  ) {
    super(`basemap ${url}: ${kind}${detail ? ` (${detail})` : ''}`);
    this.name = 'BasemapError';
  }
}
