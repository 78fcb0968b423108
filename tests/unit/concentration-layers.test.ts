// SPDX-License-Identifier: MIT
// The concentration layer factories are pure: assert the props and accessors they build on small
// fixtures, without rendering (ENGINEERING.md A.4).
import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOUR, classColours } from '../../src/analysis/classes.ts';
import type { MemberFeature } from '../../src/data/selection.ts';
import { createChoroplethLayer, type ChoroplethArea } from '../../src/layers/choropleth/choropleth.layer.ts';
import {
  GAP_COMMUNE,
  GAP_TERRITORY_FILL,
  GAP_TERRITORY_LINE,
  cssRgba,
} from '../../src/layers/gaps/gaps.colours.ts';
import { createGapsLayers, type GapArea, type UncoveredCommune } from '../../src/layers/gaps/gaps.layer.ts';
import { createHexbinLayers } from '../../src/layers/hexbin/hexbin.layer.ts';
import { hexToRgb } from '../../src/theme/palette.ts';
import { members } from '../fixtures/analysis/fixture.ts';

const XSS_NAME = '<img src=x onerror="window.__xss=1">';
type Accessor<T> = (d: T, info?: unknown) => unknown;

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};
const area = (code: string, value: number | null): ChoroplethArea => ({
  type: 'Feature',
  id: code,
  geometry: square,
  properties: { code, name: XSS_NAME, value },
});

describe('choropleth layer', () => {
  it('fills each territory with the class colour of its value, grey without data', () => {
    const layer = createChoroplethLayer([area('76', 7), area('84', 1), area('09', null)], { breaks: [2, 5] });
    expect(layer.id).toBe('choropleth');
    expect(layer.props.pickable).toBe(true);
    const fill = layer.props.getFillColor as Accessor<ChoroplethArea>;
    const colours = classColours(3).map(hexToRgb);
    expect(fill(area('76', 7))).toEqual([...colours[2]!, 230]);
    expect(fill(area('84', 1))).toEqual([...colours[0]!, 230]);
    expect(fill(area('x', 2))).toEqual([...colours[1]!, 230]);
    expect(fill(area('09', null))).toEqual([...hexToRgb(NO_DATA_COLOUR), 230]);
    expect(layer.props.updateTriggers).toMatchObject({ getFillColor: '2,5' });
  });

  it('keeps the territory code as the picked id', () => {
    const layer = createChoroplethLayer([area('76', 7)]);
    expect((layer.props.data as ChoroplethArea[])[0]!.id).toBe('76');
    // One class without breaks: every value gets the single colour.
    const fill = layer.props.getFillColor as Accessor<ChoroplethArea>;
    expect(fill(area('76', 1000))).toEqual([...hexToRgb(classColours(1)[0]!), 230]);
  });
});

describe('hexbin layers', () => {
  const reunion: MemberFeature = {
    ...members[0]!,
    id: 'm974',
    geometry: { type: 'Point', coordinates: [55.45, -20.9] },
    properties: { ...members[0]!.properties, departement: '974' },
  };

  it('bins metropolitan and overseas sites in separate layers, radius in metres, on the CPU', () => {
    const layers = createHexbinLayers([...members, reunion], { radiusKm: 25, breaks: [2, 5] });
    expect(layers.map((l) => l.id)).toEqual(['hexbin', 'hexbin-974']);
    expect(layers.map((l) => (l.props.data as MemberFeature[]).length)).toEqual([4, 1]);
    const [hexbin] = layers;
    expect(hexbin!.props).toMatchObject({
      radius: 25_000,
      gpuAggregation: false,
      extruded: false,
      pickable: true,
      colorScaleType: 'quantize',
      colorDomain: [-0.5, 2.5],
    });
    expect(hexbin!.props.colorRange).toEqual(classColours(3).map(hexToRgb));
    expect((hexbin!.props.getPosition as Accessor<MemberFeature>)(reunion)).toEqual([55.45, -20.9]);
  });

  it('colours a hexagon by the class of its site count', () => {
    const [hexbin] = createHexbinLayers(members, { radiusKm: 10, breaks: [2, 5] });
    const value = hexbin!.props.getColorValue as (points: MemberFeature[]) => number;
    expect(value(members.slice(0, 1))).toBe(0);
    expect(value([...members, ...members].slice(0, 3))).toBe(1);
    expect(value([...members, ...members])).toBe(2);
    expect(hexbin!.props.updateTriggers).toMatchObject({ getColorValue: '2,5' });
  });

  it('draws nothing without sites', () => {
    expect(createHexbinLayers([], { radiusKm: 25 })).toEqual([]);
  });
});

describe('gaps layers', () => {
  const territory: GapArea = {
    type: 'Feature',
    id: '09',
    geometry: square,
    properties: { code: '09', name: XSS_NAME },
  };
  const commune: UncoveredCommune = { id: '31001', name: XSS_NAME, position: [1, 43], nearestKm: 42 };

  it('draws the territories without HQ under the uncovered communes, both pickable', () => {
    const [territories, communes] = createGapsLayers([territory], [commune]);
    expect([territories.id, communes.id]).toEqual(['gaps-territories', 'gaps-communes']);
    expect(territories.props).toMatchObject({
      pickable: true,
      stroked: true,
      getFillColor: GAP_TERRITORY_FILL,
      getLineColor: GAP_TERRITORY_LINE,
    });
    expect(communes.props).toMatchObject({
      pickable: true,
      radiusUnits: 'pixels',
      getFillColor: GAP_COMMUNE,
    });
    expect((communes.props.getPosition as Accessor<UncoveredCommune>)(commune)).toEqual([1, 43]);
    expect((communes.props.data as UncoveredCommune[])[0]!.id).toBe('31001');
  });

  it('gives the legend the same colours, transparency included', () => {
    expect(cssRgba([158, 158, 158, 110])).toBe('rgba(158, 158, 158, 0.43)');
    expect(cssRgba([1, 2, 3, 255])).toBe('rgba(1, 2, 3, 1.00)');
  });
});
