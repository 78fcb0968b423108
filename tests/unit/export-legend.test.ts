// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/export/compose.ts';
import { exportLegend } from '../../src/export/legend.ts';
import type { MapView } from '../../src/layers/index.ts';
import type { MembersFile, PartnershipsFile, PolesFile } from '../../src/types.ts';
import { emptyView } from './map-view-fixture.ts';

const read = <T>(name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;
const poles = read<PolesFile>('poles.geojson').features.filter((f) => f.geometry !== null);
const members = read<MembersFile>('members.geojson').features;
const edges = read<PartnershipsFile>('partnerships.json').edges;

const view = emptyView;

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
    expect(legend.map((s) => s.title)).toEqual([
      'Secteur du pôle',
      'Sites de membres documentés',
      'Symboles',
    ]);
    expect(legend[0]!.entries).toEqual([{ colour: '#88ccee', text: 'Mer', shape: 'dot' }]);
    expect(legend[1]!.entries).toEqual([{ colour: '#668c39', text: 'PME', shape: 'diamond' }]);
    // Which sites are drawn, under the kinds' title.
    expect(legend[1]!.unit).toBe('documentés pour la phase IV (2019-2022)');
  });

  it('says which symbol is a HQ, a named local site, a head-office placement and a count badge', () => {
    const named = members.find((f) => f.properties.siteBasis === 'named-site')!;
    const headOffice = members.find((f) => f.properties.siteBasis === 'head-office')!;
    const symbols = (patch: Partial<MapView>, badges = false) =>
      exportLegend('en', view(patch), null, '', badges).find((s) => s.title === 'Symbols')?.entries ?? [];
    expect(
      symbols({ poles: poles.slice(0, 1) as MapView['poles'], members: [named, headOffice] }, true),
    ).toEqual([
      { colour: '#8a8a8a', text: 'Pôle headquarters (sector colour)', shape: 'dot' },
      { colour: '#8a8a8a', text: 'Local site named by the source', shape: 'diamond' },
      { colour: '#8a8a8a', text: 'Site placed at the head office (local site unknown)', shape: 'ring' },
      { colour: '#3c3c3c', text: 'Sites at one point: their number, listed on click', shape: 'dot' },
    ]);
    // Only the symbols drawn; a map of HQs alone needs no key to its one shape.
    expect(symbols({ members: [headOffice] }).map((e) => e.shape)).toEqual([]);
    expect(symbols({ members: [named, headOffice] }).map((e) => e.shape)).toEqual(['diamond', 'ring']);
  });

  it('adds the kinds of the partner arcs, drawn as lines, and the partners, drawn as white circles', () => {
    const legend = exportLegend('en', view({ arcs: edges }), null, '');
    expect(legend).toHaveLength(1);
    expect(legend[0]!.title).toBe('Partnership kind');
    const entries = legend[0]!.entries;
    expect(entries.slice(0, -1).every((e) => e.shape === 'line')).toBe(true);
    expect(entries.at(-1)).toEqual({ colour: '#ffffff', text: 'Partner abroad (city)', shape: 'dot' });
  });

  it('lists only the kinds of the arcs drawn', () => {
    const mous = edges.filter((e) => e.kind === 'mou' && e.targetKind !== 'pole');
    expect(mous.length).toBeGreaterThan(0);
    const [section] = exportLegend('fr', view({ arcs: mous }), null, '');
    expect(section!.entries.map((e) => e.text)).toEqual([
      'protocole d’accord',
      'Partenaire à l’étranger (ville)',
    ]);
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
