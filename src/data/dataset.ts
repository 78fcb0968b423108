// SPDX-License-Identifier: MIT
// Loads the precomputed files of public/data once per data folder, shared by every element on the
// page (the app and its map fetch each file once).
import type { Topology } from 'topojson-specification';
import type { MembersFile, PolesFile } from '../types.ts';

export interface Dataset {
  poles: PolesFile;
  members: MembersFile;
  france: Topology;
}

/** The data folder next to the built page (Vite's relative base). */
export function defaultDataBase(): URL {
  return new URL('data/', new URL(import.meta.env.BASE_URL, document.baseURI));
}

const cache = new Map<string, Promise<Dataset>>();

async function fetchJson<T>(url: URL, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The dataset in `base`, fetched on first call; a failed load is forgotten so that it can be retried. */
export function loadDataset(base: URL = defaultDataBase()): Promise<Dataset> {
  const key = base.href;
  let pending = cache.get(key);
  if (!pending) {
    pending = Promise.all([
      fetchJson<PolesFile>(new URL('poles.geojson', base)),
      fetchJson<MembersFile>(new URL('members.geojson', base)),
      fetchJson<Topology>(new URL('france.topo.json', base)),
    ]).then(([poles, members, france]) => ({ poles, members, france }));
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}
