// SPDX-License-Identifier: MIT
// Frame rate while panning over N SYNTHETIC member sites (scripts/bench/synthetic.ts): our members
// layer (?layer=ours) or a bare ScatterplotLayer with the same points (?layer=bare), on the same
// bare base map. Frames are counted with requestAnimationFrame while map.panBy moves the camera on
// every frame, so a slow frame shows as fewer callbacks, exactly as a user would see it.
// ?filter=N: instead of panning, changes the year or the sector filter N times (item 9, GPU filter):
// ours changes only the DataFilterExtension props; bare re-creates its layer with a CPU-filtered
// array, which re-uploads it.
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import {
  createMembersLayer,
  type MemberSite,
  type SiteFilter,
} from '../../../src/layers/members/members.layer.ts';
import type { PolePhase } from '../../../src/layers/phase-filter/phase-filter.ts';
import { NO_END } from '../../../src/data/time/at-year.ts';
import { SECTORS } from '../../../src/types.ts';
import { decode, type SyntheticMeta } from './synthetic-sites.ts';
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

type FilterState = Pick<SiteFilter, 'year' | 'sectors'>;

/**
 * SYNTHETIC sector and phase of each pôle id of the synthetic file, not the pôles' real ones:
 * sectors in turn, labelled in 2005, 2007 or 2009, one in four ended in 2016.
 */
type SyntheticPole = PolePhase & { span: [number, number] };
function syntheticPoles(ids: readonly string[]): Map<string, SyntheticPole> {
  return new Map(
    ids.map((id, i) => [
      id,
      { sector: SECTORS[i % SECTORS.length]!, span: [2005 + 2 * (i % 3), i % 4 === 3 ? 2016 : NO_END] },
    ]),
  );
}

/** Every synthetic pôle is labelled in 2010: the pan draws every site, as the bare layer does. */
const ALL_SHOWN: FilterState = { year: 2010, sectors: [] };
/** Each change is of the year or of the sectors, in turn. */
const FILTER_STEPS: FilterState[] = [
  { year: 2006, sectors: [] },
  { year: 2006, sectors: ['mer'] },
  { year: 2019, sectors: ['mer'] },
  { year: 2019, sectors: ['numerique', 'biotech-sante'] },
  { year: 2010, sectors: ['numerique', 'biotech-sante'] },
  ALL_SHOWN,
];

/** The baseline's way: a new array of the sites shown, which deck.gl uploads again. */
function cpuFiltered(
  sites: MemberSite[],
  poles: Map<string, SyntheticPole>,
  state: FilterState,
): MemberSite[] {
  return sites.filter((f) => {
    const pole = poles.get(f.properties.pole)!;
    const [from, end] = pole.span;
    return (
      from <= state.year &&
      state.year < end &&
      (state.sectors.length === 0 || state.sectors.includes(pole.sector))
    );
  });
}

/** `layer` with accessors that count their calls: none after the first upload means none recomputed. */
function counting(layer: Layer, counter: { calls: number }): Layer {
  const wrapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(layer.props)) {
    if (!key.startsWith('get') || typeof value !== 'function') continue;
    const accessor = value as (...args: unknown[]) => unknown;
    wrapped[key] = (...args: unknown[]) => {
      counter.calls++;
      return accessor(...args);
    };
  }
  return layer.clone(wrapped);
}

/**
 * Changes the year or the sectors `changes` times (FILTER_STEPS): ms from each change until MapLibre
 * has rendered it (draw calls issued: the main thread's share) and until it is on screen.
 */
async function changeFilters(
  map: MapLibreMap,
  overlay: MapLibreOverlay,
  layerFor: (state: FilterState) => Layer,
  changes: number,
) {
  const counter = { calls: 0 };
  const renderMs: number[] = [];
  const drawnMs: number[] = [];
  for (let i = 0; i < changes; i++) {
    const idle = once(map, 'idle');
    const rendered = new Promise<void>((resolve) => map.once('render', () => resolve()));
    const t = performance.now();
    overlay.setProps({ layers: [counting(layerFor(FILTER_STEPS[i % FILTER_STEPS.length]!), counter)] });
    map.triggerRepaint();
    await rendered;
    renderMs.push(performance.now() - t);
    await onScreen(idle);
    drawnMs.push(performance.now() - t);
  }
  return { filterChanges: changes, renderMs, drawnMs, accessorCalls: counter.calls };
}

function bareLayer(sites: MemberSite[]): Layer {
  return new ScatterplotLayer<MemberSite>({
    id: 'members',
    data: sites,
    radiusUnits: 'pixels',
    getPosition: (f) => f.geometry.coordinates,
    getRadius: 3.5,
    getFillColor: [0, 114, 178],
  });
}

report(async () => {
  const count = numberParam('n', 1000);
  const ours = params.get('layer') !== 'bare';
  const measureMs = numberParam('dur', 5000);
  const filterChanges = numberParam('filter', 0);
  const [topology, meta, bytes] = await Promise.all([
    fetchJson<Topology>('data/france.topo.json'),
    fetchJson<SyntheticMeta>(`bench-data/synthetic-members-${count}.bin.json`),
    fetchBytes(`bench-data/synthetic-members-${count}.bin`),
  ]);
  if (!meta.synthetic || meta.count !== count) throw new Error('not the synthetic file expected');
  const map = createBareMap(mapContainer(), topology);
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
  map.addControl(overlay);
  // No wait for 'idle' here: MapLibre fires it in the same frame as 'load', before we could listen.
  await once(map, 'load');

  let t = performance.now();
  const poles = syntheticPoles(meta.poles);
  // Each site shown over its SYNTHETIC pôle's span, as the app's sites carry theirs (at-year.ts).
  const sites = decode(bytes, meta).map((f) => ({ ...f, span: poles.get(f.properties.pole)!.span }));
  const decodeMs = performance.now() - t;
  // Ours as the app draws it, through the GPU filter, with every site shown.
  const oursLayer = (state: FilterState) => createMembersLayer(sites, { filter: { poles, ...state } });
  t = performance.now();
  overlay.setProps({ layers: [ours ? oursLayer(ALL_SHOWN) : bareLayer(sites)] });
  map.triggerRepaint();
  await onScreen(once(map, 'idle'));
  const firstFrameMs = performance.now() - t;
  const first = { count, layer: ours ? 'ours' : 'bare', decodeMs, firstFrameMs };
  if (filterChanges > 0) {
    const bareFiltered = (state: FilterState) => bareLayer(cpuFiltered(sites, poles, state));
    return {
      ...first,
      ...(await changeFilters(map, overlay, ours ? oursLayer : bareFiltered, filterChanges)),
    };
  }

  let renders = 0;
  map.on('render', () => renders++);
  // Back and forth every second so that the view stays over France; 0.5 s of warm-up first.
  const pan = (now: number) =>
    map.panBy([Math.sin((now / 1000) * Math.PI) >= 0 ? 12 : -12, 0], { duration: 0 });
  const warmUntil = performance.now() + 500;
  while (performance.now() < warmUntil) pan(await frame());
  const start = performance.now();
  renders = 0;
  let frames = 0;
  let last = start;
  // Slow cases (1M sites, seconds a frame) get at least 2 frames, within a 45 s cap.
  while (last - start < measureMs || (frames < 2 && last - start < 45_000)) {
    last = await frame();
    frames++;
    pan(last);
  }
  const seconds = (last - start) / 1000;
  return {
    ...first,
    frames,
    seconds,
    fps: frames / seconds,
    renderFps: renders / seconds,
  };
});
