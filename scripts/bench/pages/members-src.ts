// SPDX-License-Identifier: MIT
// The longest main-thread task while <poles-map members-src> imports a SYNTHETIC member list of
// ?rows= rows (the limit): fetch, worker, hand-over of the sites and the first frame with them,
// observed with PerformanceObserver('longtask'). The runner reads the heap through CDP.
// ?mode=bare, the baseline: a plain MapLibre map with one deck.gl ScatterplotLayer given as many
// SYNTHETIC sites as objects (what any deck.gl page does with that many points), decoded and drawn.
// Either page, once its map is drawn, sets window.__benchReady and waits for the runner's
// window.__benchStart (the runner starts its trace first). Then the runner zooms in three steps from
// the keyboard, with the sites on the map, and reads the longest task meanwhile (the co-located
// sites' rings are laid out again at each frame of a zoom in ours).
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Topology } from 'topojson-specification';
import { setDataBase } from '../../../src/data/dataset.ts';
import { PolesMap } from '../../../src/elements/poles-map/poles-map.component.ts';
import type { MemberSite } from '../../../src/layers/members/members.layer.ts';
import {
  createBareMap,
  fetchBytes,
  fetchJson,
  frame,
  mapContainer,
  numberParam,
  once,
  onScreen,
  params,
  report,
} from './common.ts';
import { decode, type SyntheticMeta } from './synthetic-sites.ts';

type MapElement = PolesMap & { data: { members: { features: { id: string }[] } } | null };

declare global {
  interface Window {
    __benchReady?: boolean;
    __benchStart?: boolean;
    /** Once the result is in: starts watching long tasks; the function it gives stops and lists them. */
    __watchTasks?: () => () => Promise<number[]>;
    /** What __watchTasks() gave, kept by the runner between its calls. */
    __stopTasks?: () => Promise<number[]>;
  }
}

/** Resolves once the element shows the imported sites (their ids carry the import's prefix). */
async function imported(map: MapElement): Promise<void> {
  const failed = new Promise<never>((_, reject) =>
    map.addEventListener('error', (e) =>
      reject(new Error((e as unknown as CustomEvent<{ message: string }>).detail.message)),
    ),
  );
  const shown = (async () => {
    while (!map.data?.members.features[0]?.id.startsWith('import-'))
      await new Promise((r) => setTimeout(r, 50));
    await map.drawn();
  })();
  await Promise.race([shown, failed]);
}

/** Long tasks from now on, read by `stop()` once the last ones have been reported. */
function longTasks(): () => Promise<number[]> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return async () => {
    // Long tasks are reported after they end: a few frames let the last ones in.
    for (let i = 0; i < 5; i++) await frame();
    for (const entry of observer.takeRecords()) tasks.push(entry.duration);
    observer.disconnect();
    return tasks;
  };
}

/** Tells the runner the map is drawn, then waits for it to start. */
async function started(): Promise<void> {
  window.__benchReady = true;
  while (!window.__benchStart) await new Promise((r) => setTimeout(r, 20));
}

async function ours(rows: number) {
  setDataBase(new URL('../data/', location.href));
  customElements.define('poles-map', PolesMap);
  const map = document.createElement('poles-map') as MapElement;
  map.style.cssText = 'display: block; width: 900px; height: 640px';
  document.body.append(map);
  await map.ready;
  for (let i = 0; i < 10; i++) await frame();
  await started();
  const stop = longTasks();
  const start = performance.now();
  map.setAttribute('members-src', `../bench-data/synthetic-members-${rows}.csv`);
  await imported(map);
  const ms = performance.now() - start;
  const tasks = await stop();
  return { ms, tasks, sites: map.data?.members.features.length ?? 0 };
}

async function bare(rows: number) {
  const container = mapContainer();
  container.style.cssText = 'width: 900px; height: 640px';
  const map = createBareMap(container, await fetchJson<Topology>('data/france.topo.json'));
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  await once(map, 'load');
  map.addControl(overlay);
  for (let i = 0; i < 10; i++) await frame();
  await started();
  const stop = longTasks();
  const start = performance.now();
  const [meta, bytes] = await Promise.all([
    fetchJson<SyntheticMeta>(`bench-data/synthetic-members-${rows}.bin.json`),
    fetchBytes(`bench-data/synthetic-members-${rows}.bin`),
  ]);
  const sites = decode(bytes, meta);
  const idle = once(map, 'idle');
  overlay.setProps({
    layers: [
      new ScatterplotLayer<MemberSite>({
        id: 'sites',
        data: sites,
        radiusUnits: 'pixels',
        getRadius: 4,
        getPosition: (f) => f.geometry.coordinates,
        getFillColor: [40, 90, 160, 255],
      }),
    ],
  });
  await onScreen(idle);
  const ms = performance.now() - start;
  const tasks = await stop();
  return { ms, tasks, sites: sites.length };
}

// After the import, the runner zooms the map from the keyboard and reads the long tasks meanwhile.
window.__watchTasks = longTasks;

report(async () => {
  const rows = numberParam('rows', 100_000);
  const mode = params.get('mode') === 'bare' ? 'bare' : 'ours';
  const { ms, tasks, sites } = await (mode === 'bare' ? bare(rows) : ours(rows));
  return { mode, rows, ms, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, sites };
});
