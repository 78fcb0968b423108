// SPDX-License-Identifier: MIT
// Layer factories are pure: assert the props they build against small fixtures, without rendering.
import { describe, expect, it } from 'vitest';
import { createPolesLayer } from '../../src/layers/poles/poles.layer.ts';
import { createMembersLayer } from '../../src/layers/members/members.layer.ts';
import type { Feature as GeoJsonFeature } from 'geojson';
import { buildLayers, needsOverlays } from '../../src/layers/index.ts';
import { buildOverlays } from '../../src/layers/overlays.ts';
import { MEMBER_KIND_COLOURS, SECTOR_COLOURS, hexToRgb } from '../../src/theme/palette.ts';
import type { PlacedPole } from '../../src/layers/poles/poles.layer.ts';
import type { MemberSite } from '../../src/layers/members/members.layer.ts';
import type { Rgb } from '../../src/theme/palette.ts';
import { POLE_RADIUS, SELECTED_POLE_RADIUS } from '../../src/geo/colocation.ts';

const pole = (id: string, sector: PlacedPole['properties']['sector']): PlacedPole =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [1, 46] },
    properties: { id, sector, shortName: id },
  }) as PlacedPole;

const member = {
  type: 'Feature',
  id: 'm1',
  geometry: { type: 'Point', coordinates: [2, 47] },
  properties: { kind: 'recherche', pole: 'a' },
} as MemberSite;

type Accessor<T> = (d: T, info?: unknown) => unknown;

describe('poles layer', () => {
  it('fills each HQ with its sector colour and is pickable', () => {
    const layer = createPolesLayer([pole('a', 'mer')]);
    expect(layer.id).toBe('poles');
    expect(layer.props.pickable).toBe(true);
    const fill = layer.props.getFillColor as Accessor<PlacedPole>;
    expect(fill(pole('a', 'mer'))).toEqual([...hexToRgb(SECTOR_COLOURS.mer), 255]);
    expect(fill(pole('b', 'numerique'))).toEqual([...hexToRgb(SECTOR_COLOURS.numerique), 255]);
    expect((layer.props.getPosition as Accessor<PlacedPole>)(pole('a', 'mer'))).toEqual([1, 46]);
  });

  it('draws the selected pôle larger and re-evaluates on selection change', () => {
    const layer = createPolesLayer([pole('a', 'mer')], { selectedIds: ['a'] });
    const radius = layer.props.getRadius as Accessor<PlacedPole>;
    expect(radius(pole('a', 'mer'))).toBe(SELECTED_POLE_RADIUS);
    expect(radius(pole('b', 'mer'))).toBe(POLE_RADIUS);
    expect(layer.props.updateTriggers).toMatchObject({ getRadius: 'a', getFillColor: 'a' });
    const fill = layer.props.getFillColor as Accessor<PlacedPole>;
    expect((fill(pole('b', 'mer')) as number[])[3]).toBeLessThan(255);
  });
});

describe('members layer', () => {
  it('colours sites by kind of organisation', () => {
    const layer = createMembersLayer([member]);
    const fill = layer.props.getFillColor as Accessor<MemberSite>;
    expect(fill(member)).toEqual([...hexToRgb(MEMBER_KIND_COLOURS.recherche), 255]);
  });

  it('fades the sites of other pôles than the one in focus', () => {
    const fill = createMembersLayer([member], { focusPole: 'b' }).props.getFillColor as Accessor<MemberSite>;
    expect((fill(member) as number[])[3]).toBeLessThan(255);
    const own = createMembersLayer([member], { focusPole: 'a' }).props.getFillColor as Accessor<MemberSite>;
    expect((own(member) as number[])[3]).toBe(255);
  });
});

describe('layer registry', () => {
  it('draws member sites under the pôle HQs', () => {
    const view = {
      poles: [pole('a', 'mer')],
      members: [member],
      veil: [],
      selectedId: null,
      labels: [],
      highlighted: [],
      arcs: [],
      linkSelection: null,
      concentration: null,
    };
    const plain = { ...view, footprint: [], footprintColour: null };
    expect(needsOverlays(plain)).toBe(false);
    expect(buildLayers(plain).map((l) => l.id)).toEqual(['members', 'poles']);
    const region: GeoJsonFeature = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [0, 0] },
    };
    const selected = { ...view, selectedId: 'a', footprint: [region], footprintColour: [1, 2, 3] as Rgb };
    // The footprint lives in the lazily loaded overlays, under everything of the default map.
    expect(needsOverlays(selected)).toBe(true);
    const layers = buildLayers(selected, buildOverlays(selected));
    expect(layers.map((l) => l.id)).toEqual(['footprint', 'members', 'poles']);
    // The veil outside a région filter lies under everything, the footprint included.
    const veiled = { ...selected, veil: [region] };
    expect(buildLayers(veiled, buildOverlays(veiled)).map((l) => l.id)).toEqual([
      'veil',
      'footprint',
      'members',
      'poles',
    ]);
    expect(needsOverlays({ ...plain, veil: [region] })).toBe(true);
  });
});

describe('palette', () => {
  it('gives every sector and kind a distinct colour', () => {
    expect(new Set(Object.values(SECTOR_COLOURS)).size).toBe(Object.keys(SECTOR_COLOURS).length);
    expect(new Set(Object.values(MEMBER_KIND_COLOURS)).size).toBe(Object.keys(MEMBER_KIND_COLOURS).length);
    expect(hexToRgb('#0a10ff')).toEqual([10, 16, 255]);
  });
});
