// SPDX-License-Identifier: MIT
// WebGL2 probe, run before the map engine is imported (ENGINEERING.md B.4): MapLibre 6 and deck.gl
// interleaved need WebGL2, and a browser without it should not download ~1 MB of engine for nothing.

export type GlSupport = { ok: true } | { ok: false; reason: 'no-webgl2' | 'performance-caveat' };

export interface ProbeOptions {
  /**
   * Also fail when the browser would only give a slow (software) context, e.g. SwiftShader: the
   * opt-in "software rendering detected" downgrade. @default false
   */
  failIfMajorPerformanceCaveat?: boolean;
}

/**
 * Whether a WebGL2 context can be created. The probe context is released at once: browsers cap live
 * contexts (about 16) and drop the oldest, which could be a map's.
 */
export function probeWebGL2(options: ProbeOptions = {}): GlSupport {
  const strict = options.failIfMajorPerformanceCaveat ?? false;
  const canvas = document.createElement('canvas');
  let gl: WebGL2RenderingContext | null = null;
  try {
    gl = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: strict });
  } catch {
    // Some locked-down browsers throw instead of returning null.
  }
  if (gl) {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { ok: true };
  }
  // A strict probe cannot tell "no WebGL2" from "only a slow WebGL2"; a lenient one can.
  if (strict && probeWebGL2().ok) return { ok: false, reason: 'performance-caveat' };
  return { ok: false, reason: 'no-webgl2' };
}

let pageSupport: GlSupport | null = null;

/**
 * probeWebGL2 once per page: its answer does not change, each probe creates a context, and a page
 * may hold several maps. The entry modules ask first, so that the engine download starts at once.
 */
export function pageGlSupport(): GlSupport {
  return (pageSupport ??= probeWebGL2());
}
