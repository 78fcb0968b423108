// SPDX-License-Identifier: MIT
// Frame rate while panning over N SYNTHETIC member sites (scripts/bench/synthetic.ts): our members
// layer (?layer=ours) or a bare ScatterplotLayer with the same points (?layer=bare), on the same
// bare base map. Frames are counted with requestAnimationFrame while map.panBy moves the camera on
// every frame, so a slow frame shows as fewer callbacks, exactly as a user would see it.
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import type { Topology } from 'topojson-specification';
import { createMembersLayer, type MemberSite } from '../../../src/layers/members/members.layer.ts';
import { MEMBER_KINDS } from '../../../src/types.ts';
import {
  createBareMap,
  fetchBytes,
  fetchJson,
  mapContainer,
  numberParam,
  once,
  params,
  report,
} from './common.ts';

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

interface SyntheticMeta {
  synthetic: true;
  count: number;
  poles: string[];
}

/** Decodes the file of synthetic.ts (positions, kinds, pôles) into member-like features. */
function decode(bytes: Uint8Array, meta: SyntheticMeta): MemberSite[] {
  const n = meta.count;
  const positions = new Float32Array(bytes.buffer, bytes.byteOffset, n * 2);
  const sites = new Array<MemberSite>(n);
  for (let i = 0; i < n; i++) {
    // Only what the layer reads: a full MemberProperties per site would measure object creation.
    sites[i] = {
      type: 'Feature',
      id: `synthetic-${i}`,
      geometry: { type: 'Point', coordinates: [positions[2 * i]!, positions[2 * i + 1]!] },
      properties: {
        pole: meta.poles[bytes[n * 9 + i]!]!,
        kind: MEMBER_KINDS[bytes[n * 8 + i]!]!,
        synthetic: true,
      },
    } as unknown as MemberSite;
  }
  return sites;
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
  const sites = decode(bytes, meta);
  const decodeMs = performance.now() - t;
  t = performance.now();
  overlay.setProps({ layers: [ours ? createMembersLayer(sites) : bareLayer(sites)] });
  map.triggerRepaint();
  await once(map, 'idle');
  // 'idle' comes when the draw calls are issued; SwiftShader rasterises them later in the GPU
  // process. Two more frames wait until the first one is on screen.
  await frame();
  await frame();
  const firstFrameMs = performance.now() - t;

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
    count,
    layer: ours ? 'ours' : 'bare',
    decodeMs,
    firstFrameMs,
    frames,
    seconds,
    fps: frames / seconds,
    renderFps: renders / seconds,
  };
});
