// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { franceFeatures } from '../../src/geo/france.ts';
import { overseasInsets } from '../../src/geo/insets.ts';

const france = JSON.parse(readFileSync('public/data/france.topo.json', 'utf8')) as Topology;
const insets = overseasInsets(franceFeatures(france, 'departements'), { width: 80, height: 60 });

describe('overseas insets', () => {
  it('draws the five overseas départements', () => {
    expect(insets.map((i) => i.name)).toEqual([
      'Guadeloupe',
      'Martinique',
      'Guyane',
      'La Réunion',
      'Mayotte',
    ]);
    for (const inset of insets) expect(inset.path.length).toBeGreaterThan(20);
  });

  it('places a point of the département inside its box and leaves others out', () => {
    const reunion = insets.find((i) => i.code === '974')!;
    const saintDenis = reunion.project([55.45, -20.88])!;
    expect(saintDenis[0]).toBeGreaterThan(0);
    expect(saintDenis[0]).toBeLessThan(80);
    expect(saintDenis[1]).toBeGreaterThan(0);
    expect(saintDenis[1]).toBeLessThan(60);
    expect(reunion.project([2.35, 48.85])).toBeNull();
  });

  it('gives bounds to frame each département', () => {
    const guyane = insets.find((i) => i.code === '973')!;
    const [west, south, east, north] = guyane.bounds;
    expect(west).toBeLessThan(-53);
    expect(east).toBeGreaterThan(-52);
    expect(south).toBeGreaterThan(1);
    expect(north).toBeLessThan(6.5);
  });
});
