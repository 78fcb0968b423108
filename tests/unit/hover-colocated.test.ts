// SPDX-License-Identifier: MIT
// The map's tooltip at a point shared by several symbols (elements/poles-map/hover.ts): the picked
// one, then every other pôle and site there under a heading, the rest counted; a group's hub or
// badge lists them and says a click lists them for good.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset.ts';
import { hoverText } from '../../src/elements/poles-map/hover.ts';
import { poleOfSymbol } from '../../src/elements/poles-map/group-list.ts';
import type { PickedObject } from '../../src/map/engine.ts';

const pole = (id: string, shortName: string) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [4.83638, 45.75485] },
  properties: { id, name: shortName, shortName, sector: 'biotech-sante' },
});
const site = (id: string, organisation: string, poleId: string) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [4.83638, 45.75485] },
  properties: { organisation, pole: poleId, kind: 'pme', commune: 'Lyon' },
});
const sites = Array.from({ length: 10 }, (_, i) => site(`m${i}`, `Org ${i}`, 'cara'));
const data = {
  poles: {
    features: [pole('cara', 'LUTB / CARA'), pole('lyonbiopole', 'Lyonbiopôle'), pole('techtera', 'Techtera')],
  },
  members: { features: sites },
} as unknown as Dataset;

const picked = (p: Partial<PickedObject>): PickedObject => ({ layer: 'poles', id: 'cara', x: 0, y: 0, ...p });

describe('tooltip at a shared point', () => {
  it('names the picked pôle, then the others at its point', () => {
    const text = hoverText(
      'fr',
      picked({
        all: [
          { layer: 'poles', id: 'cara' },
          { layer: 'poles', id: 'lyonbiopole' },
          { layer: 'poles', id: 'techtera' },
        ],
      }),
      data,
      null,
    )!;
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^LUTB \/ CARA/);
    expect(lines.slice(1)).toEqual(['Au même endroit\u202f:', 'Lyonbiopôle', 'Techtera']);
  });

  it('lists a hub’s group, sites with their pôle, counts what does not fit, and says a click lists all', () => {
    const all = [
      { layer: 'poles' as const, id: 'cara' },
      ...sites.map((s) => ({ layer: 'members' as const, id: s.id })),
    ];
    const lines = hoverText('en', picked({ layer: 'colocated', id: 'g', all }), data, null)!.split('\n');
    expect(lines[0]).toBe('At this place:');
    expect(lines[1]).toBe('LUTB / CARA');
    expect(lines[2]).toBe('Org 0 · LUTB / CARA');
    expect(lines.at(-2)).toBe('… and 3 more');
    expect(lines.at(-1)).toBe('Click for the list.');
  });

  it('keeps the plain tooltip of a symbol alone at its point', () => {
    expect(hoverText('fr', picked({}), data, null)).not.toContain('\n');
  });

  it('selects a listed site’s pôle', () => {
    expect(poleOfSymbol({ layer: 'members', id: 'm3' }, data)).toBe('cara');
    expect(poleOfSymbol({ layer: 'poles', id: 'techtera' }, data)).toBe('techtera');
  });
});
