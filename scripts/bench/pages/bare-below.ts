// SPDX-License-Identifier: MIT
// Baseline of the lazy-embed benchmark: a plain MapLibre map of France's régions and départements
// three screens below the fold, as a site would embed it: it downloads MapLibre, its worker and the
// data at once, wherever the map is. Resolves when the map is idle (everything it loads has come).
import { createBareMap, fetchJson, mapContainer, once, report } from './common.ts';
import type { Topology } from 'topojson-specification';

report(async () => {
  const map = createBareMap(mapContainer(), await fetchJson<Topology>('data/france.topo.json'));
  await once(map, 'idle');
  return { idleMs: performance.now() };
});
