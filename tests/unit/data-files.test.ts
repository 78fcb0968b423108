// SPDX-License-Identifier: MIT
// The data files of a partial deploy (issue 14) fail when loaded, with a message naming the file and
// the field; a load that every caller stopped waiting for is aborted, never reported as a failure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDataFile } from '../../src/data/file-shapes.ts';
import { fetchDataFile } from '../../src/data/dataset.ts';

const DATA = join(import.meta.dirname, '../../public/data');
const read = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(DATA, name), 'utf8')) as Record<string, unknown>;

describe('the shape of each data file', () => {
  it.each([
    'poles.geojson',
    'members.geojson',
    'france.topo.json',
    'world.topo.json',
    'time.json',
    'territories.json',
    'partnerships.json',
    'communes.json',
  ])('the built %s passes', (name) => {
    expect(() => checkDataFile(name, read(name))).not.toThrow();
  });

  const poles = read('poles.geojson');
  const features = poles['features'] as Record<string, unknown>[];
  const france = read('france.topo.json');
  const objects = france['objects'] as Record<string, unknown>;
  const communes = read('communes.json');

  it.each<[string, string, unknown, string]>([
    ['an empty body', 'poles.geojson', null, 'poles.geojson: the file is null, not an object'],
    [
      'features: null',
      'poles.geojson',
      { ...poles, features: null },
      'poles.geojson: features is null, not a list',
    ],
    [
      'no features',
      'members.geojson',
      { type: 'FeatureCollection' },
      'members.geojson: features is missing, not a list',
    ],
    [
      'properties: null',
      'poles.geojson',
      { ...poles, features: [features[0], { ...features[1], properties: null }] },
      'poles.geojson: features[1].properties is null, not an object',
    ],
    [
      'a null feature',
      'poles.geojson',
      { ...poles, features: [null] },
      'poles.geojson: features[0] is null, not an object',
    ],
    [
      'a member without a point',
      'members.geojson',
      { features: [{ id: 'm1', properties: {}, geometry: null }] },
      'members.geojson: features[0].geometry is null, not a point',
    ],
    [
      'a TopoJSON without regions',
      'france.topo.json',
      { ...france, objects: { ...objects, regions: undefined } },
      'france.topo.json: objects.regions is missing, not an object',
    ],
    [
      'a TopoJSON without arcs',
      'france.topo.json',
      { ...france, arcs: null },
      'france.topo.json: arcs is null, not a list',
    ],
    [
      'not a topology',
      'world.topo.json',
      { type: 'FeatureCollection' },
      'world.topo.json: type is not "Topology"',
    ],
    [
      'time without events',
      'time.json',
      { ...read('time.json'), events: null },
      'time.json: events is null, not a list',
    ],
    [
      'territories without régions',
      'territories.json',
      { ...read('territories.json'), regions: {} },
      'territories.json: regions is an object, not a list',
    ],
    [
      'partnerships cut short',
      'partnerships.json',
      { edges: [{}, null] },
      'partnerships.json: edges[1] is null, not an object',
    ],
    [
      'communes with a short column',
      'communes.json',
      { ...communes, lat: (communes['lat'] as number[]).slice(1) },
      'communes.json: lat has',
    ],
  ])('%s: names the file and the field', (_, name, json, message) => {
    expect(() => checkDataFile(name, json)).toThrow(message);
  });

  it('leaves files it does not know alone', () => {
    expect(() => checkDataFile('manifest.json', null)).not.toThrow();
  });
});

describe('fetchDataFile', () => {
  const base = new URL('http://test/data/');
  afterEach(() => vi.unstubAllGlobals());

  /** A fetch that answers when told, and records whether it was aborted. */
  function pendingFetch(body: unknown) {
    const calls: { signal: AbortSignal; answer: () => void }[] = [];
    vi.stubGlobal(
      'fetch',
      (_url: URL, init: { signal: AbortSignal }) =>
        new Promise<Response>((resolve, reject) => {
          init.signal.addEventListener('abort', () => reject(init.signal.reason as Error));
          calls.push({ signal: init.signal, answer: () => resolve(new Response(JSON.stringify(body))) });
        }),
    );
    return calls;
  }

  it('rejects with a file-and-field message for a partial file', async () => {
    const calls = pendingFetch({ type: 'FeatureCollection', features: null });
    const file = fetchDataFile('poles.geojson', new URL('http://partial/data/'));
    calls[0]!.answer();
    await expect(file).rejects.toThrow('poles.geojson: features is null');
  });

  it('aborts the download once every caller stopped waiting, and a later call fetches again', async () => {
    const calls = pendingFetch({ edges: [] });
    const [a, b] = [new AbortController(), new AbortController()];
    const first = fetchDataFile('partnerships.json', base, a.signal);
    const second = fetchDataFile('partnerships.json', base, b.signal);
    expect(calls).toHaveLength(1);
    a.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls[0]!.signal.aborted).toBe(false);
    b.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls[0]!.signal.aborted).toBe(true);
    const again = fetchDataFile('partnerships.json', base);
    expect(calls).toHaveLength(2);
    calls[1]!.answer();
    await expect(again).resolves.toEqual({ edges: [] });
  });

  it('keeps the download of a caller without a signal', async () => {
    const calls = pendingFetch({ edges: [] });
    const stopping = new AbortController();
    const kept = fetchDataFile('partnerships.json', new URL('http://kept/data/'));
    const stopped = fetchDataFile('partnerships.json', new URL('http://kept/data/'), stopping.signal);
    stopping.abort();
    await expect(stopped).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls[0]!.signal.aborted).toBe(false);
    calls[0]!.answer();
    await expect(kept).resolves.toEqual({ edges: [] });
  });
});
