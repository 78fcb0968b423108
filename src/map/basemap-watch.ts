// SPDX-License-Identifier: MIT
// What MapLibre tells of an embedder's online style once it has it (basemap-load.ts fetched it):
// validation errors (the style never loads: an empty box), and whether its tiles arrive. MapLibre
// takes a 404 tile without an error event (servers answer 404 for empty tiles): a 404 raster tile
// never loads, a 404 vector tile loads empty. So a source counts as failed when it asked for tiles
// (or its TileJSON failed) and, by the first idle frame, loaded no raster tile or holds no vector
// feature its layers read.
// A tile server that never answers keeps MapLibre from ever loading or going idle: a base map whose
// first idle frame has not come BASEMAP_TIMEOUT_MS after it was given to MapLibre failed too.
// Only a base map of which no source drew anything is a failure; a part missing (one source among
// several, the sprite, the glyphs) leaves a usable map and is a console warning.
import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_TIMEOUT_MS, BasemapError } from './basemap-error.ts';

/** Source types whose data comes in tiles over the network. */
const TILED = new Set(['vector', 'raster', 'raster-dem']);

/** The sources of `style` whose tiles are fetched. */
export function tiledSources(style: StyleSpecification): string[] {
  return Object.entries(style.sources)
    .filter(([, source]) => TILED.has(source.type))
    .map(([id]) => id);
}

/** The `source-layer`s that the style's layers read from each vector source. */
export function sourceLayers(style: StyleSpecification): Map<string, Set<string>> {
  const layers = new Map<string, Set<string>>();
  for (const layer of style.layers) {
    if (!('source' in layer) || typeof layer.source !== 'string') continue;
    if (style.sources[layer.source]?.type !== 'vector' || !layer['source-layer']) continue;
    const set = layers.get(layer.source) ?? new Set<string>();
    set.add(layer['source-layer']);
    layers.set(layer.source, set);
  }
  return layers;
}

/**
 * The sources that failed at the first idle frame: asked for tiles or reported an error, and loaded
 * none. `all` when every source that tried failed (the base map drew nothing of its own).
 */
export function failedSources(
  tiled: readonly string[],
  tried: ReadonlySet<string>,
  loaded: ReadonlySet<string>,
): { failed: string[]; all: boolean } {
  const attempted = tiled.filter((id) => tried.has(id));
  const failed = attempted.filter((id) => !loaded.has(id));
  return { failed, all: attempted.length > 0 && failed.length === attempted.length };
}

export interface BasemapWatch {
  /** The failure found so far, if any (a validation error, or no tile at the first idle frame). */
  readonly failure: BasemapError | null;
  off(): void;
}

/** Watches `map`, which loads the online `style` fetched from `url`; `onFailure` is called once. */
export function watchBasemap(
  map: MapLibreMap,
  url: string,
  style: StyleSpecification,
  onFailure: (error: BasemapError) => void,
): BasemapWatch {
  const tiled = tiledSources(style);
  const vectorLayers = sourceLayers(style);
  const tried = new Set<string>();
  const loaded = new Set<string>();
  const firstError = new Map<string, string>();
  let styleLoaded = false;
  let checked = false;
  let failure: BasemapError | null = null;
  const failWith = (error: BasemapError) => {
    if (failure) return;
    failure = error;
    onFailure(error);
  };
  const onStyleLoad = () => (styleLoaded = true);
  const onError = (event: ErrorEvent & { sourceId?: string }) => {
    const message = event.error?.message ?? String(event.error);
    // Before the style loads, an error without a source is MapLibre's validation: it then stops.
    if (!styleLoaded && !event.sourceId) return failWith(new BasemapError('invalid', url, message));
    if (event.sourceId) {
      tried.add(event.sourceId);
      if (!firstError.has(event.sourceId)) firstError.set(event.sourceId, message);
    }
    // With a listener, MapLibre no longer logs its errors: a part of the style missing is said here.
    console.warn(
      `<poles-map>: base map ${url}: ${event.sourceId ? `source ${event.sourceId}: ` : ''}${message}`,
    );
  };
  const onLoading = (event: MapSourceDataEvent) => {
    if (event.tile) tried.add(event.sourceId);
  };
  // A raster tile fires this only when it loaded; a vector tile also when a 404 left it empty.
  const onData = (event: MapSourceDataEvent) => {
    if (event.tile && style.sources[event.sourceId]?.type !== 'vector') loaded.add(event.sourceId);
  };
  /** Whether the vector source `id` holds a feature of one of the source layers the style draws. */
  const hasFeatures = (id: string) =>
    [...(vectorLayers.get(id) ?? [])].some(
      (sourceLayer) => map.querySourceFeatures(id, { sourceLayer }).length > 0,
    );
  const deadline = setTimeout(() => {
    if (!checked) failWith(new BasemapError('timeout', url, String(BASEMAP_TIMEOUT_MS / 1000)));
  }, BASEMAP_TIMEOUT_MS);
  const onIdle = () => {
    if (!styleLoaded || checked) return;
    checked = true;
    clearTimeout(deadline);
    for (const [id] of vectorLayers) if (tried.has(id) && hasFeatures(id)) loaded.add(id);
    const { failed, all } = failedSources(tiled, tried, loaded);
    if (all) failWith(new BasemapError('tiles', url, firstError.get(failed[0]!) ?? ''));
    else if (failed.length) console.warn(`<poles-map>: base map ${url}: no tile from ${failed.join(', ')}`);
  };
  map.on('style.load', onStyleLoad);
  map.on('error', onError);
  map.on('sourcedataloading', onLoading);
  map.on('sourcedata', onData);
  map.on('idle', onIdle);
  return {
    get failure() {
      return failure;
    },
    off() {
      clearTimeout(deadline);
      map.off('style.load', onStyleLoad);
      map.off('error', onError);
      map.off('sourcedataloading', onLoading);
      map.off('sourcedata', onData);
      map.off('idle', onIdle);
    },
  };
}
