// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { franceFeatures } from '../../src/geo/france.ts';
import { OVERSEAS } from '../../src/geo/insets.ts';
import { cameraProjector, fitCamera } from '../../src/geo/web-mercator.ts';
import {
  METROPOLE_BOUNDS,
  framePadding,
  regionsBounds,
  selectionBounds,
  subjectPadding,
} from '../../src/map/frame.ts';
import { insetBoxes } from '../../src/map/inset-layout.ts';
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

describe('a framed subject and the overseas insets', () => {
  // Occitanie and Nouvelle-Aquitaine lie where the insets' row stands under France's own frame.
  const subjects: Record<string, [number, number, number, number]> = {
    occitanie: regionsBounds(regions, ['76'])!,
    'south-west': regionsBounds(regions, ['75', '76'])!,
    'Toulouse to Paris': selectionBounds(
      [
        [1.44, 43.6],
        [2.35, 48.86],
      ],
      [region('76')],
    )!,
    bretagne: regionsBounds(regions, ['53'])!,
  };
  const sizes: [number, number][] = [
    [845, 753],
    [1000, 700],
    [1490, 1033],
    [620, 500],
  ];

  for (const [name, bounds] of Object.entries(subjects))
    it(`keeps ${name} clear of the row and inside the map at every size`, () => {
      for (const [width, height] of sizes) {
        const padding = subjectPadding(bounds, width, height);
        const project = cameraProjector(fitCamera(bounds, width, height, padding), width, height);
        const [x0, y1] = project([bounds[0], bounds[1]]);
        const [x1, y0] = project([bounds[2], bounds[3]]);
        const { row } = insetBoxes(width, height, OVERSEAS.length);
        const meetsRow = x0 < row.x + row.width && y1 > row.y;
        expect(meetsRow, `${name} at ${width}×${height}`).toBe(false);
        expect(x0).toBeGreaterThanOrEqual(padding.left - 0.5);
        expect(y1).toBeLessThanOrEqual(height - padding.bottom + 0.5);
        expect(x1).toBeLessThanOrEqual(width - padding.right + 0.5);
        expect(y0).toBeGreaterThanOrEqual(padding.top - 0.5);
      }
    });

  it('leaves France its own frame, and a phone its folded insets', () => {
    expect(subjectPadding(METROPOLE_BOUNDS, 1000, 700)).toEqual(framePadding(1000));
    expect(subjectPadding(subjects.occitanie!, 390, 500)).toEqual(framePadding(390));
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
