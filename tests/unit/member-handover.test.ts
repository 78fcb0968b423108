// SPDX-License-Identifier: MIT
// Handing a big member list to the map in short tasks (issue 14): each computation cut into steps
// gives exactly what it gave at once, the slices really pause, the packed attributes are the
// layer's own accessors' values, and the shortcuts (inset reach, numeric point keys) rule nothing
// out that the slow path kept.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset.ts';
import { applyFilters } from '../../src/data/filters.ts';
import { runToEnd } from '../../src/data/steps.ts';
import { colocateMarks, colocateMarksSteps } from '../../src/geo/colocation.ts';
import { franceFeatures } from '../../src/geo/france.ts';
import { overseasInsets, parisInset } from '../../src/geo/insets.ts';
import { hasBadges, pointNumber, pointOf } from '../../src/geo/same-point.ts';
import { buildLayers } from '../../src/layers/index.ts';
import { packSteps, repositioned, type PackedSites } from '../../src/layers/members/pack.ts';
import { sitePositionsSteps } from '../../src/layers/members/site-positions.ts';
import { placerOf } from '../../src/layers/colocation/colocation.ts';
import type { MemberSite } from '../../src/layers/members/members.layer.ts';
import { baseGeo, mapViewOf, mapViewSteps } from '../../src/map/map-view.ts';
import { runSliced } from '../../src/map/sliced.ts';
import { DEFAULT_STATE } from '../../src/state/view-state.ts';
import type { MembersFile, PolesFile } from '../../src/types.ts';

const read = <T>(name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;
const france = read<Topology>('france.topo.json');
const poles = read<PolesFile>('poles.geojson');
const members = read<MembersFile>('members.geojson');
const data = { poles, members, france } as unknown as Dataset;

/** How many times `steps` pauses before it returns. */
function pauses(steps: Generator<void, unknown, void>): number {
  let n = 0;
  while (!steps.next().done) n++;
  return n;
}

describe('steps', () => {
  it('lays out co-located symbols in slices exactly as at once', () => {
    const view = mapViewOf(data, DEFAULT_STATE, baseGeo(france), null).view;
    const once = colocateMarks(view.poles, view.members);
    expect(once.groups.length).toBeGreaterThan(0);
    const sliced = runToEnd(colocateMarksSteps(view.poles, view.members, 7));
    expect([...sliced.offsets]).toEqual([...once.offsets]);
    expect([...sliced.folded]).toEqual([...once.folded]);
    expect(sliced.groups).toEqual(once.groups);
    expect(pauses(colocateMarksSteps(view.poles, view.members, 50))).toBeGreaterThan(
      view.members.length / 50,
    );
  });

  it('computes ahead what the map view then finds done, the same as computed at once', () => {
    const state = { ...DEFAULT_STATE, year: 2012 };
    const fresh = { ...data, members: { ...members, features: [...members.features] } };
    const steps = mapViewSteps(fresh, state);
    expect(
      pauses(mapViewSteps({ ...data, members: { ...members, features: [...members.features] } }, state)),
    ).toBeGreaterThan(0);
    const shown = runToEnd(steps);
    expect(shown).toEqual(applyFilters(poles.features, fresh.members.features, 2012, state.filters));
    const view = mapViewOf(fresh, state, baseGeo(france), null);
    // The very arrays computed ahead: the legend's facts and the layers find them again.
    expect(view.shown).toBe(shown);
    expect(view.view.members).toBe(shown.members);
  });
});

describe('packed members layer', () => {
  const view = mapViewOf(data, DEFAULT_STATE, baseGeo(france), null).view;
  const layer = buildLayers(view, undefined, 6).find((l) => l.id === 'members')!;
  const positions = runToEnd(sitePositionsSteps(layer.props.data as MemberSite[], placerOf(view, 6)));
  const packed = runToEnd(packSteps(layer as never, positions));
  const sites = packed.props.data as PackedSites;

  it('keeps the sites as its data, so that picking gives the site', () => {
    expect([...sites]).toEqual([...(layer.props.data as MemberSite[])]);
  });

  it('packs the values of the layer’s own accessors, in the sizes deck.gl reads', () => {
    const props = layer.props as unknown as Record<string, (d: MemberSite, info: object) => unknown>;
    const sizes = {
      getPosition: 3,
      getRadius: 1,
      getFillColor: 4,
      getLineColor: 4,
      getLineWidth: 1,
      getSiteShape: 1,
      getFilterValue: 2,
      getFilterCategory: 1,
    };
    for (const [name, size] of Object.entries(sizes)) {
      const { value } = sites.attributes[name]!;
      expect(sites.attributes[name]!.size, name).toBe(size);
      sites.forEach((site, i) => {
        const expected = props[name]!(site, { index: i, data: sites, target: [] });
        const list = (Array.isArray(expected) ? expected : [expected]) as number[];
        const got = Array.from(value.subarray(i * size, i * size + list.length));
        // Float32 attributes hold what deck.gl's would.
        expect(got, `${name} of ${site.id}`).toEqual(
          list.map((v) => (value instanceof Float32Array ? Math.fround(v) : v)),
        );
      });
    }
    // The sector's key, as the GPU filter reads it (uint32).
    expect(sites.attributes['getFilterCategory']!.value).toBeInstanceOf(Uint32Array);
  });

  it('pauses every slice of sites', () => {
    expect(pauses(packSteps(layer as never, positions, 10))).toBe(Math.floor(sites.length / 10));
  });

  it('places the sites at a zoom as the layer’s accessor does, rings included, and pauses every slice', () => {
    const drawn = layer.props.data as MemberSite[];
    for (const zoom of [6, 9.5]) {
      const at = buildLayers(view, undefined, zoom).find((l) => l.id === 'members')!;
      const getPosition = (at.props as unknown as { getPosition: (f: MemberSite) => number[] }).getPosition;
      const positions = runToEnd(sitePositionsSteps(drawn, placerOf(view, zoom)));
      const moved = drawn.filter((f, i) => positions[3 * i] !== f.geometry.coordinates[0]);
      // Some sites are on rings (Paris, Lyon): the check covers the moved ones.
      expect(moved.length, `zoom ${zoom}`).toBeGreaterThan(10);
      drawn.forEach((f, i) =>
        expect(Array.from(positions.subarray(3 * i, 3 * i + 3)), f.id).toEqual([...getPosition(f), 0]),
      );
    }
    // The same layout again at once; a new one is looked up in slices.
    expect(pauses(sitePositionsSteps(drawn, placerOf(view, 7), 10))).toBe(0);
    const other = { ...view, members: view.members.slice() };
    expect(pauses(sitePositionsSteps(drawn.slice(), placerOf(other, 6), 10))).toBe(
      Math.floor(drawn.length / 10),
    );
  });

  it('hands deck.gl new positions at another zoom and the very same arrays for every other attribute', () => {
    const zoomed = buildLayers(view, undefined, 8).find((l) => l.id === 'members')!;
    const at8 = runToEnd(sitePositionsSteps(zoomed.props.data as MemberSite[], placerOf(view, 8)));
    const moved = repositioned(zoomed as never, packed, at8).props.data as PackedSites;
    expect([...moved]).toEqual([...sites]);
    for (const [name, attribute] of Object.entries(sites.attributes))
      if (name === 'getPosition') expect(moved.attributes[name]).toEqual({ value: at8, size: 3 });
      else expect(moved.attributes[name], name).toBe(attribute);
  });
});

describe('sliced runner', () => {
  it('runs steps to their end and lets other tasks run between slices', async () => {
    const order: string[] = [];
    function* steps(): Generator<void, string, void> {
      for (let i = 0; i < 3; i++) {
        order.push(`step ${i}`);
        yield;
      }
      return 'done';
    }
    setTimeout(() => order.push('other task'), 0);
    await expect(runSliced(steps(), 0)).resolves.toBe('done');
    expect(order).toContain('other task');
    expect(order.indexOf('other task')).toBeLessThan(order.indexOf('step 2'));
  });
});

describe('shortcuts', () => {
  it('keys points by number exactly when their string keys are equal', () => {
    const points: [number, number][] = [
      [2.35, 48.85],
      [2.350004, 48.850004],
      [2.350006, 48.85],
      [-61.5, 16.2],
      [55.45, -20.88],
      [-179.99999, -89.99999],
      [179.99999, 89.99999],
      [0, 0],
      [-0.000004, 0.000004],
    ];
    for (const a of points)
      for (const b of points)
        expect(pointNumber(a) === pointNumber(b), `${a} ${b}`).toBe(pointOf(a) === pointOf(b));
  });

  it('finds badges as before, once per list', () => {
    const at: [number, number] = [4.8, 45.7];
    const site = (i: number) => ({
      geometry: { coordinates: [at[0], at[1] + (i % 2) * 1e-7] as [number, number] },
    });
    expect(hasBadges(Array.from({ length: 12 }, (_, i) => site(i)))).toBe(false);
    expect(hasBadges(Array.from({ length: 13 }, (_, i) => site(i)))).toBe(true);
  });

  it('gives each inset a reach that holds every point its box shows', () => {
    const departements = franceFeatures(france, 'departements');
    const size = { width: 80, height: 60 };
    const insets = [...overseasInsets(departements, size), parisInset(departements, size)!];
    for (const inset of insets) {
      const [west, south, east, north] = inset.reach;
      const [w, s, e, n] = inset.bounds;
      // Around the bounds, and not much more than the box's room.
      expect(west).toBeLessThanOrEqual(w);
      expect(east).toBeGreaterThanOrEqual(e);
      expect(east - west).toBeLessThan(4 * (e - w) + 1);
      for (let i = -20; i <= 120; i++)
        for (let j = -20; j <= 120; j++) {
          const lonLat = [west + ((east - west) * i) / 100, south + ((north - south) * j) / 100];
          const inside =
            lonLat[0]! >= west && lonLat[0]! <= east && lonLat[1]! >= south && lonLat[1]! <= north;
          if (!inside) expect(inset.project(lonLat), `${inset.code} ${lonLat}`).toBeNull();
        }
      expect(n).toBeLessThanOrEqual(north);
      expect(s).toBeGreaterThanOrEqual(south);
    }
  });
});
