// SPDX-License-Identifier: MIT
// File names of the built chunks, shared by both builds (vite.config.ts, vite.embed.config.ts): a
// chunk that one of our import() calls loads for a view that is not the default map (the diagrams,
// the profile, the tables, the no-WebGL map, the map overlays, the exporters) is named view.*, so
// that the bundle benchmark and budget can tell what the default map needs from what a view adds.
// The map engine (src/map/engine.ts) and the early paint drawn while it loads
// (src/elements/poles-early-map/) are part of the default map. An e2e test checks that the
// default map requests no view.* file, which keeps this naming honest.
import type { PreRenderedChunk } from 'rolldown';

/** Prefix of the chunks of views other than the default map (not `view-`: src/state/view-state.ts is a chunk of the default map). */
export const VIEW_CHUNK_PREFIX = 'view.';

/** The dynamic entries the default map loads. */
const DEFAULT_MAP = [
  '/src/map/engine.ts',
  '/src/elements/poles-early-map/poles-early-map.component.ts',
  // The overseas and Paris insets, loaded with the data (poles-map.component.ts).
  '/src/elements/poles-map/insets.ts',
];

export function chunkFileName(chunk: PreRenderedChunk): string {
  const facade = chunk.facadeModuleId?.replace(/\\/g, '/') ?? '';
  const view =
    chunk.isDynamicEntry && /\/src\//.test(facade) && !DEFAULT_MAP.some((part) => facade.endsWith(part));
  return `assets/${view ? VIEW_CHUNK_PREFIX : ''}[name]-[hash].js`;
}
