// SPDX-License-Identifier: MIT
// The layers and names of co-located symbols (layers/colocation): where each symbol is drawn at a
// zoom, the leaders, hubs and badges in the layer stack, the diamond and ring of sites, and the
// pôles' names beside their group.
import { describe, expect, it } from 'vitest';
import { buildLayers, type MapView } from '../../src/layers/index.ts';
import {
  drawnSymbols,
  placerOf,
  symbolLabels,
  POLE_LABEL_MIN_ZOOM,
  type LonLatBox,
} from '../../src/layers/colocation/colocation.ts';
import { createMembersLayer, type MemberSite } from '../../src/layers/members/members.layer.ts';
import type { PlacedPole } from '../../src/layers/poles/poles.layer.ts';
import { RING_LIMIT } from '../../src/geo/colocation.ts';
import { LYON, emptyView, placedPole } from './map-view-fixture.ts';
import { groupTableSteps, prepareGroupMarks } from '../../src/layers/colocation/colocation.layer.ts';

const pole = placedPole;
const site = (id: string, siteBasis = 'named-site', position = LYON): MemberSite =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: position },
    properties: { kind: 'pme', pole: 'a', siteBasis },
  }) as MemberSite;

const view = (poles: PlacedPole[], members: MemberSite[]): MapView => emptyView({ poles, members });

type Accessor<T> = (d: T) => unknown;

describe('co-located layers', () => {
  it('adds leaders under the sites and hubs and badges under the HQs, only where symbols share a point', () => {
    const shared = view([pole('a'), pole('b')], [site('s')]);
    expect(buildLayers(shared, undefined, 6).map((l) => l.id)).toEqual([
      'colocated-leaders',
      'members',
      'colocated',
      'colocated-badges',
      'poles',
    ]);
    const apart = view([pole('a'), pole('b', [5, 45])], []);
    expect(buildLayers(apart, undefined, 6).map((l) => l.id)).toEqual(['members', 'poles']);
  });

  it('draws a leader from the shared point to each symbol on its ring, packed as deck.gl reads it', () => {
    const v = view([pole('a'), pole('b')], []);
    const leaders = buildLayers(v, undefined, 6)[0]!;
    const { length, attributes } = leaders.props.data as unknown as {
      length: number;
      attributes: Record<'getSourcePosition' | 'getTargetPosition', { value: Float64Array; size: number }>;
    };
    expect(length).toBe(2);
    const at6 = placerOf(v, 6);
    const ends = ['a', 'b'].map((id) => [...at6.position('poles', id, LYON), 0]);
    expect(attributes.getSourcePosition).toEqual({
      value: Float64Array.from([...LYON, 0, ...LYON, 0]),
      size: 3,
    });
    expect(attributes.getTargetPosition).toEqual({ value: Float64Array.from(ends.flat()), size: 3 });
  });

  it('looks the group marks up in steps once per layout, and gives the same data once per zoom and scale', async () => {
    const sites = Array.from({ length: 20 }, (_, i) => site(`s${i}`, 'named-site', i < 10 ? LYON : [5, 45]));
    const v = view([pole('a'), pole('b')], sites);
    const placer = placerOf(v, 6);
    let pauses = 0;
    const steps = groupTableSteps(placer.layout, 4);
    while (!steps.next().done) pauses += 1;
    // Two groups (Lyon: 12 symbols, the other point: 10), each past the slice of 4: a pause each.
    expect(pauses).toBe(2);
    await prepareGroupMarks(placer.layout);
    type Leaders = { attributes: Record<string, { value: Float64Array }> };
    const dataAt = (zoom: number) => buildLayers(v, undefined, zoom)[0]!.props.data as unknown as Leaders;
    // The same data again at the same zoom; at another, new ends but the same sources (not uploaded again).
    expect(dataAt(6)).toBe(dataAt(6));
    expect(dataAt(7)).not.toBe(dataAt(6));
    const [at6, at7] = [dataAt(6).attributes, dataAt(7).attributes];
    expect(at7['getSourcePosition']).toBe(at6['getSourcePosition']);
    expect(at7['getTargetPosition']!.value).not.toEqual(at6['getTargetPosition']!.value);
    // Each end where the placer draws its symbol at that zoom.
    const at = placerOf(v, 7);
    const ends = [
      ...['a', 'b'].map((id) => at.position('poles', id, LYON)),
      ...sites.map((f) => at.position('members', f.id, f.geometry.coordinates)),
    ].map((p) => `${p[0]},${p[1]}`);
    const drawn = at7['getTargetPosition']!.value;
    const got = Array.from({ length: drawn.length / 3 }, (_, i) => `${drawn[3 * i]},${drawn[3 * i + 1]}`);
    expect(got.sort()).toEqual(ends.sort());
  });

  it('lists the drawn symbols of a box only, its world copies included', () => {
    const v = view([pole('a'), pole('b', [5, 45])], [site('s', 'named-site', [-170, 45])]);
    const project = ([lon, lat]: [number, number]) => ({ x: lon, y: lat });
    const ids = (box?: LonLatBox) => drawnSymbols(v, project, box).map((s) => s.id);
    expect(ids()).toEqual(['a', 'b', 's']);
    expect(ids([4.9, 44, 6, 45.5])).toEqual(['b']);
    // East of 180°, the world's copy of the site at -170° is in view.
    expect(ids([185, 40, 195, 50])).toEqual(['s']);
    expect(ids([4.5, 46, 6, 47])).toEqual([]);
  });

  it('draws each pôle of a shared seat apart, and moves its symbol with the zoom to keep the ring’s size', () => {
    const v = view([pole('a'), pole('b')], []);
    const at6 = placerOf(v, 6);
    const at9 = placerOf(v, 9);
    const a6 = at6.position('poles', 'a', LYON);
    expect(a6).not.toEqual(LYON);
    expect(at6.position('poles', 'b', LYON)).not.toEqual(a6);
    // Eight times the zoom's scale: an eighth of the distance in degrees.
    const a9 = at9.position('poles', 'a', LYON);
    expect((a9[0] - LYON[0]) / (a6[0] - LYON[0])).toBeCloseTo(1 / 8, 6);
    expect(at6.key).not.toBe(at9.key);
    const poles = buildLayers(v, undefined, 6).at(-1)!;
    expect((poles.props as unknown as { getPosition: Accessor<PlacedPole> }).getPosition(pole('a'))).toEqual(
      a6,
    );
  });

  it('draws a named site as a diamond of its kind and a head-office placement as a ring; folded sites not at all', () => {
    const layer = createMembersLayer([]);
    const props = layer.props as unknown as Record<string, Accessor<MemberSite>>;
    expect(props.getSiteShape!(site('n'))).toBe(1);
    expect(props.getSiteShape!(site('h', 'head-office'))).toBe(0);
    expect(props.getFillColor!(site('h', 'head-office'))).toEqual([255, 255, 255, 255]);
    expect(props.getLineWidth!(site('n'))).toBe(0);
    const many = Array.from({ length: RING_LIMIT + 1 }, (_, i) => site(`m${i}`));
    const placer = placerOf(view([], many), 6);
    const folded = createMembersLayer(many, { placer }).props as unknown as Record<
      string,
      Accessor<MemberSite>
    >;
    expect(folded.getRadius!(many[0]!)).toBe(0);
  });

  it('writes a pôle’s name under its HQ, or beside its group, from a zoom on; and the badge’s count', () => {
    const alone = symbolLabels(view([pole('x', [5, 45])], []));
    expect(alone[0]).toMatchObject({
      text: 'X',
      minZoom: POLE_LABEL_MIN_ZOOM,
      avoid: true,
      offset: { dx: 0 },
    });
    expect(alone[0]!.offset!.dy).toBeGreaterThan(0);
    const labels = symbolLabels(
      view(
        [pole('a'), pole('b')],
        Array.from({ length: RING_LIMIT + 1 }, (_, i) => site(`m${i}`)),
      ),
    );
    expect(labels[0]).toMatchObject({ text: String(RING_LIMIT + 1), kind: 'badge', priority: Infinity });
    const [a, b] = labels.slice(1);
    // The first pôle is west of the point: its name ends west of the group; the other's starts east.
    expect(a).toMatchObject({ text: 'A', align: 'end' });
    expect(a!.offset!.dx).toBeLessThan(0);
    expect(b).toMatchObject({ text: 'B', align: 'start' });
    expect(b!.offset!.dx).toBeGreaterThan(0);
  });
});
