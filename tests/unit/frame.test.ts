// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { franceFeatures } from '../../src/geo/france.ts';
import { regionsBounds, selectionBounds } from '../../src/map/frame.ts';
import { baseGeo, veilOf } from '../../src/map/map-view.ts';
import { EMPTY_FILTERS } from '../../src/state/view-state.ts';

const france = JSON.parse(readFileSync('public/data/france.topo.json', 'utf8')) as Topology;
const regions = franceFeatures(france, 'regions');
const region = (code: string): Feature => regions.features.find((f) => String(f.properties?.code) === code)!;

describe('framing', () => {
  it('frames Occitanie alone, two régions together, and nothing for an unknown code', () => {
    const [w, s, e, n] = regionsBounds(regions, ['76'])!;
    expect(w).toBeCloseTo(-0.33, 1);
    expect(e).toBeCloseTo(4.85, 1);
    expect(s).toBeCloseTo(42.33, 1);
    expect(n).toBeCloseTo(45.05, 1);
    const both = regionsBounds(regions, ['76', '53'])!;
    expect(both[0]).toBeLessThan(-4.5);
    expect(both[1]).toBeCloseTo(s, 5);
    expect(regionsBounds(regions, ['99'])).toBeNull();
  });

  it('frames a pôle on its metropolitan footprint and sites, leaving its overseas part to the insets', () => {
    // A pôle of Occitanie and Guyane (as Aerospace Valley), with a site in Paris.
    const box = selectionBounds(
      [
        [1.44, 43.6],
        [2.35, 48.86],
        [-52.3, 4.9],
      ],
      [region('76'), region('03')],
    )!;
    expect(box[0]).toBeCloseTo(-0.33, 1);
    expect(box[3]).toBeCloseTo(48.86, 2);
    expect(box[1]).toBeCloseTo(42.33, 1);
  });

  it('frames a pôle wholly overseas where it is, and nothing without a place', () => {
    const box = selectionBounds([[55.45, -20.88]], [region('04')])!;
    expect(box[0]).toBeGreaterThan(55);
    expect(box[1]).toBeLessThan(-21);
    expect(selectionBounds([], [])).toBeNull();
  });
});

describe('the veil outside a région filter', () => {
  const geo = baseGeo(france);
  const codes = (features: Feature[]) => features.map((f) => String(f.properties?.code));

  it('veils every région but those filtered, on the map only', () => {
    const filters = { ...EMPTY_FILTERS, regions: ['76'] };
    const veiled = codes(veilOf({ view: 'map', filters }, geo));
    expect(veiled).toHaveLength(regions.features.length - 1);
    expect(veiled).not.toContain('76');
    expect(veilOf({ view: 'links', filters }, geo)).toEqual([]);
    expect(veilOf({ view: 'map', filters: EMPTY_FILTERS }, geo)).toEqual([]);
  });
});
