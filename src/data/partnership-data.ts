// SPDX-License-Identifier: MIT
// Loads what <poles-links> needs when it is used without the app: pôles and partnerships only, so a
// diagram-only page does not download the member sites and the base map.
import type { PartnershipsFile, PolesFile } from '../types.ts';
import { defaultDataBase } from './dataset.ts';

export interface LinksData {
  poles: PolesFile;
  partnerships: PartnershipsFile;
}

const cache = new Map<string, Promise<LinksData>>();

async function fetchJson<T>(url: URL): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** poles.geojson and partnerships.json of `base`, fetched once; a failed load can be retried. */
export function loadLinksData(base: URL = defaultDataBase()): Promise<LinksData> {
  const key = base.href;
  let pending = cache.get(key);
  if (!pending) {
    pending = Promise.all([
      fetchJson<PolesFile>(new URL('poles.geojson', base)),
      fetchJson<PartnershipsFile>(new URL('partnerships.json', base)),
    ]).then(([poles, partnerships]) => ({ poles, partnerships }));
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}
