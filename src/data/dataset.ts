// SPDX-License-Identifier: MIT
// Loads the precomputed files of public/data, each file once per page whichever element asks first
// (the app, its map and the partnership diagrams share them).
import type { Topology } from 'topojson-specification';
import type { MembersFile, PolesFile } from '../types.ts';
import type { TimeFile } from './time/types.ts';
import { checkDataFile } from './file-shapes.ts';

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

/** A file under way or loaded, shared by every caller; aborted when the last caller that can stop it does. */
interface Shared {
  promise: Promise<unknown>;
  abort: AbortController;
  /** Callers waiting with a signal that has not fired; callers without a signal keep it alive. */
  waiting: number;
  keep: boolean;
  settled: boolean;
}

const files = new Map<string, Shared>();

function load(url: URL, name: string): Shared {
  const abort = new AbortController();
  const shared: Shared = { promise: Promise.resolve(), abort, waiting: 0, keep: false, settled: false };
  shared.promise = fetch(url, { signal: abort.signal })
    .then((response) => {
      if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then((json) => {
      // A partial deploy fails here, naming the file and field, not later inside the render.
      checkDataFile(name, json);
      return json;
    });
  shared.promise.then(
    () => (shared.settled = true),
    () => {
      shared.settled = true;
      if (files.get(url.href) === shared) files.delete(url.href);
    },
  );
  return shared;
}

/**
 * `name` in the data folder `base`, fetched on first call; a failed load is forgotten so that it can
 * be retried. With `signal`, the caller's promise rejects with the signal's reason when it fires, and
 * the download itself is aborted once every caller that asked for the file has stopped waiting.
 */
export function fetchDataFile<T>(name: string, base: URL = defaultDataBase(), signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  const url = new URL(name, base);
  let shared = files.get(url.href);
  if (!shared) {
    shared = load(url, name.split('/').pop() ?? name);
    files.set(url.href, shared);
  }
  if (!signal) {
    shared.keep = true;
    return shared.promise as Promise<T>;
  }
  const entry = shared;
  entry.waiting += 1;
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      reject(signal.reason as Error);
      entry.waiting -= 1;
      if (entry.waiting > 0 || entry.keep || entry.settled) return;
      entry.abort.abort();
      if (files.get(url.href) === entry) files.delete(url.href);
    };
    signal.addEventListener('abort', stop, { once: true });
    entry.promise.then(
      (value) => {
        signal.removeEventListener('abort', stop);
        resolve(value as T);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', stop);
        reject(error as Error);
      },
    );
  });
}

/** The pôles, their documented member sites, the France boundaries and the time tables. */
export async function loadDataset(base: URL = defaultDataBase(), signal?: AbortSignal): Promise<Dataset> {
  const [poles, members, france, time] = await Promise.all([
    fetchDataFile<PolesFile>('poles.geojson', base, signal),
    fetchDataFile<MembersFile>('members.geojson', base, signal),
    fetchDataFile<Topology>('france.topo.json', base, signal),
    fetchDataFile<TimeFile>('time.json', base, signal),
  ]);
  return { poles, members, france, time };
}
