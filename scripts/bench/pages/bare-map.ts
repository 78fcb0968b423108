// SPDX-License-Identifier: MIT
// Baseline of the startup benchmark: the same base map and the same points as the app (pôle HQs and
// documented members), drawn with plain MapLibre + one deck.gl ScatterplotLayer each, interleaved.
// It resolves, like <poles-map>.ready, when MapLibre is idle after the layers are set, then waits
// until that frame is on screen (onScreen), as the runner does for the app.
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { FeatureCollection, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { createBareMap, fetchJson, mapContainer, once, onScreen, report } from './common.ts';
import { resourceTimeline } from './timeline.ts';

type Points = FeatureCollection<Point | null>;

report(async () => {
  const [topology, poles, members] = await Promise.all([
    fetchJson<Topology>('data/france.topo.json'),
    fetchJson<Points>('data/poles.geojson'),
    fetchJson<Points>('data/members.geojson'),
  ]);
  const map = createBareMap(mapContainer(), topology);
  await once(map, 'load');
  const placed = (fc: Points) => fc.features.filter((f) => f.geometry !== null);
  const scatter = (id: string, data: Points['features'], radius: number, colour: [number, number, number]) =>
    new ScatterplotLayer<Points['features'][number]>({
      id,
      data,
      radiusUnits: 'pixels',
      getPosition: (f) => f.geometry!.coordinates as [number, number],
      getRadius: radius,
      getFillColor: colour,
    });
  map.addControl(
    new MapLibreOverlay({
      interleaved: true,
      layers: [
        scatter('members', placed(members), 3.5, [0, 114, 178]),
        scatter('poles', placed(poles), 6, [213, 94, 0]),
      ],
    }),
  );
  await onScreen(once(map, 'idle'));
  const readyMs = performance.now();
  return {
    readyMs,
    timeline: resourceTimeline(),
    members: members.features.length,
    poles: poles.features.length,
  };
});
