// SPDX-License-Identifier: MIT
// What the bench pages share: a bare MapLibre map of France's régions and départements (no app
// code, so that it can serve as the baseline) and the hand-over of results to the runner.
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

setWorkerUrl(workerUrl);

/** Metropolitan France, [west, south, east, north], framed on load like the app does. */
export const METROPOLE: [number, number, number, number] = [-5.2, 41.3, 9.6, 51.1];

export const params = new URLSearchParams(location.search);
export const numberParam = (name: string, fallback: number): number => Number(params.get(name) ?? fallback);

/** The built pages live in <out>/bench/, the app's data in <out>/data/, synthetic files in <out>/bench-data/. */
export async function fetchBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(new URL(`../${path}`, location.href));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function fetchJson<T>(path: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await fetchBytes(path))) as T;
}

function layer(topology: Topology, name: string): FeatureCollection {
  return feature(topology, topology.objects[name] as GeometryCollection) as FeatureCollection;
}

/** Régions and départements as GeoJSON sources, one fill and two line layers. */
export function bareStyle(topology: Topology): StyleSpecification {
  return {
    version: 8,
    sources: {
      regions: { type: 'geojson', data: layer(topology, 'regions') },
      departements: { type: 'geojson', data: layer(topology, 'departements') },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dfe9f2' } },
      { id: 'land', type: 'fill', source: 'regions', paint: { 'fill-color': '#f7f5f0' } },
      {
        id: 'dep',
        type: 'line',
        source: 'departements',
        paint: { 'line-color': '#c9c3b8', 'line-width': 0.6 },
      },
      { id: 'reg', type: 'line', source: 'regions', paint: { 'line-color': '#8d8576', 'line-width': 1.2 } },
    ],
  };
}

/** A full-size map container of `width` × `height` CSS pixels (the runner's viewport by default). */
export function mapContainer(): HTMLElement {
  const container = document.getElementById('map')!;
  container.style.width = `${numberParam('w', innerWidth)}px`;
  container.style.height = `${numberParam('h', innerHeight)}px`;
  return container;
}

export function createBareMap(container: HTMLElement, topology: Topology): MapLibreMap {
  return new MapLibreMap({
    container,
    style: bareStyle(topology),
    bounds: METROPOLE,
    attributionControl: false,
  });
}

export const once = (map: MapLibreMap, event: 'load' | 'idle'): Promise<void> =>
  new Promise((resolve) => map.once(event, () => resolve()));

export const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * 'idle' comes when the draw calls are issued; SwiftShader rasterises them later in the GPU process.
 * Two more frames wait until the frame is on screen. `idle` is listened to before the change: MapLibre
 * fires it in the same frame as 'render'.
 */
export async function onScreen(idle: Promise<void>): Promise<void> {
  await idle;
  await frame();
  await frame();
}

declare global {
  interface Window {
    __bench?: Record<string, unknown>;
  }
}

/** The runner polls window.__bench; an error is handed over too, so that it fails fast. */
export function report(run: () => Promise<Record<string, unknown>>): void {
  run().then(
    (result) => (window.__bench = result),
    (error: unknown) => (window.__bench = { error: String((error as Error)?.stack ?? error) }),
  );
}
