// SPDX-License-Identifier: MIT
// The bundle baseline: the map engines alone (maplibre-gl, @deck.gl/core, @deck.gl/layers,
// @deck.gl/maplibre), used just enough that nothing the app needs from them is tree-shaken away.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
// Inlined like the app does (its map lives in a shadow root), so that both count it in their JS.
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { COORDINATE_SYSTEM } from '@deck.gl/core';
import { ScatterplotLayer } from '@deck.gl/layers';
import { MapLibreOverlay } from '@deck.gl/maplibre';

setWorkerUrl(workerUrl);

const container = document.getElementById('map');
if (container) {
  const style = document.createElement('style');
  style.textContent = maplibreCss;
  document.head.append(style);
  const map = new MapLibreMap({ container, style: { version: 8, sources: {}, layers: [] } });
  const layer = new ScatterplotLayer<[number, number]>({
    id: 'points',
    data: [[2.35, 48.85]],
    coordinateSystem: COORDINATE_SYSTEM.LNGLAT,
    getPosition: (d) => d,
  });
  map.addControl(new MapLibreOverlay({ interleaved: true, layers: [layer] }));
}
