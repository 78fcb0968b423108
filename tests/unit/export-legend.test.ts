// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/export/compose.ts';
import { exportLegend } from '../../src/export/legend.ts';
import type { MapView } from '../../src/layers/index.ts';
import type { MembersFile, PartnershipsFile, PolesFile } from '../../src/types.ts';

const read = <T>(name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;
const poles = read<PolesFile>('poles.geojson').features.filter((f) => f.geometry !== null);
const members = read<MembersFile>('members.geojson').features;
const edges = read<PartnershipsFile>('partnerships.json').edges;

const view = (patch: Partial<MapView>): MapView => ({
  poles: [],
  members: [],
  selectedId: null,
  highlighted: [],
  arcs: [],
  linkSelection: null,
  footprint: [],
  footprintColour: null,
  labels: [],
  concentration: null,
  ...patch,
});

describe('exportLegend', () => {
  it('lists only the sectors and member kinds the picture shows', () => {
    const mer = poles.filter((f) => f.properties.sector === 'mer') as MapView['poles'];
    const pme = members.filter((f) => f.properties.kind === 'pme');
    const legend = exportLegend(
      'fr',
      view({ poles: mer, members: pme }),
      null,
      'documentés pour la phase IV (2019-2022)',
    );
    expect(legend.map((s) => s.title)).toEqual(['Secteur du pôle', 'Sites de membres documentés']);
    expect(legend[0]!.entries).toEqual([{ colour: '#88ccee', text: 'Mer', shape: 'dot' }]);
    expect(legend[1]!.entries.map((e) => e.text)).toEqual(['PME']);
    // Which sites are drawn, under the kinds' title.
    expect(legend[1]!.unit).toBe('documentés pour la phase IV (2019-2022)');
  });

  it('adds the kinds of the partner arcs, drawn as lines', () => {
    const legend = exportLegend('en', view({ arcs: edges }), null, '');
    expect(legend).toHaveLength(1);
    expect(legend[0]!.title).toBe('Partnership kind');
    expect(legend[0]!.entries.every((e) => e.shape === 'line')).toBe(true);
  });

  it("uses a concentration layer's own legend instead", () => {
    const model = { title: 'T', unit: 'u', source: 's', entries: [{ colour: '#123456', text: '1 – 2' }] };
    expect(exportLegend('fr', view({ poles: poles as MapView['poles'] }), model, '')).toEqual([
      { title: 'T', unit: 'u', entries: [{ colour: '#123456', text: '1 – 2', shape: 'square' }] },
    ]);
  });
});

describe('wrapLines', () => {
  const measure = (s: string) => s.length;

  it('breaks at word boundaries within the width, and keeps explicit line breaks', () => {
    expect(wrapLines('aa bb cc dd', 5, measure)).toEqual(['aa bb', 'cc dd']);
    expect(wrapLines('aa\nbb', 80, measure)).toEqual(['aa', 'bb']);
  });

  it('gives a word wider than the line a line of its own rather than cutting it', () => {
    expect(wrapLines('a https://example.org/long b', 5, measure)).toEqual([
      'a',
      'https://example.org/long',
      'b',
    ]);
  });
});
