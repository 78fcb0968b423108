// SPDX-License-Identifier: MIT
// Loads the precomputed files of public/data, each file once per page whichever element asks first
// (the app, its map and the partnership diagrams share them).
import type { Topology } from 'topojson-specification';
import type { MembersFile, PolesFile } from '../types.ts';
import type { TimeFile } from './time/types.ts';

export interface Dataset {
  poles: PolesFile;
  members: MembersFile;
  france: Topology;
  /** Labels over time, published counts, events and seats (2005 to time.lastYear). */
  time: TimeFile;
}

let dataBase: URL | null = null;

/** Overrides the data folder: the embed's data sits next to its module, not next to the host page. */
export function setDataBase(url: URL): void {
  dataBase = url;
}

/** The data folder: next to the built page (Vite's relative base), unless set by setDataBase. */
export function defaultDataBase(): URL {
  return dataBase ?? new URL('data/', new URL(import.meta.env.BASE_URL, document.baseURI));
}

const files = new Map<string, Promise<unknown>>();

/** `name` in the data folder `base`, fetched on first call; a failed load is forgotten so that it can be retried. */
export function fetchDataFile<T>(name: string, base: URL = defaultDataBase()): Promise<T> {
  const url = new URL(name, base);
  let pending = files.get(url.href) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
      return response.json() as Promise<T>;
    });
    pending.catch(() => files.delete(url.href));
    files.set(url.href, pending);
  }
  return pending;
}

/** The pôles, their documented member sites, the France boundaries and the time tables. */
export async function loadDataset(base: URL = defaultDataBase()): Promise<Dataset> {
  const [poles, members, france, time] = await Promise.all([
    fetchDataFile<PolesFile>('poles.geojson', base),
    fetchDataFile<MembersFile>('members.geojson', base),
    fetchDataFile<Topology>('france.topo.json', base),
    fetchDataFile<TimeFile>('time.json', base),
  ]);
  return { poles, members, france, time };
}
