// SPDX-License-Identifier: MIT
// The longest main-thread task while <poles-map members-src> imports a SYNTHETIC member list of
// ?rows= rows (the limit): fetch, worker, hand-over of the sites and the first frame with them,
// observed with PerformanceObserver('longtask'). The runner reads the heap through CDP.
import { setDataBase } from '../../../src/data/dataset.ts';
import { PolesMap } from '../../../src/elements/poles-map/poles-map.component.ts';
import { frame, numberParam, report } from './common.ts';

type MapElement = PolesMap & { data: { members: { features: { id: string }[] } } | null };

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

report(async () => {
  setDataBase(new URL('../data/', location.href));
  customElements.define('poles-map', PolesMap);
  const rows = numberParam('rows', 100_000);
  const map = document.createElement('poles-map') as MapElement;
  map.style.cssText = 'display: block; width: 900px; height: 640px';
  document.body.append(map);
  await map.ready;
  for (let i = 0; i < 10; i++) await frame();
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  map.setAttribute('members-src', `../bench-data/synthetic-members-${rows}.csv`);
  await imported(map);
  const ms = performance.now() - start;
  // Long tasks are reported after they end: a few frames let the last ones in.
  for (let i = 0; i < 5; i++) await frame();
  for (const entry of observer.takeRecords()) tasks.push(entry.duration);
  observer.disconnect();
  return {
    rows,
    ms,
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    sites: map.data?.members.features.length,
  };
});
