// SPDX-License-Identifier: MIT
// The fallback's static base map, from the shipped TopoJSON: France the right way round, every
// shipped HQ and site inside the drawing, overseas points in their own inset.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { fallbackBase, type Box } from '../../src/geo/fallback-projection.ts';
import { franceAreaOf } from '../../src/geo/france-extent.ts';
import type { MembersFile, PolesFile } from '../../src/types.ts';

const read = <T>(file: string): T => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as T;
const base = fallbackBase(read<Topology>('france.topo.json'));

const inBox = ([x, y]: [number, number], b: Box): boolean =>
  x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
const drawing: Box = { x: 0, y: 0, width: base.width, height: base.height };
const at = (lon: number, lat: number): [number, number] => base.project([lon, lat])!;

describe('fallbackBase', () => {
  it('puts Paris inside the drawing, west of Strasbourg, east of Brest and north of Marseille', () => {
    const paris = at(2.35, 48.857);
    expect(inBox(paris, drawing)).toBe(true);
    expect(paris[0]).toBeLessThan(at(7.75, 48.58)[0]);
    expect(paris[0]).toBeGreaterThan(at(-4.49, 48.39)[0]);
    expect(paris[1]).toBeLessThan(at(5.37, 43.3)[1]);
  });

  it('draws the five overseas régions as insets, in a column left of metropolitan France', () => {
    expect(base.insets.map((i) => i.area)).toEqual(['971', '972', '973', '974', '976']);
    expect(base.insets.map((i) => i.name)).toContain('La Réunion');
    const columnRight = Math.max(...base.insets.map((i) => i.box.x + i.box.width));
    expect(at(-4.49, 48.39)[0]).toBeGreaterThan(columnRight); // Brest, the far west
    expect(at(8.74, 41.93)[0]).toBeGreaterThan(columnRight); // Ajaccio: Corsica is in the main map
    for (const inset of base.insets) {
      expect(inset.path).toMatch(/^M/);
      expect(inBox([inset.box.x, inset.box.y + inset.box.height], drawing)).toBe(true);
    }
    expect(base.land).toMatch(/^M/);
    expect(base.regions).toMatch(/^M/);
  });

  it("projects an overseas point into its area's inset", () => {
    const reunion = base.insets.find((i) => i.area === '974')!;
    expect(inBox(at(55.45, -20.88), reunion.box)).toBe(true); // Saint-Denis
  });

  it('places every shipped HQ and member site inside the drawing, overseas ones in their inset', () => {
    const points = [
      ...read<PolesFile>('poles.geojson').features.flatMap((f) =>
        f.geometry ? [f.geometry.coordinates] : [],
      ),
      ...read<MembersFile>('members.geojson').features.map((f) => f.geometry.coordinates),
    ];
    expect(points.length).toBeGreaterThan(500);
    for (const lonLat of points) {
      const xy = base.project(lonLat)!;
      const inset = base.insets.find((i) => i.area === franceAreaOf(...lonLat)?.id);
      expect(inBox(xy, inset?.box ?? drawing), `${lonLat.join(',')}`).toBe(true);
    }
  });
});
