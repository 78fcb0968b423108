// SPDX-License-Identifier: MIT
// The Évolutions view's pure parts: the map's marks, lines, net-change choropleth, legends and
// tooltips; the layers built from them; the rows of its table.
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { compareYears } from '../../src/data/time/evolutions.ts';
import { regionNetChange } from '../../src/data/time/region-change.ts';
import { evolutionTable, regionRows } from '../../src/elements/poles-evolutions/poles-evolutions.model.ts';
import { createChoroplethLayer } from '../../src/layers/choropleth/choropleth.layer.ts';
import { MARK_COLOURS, NET_COLOURS } from '../../src/layers/evolutions/evolutions.colours.ts';
import { createEvolutionLayers } from '../../src/layers/evolutions/evolutions.layer.ts';
import { buildOverlays } from '../../src/layers/overlays.ts';
import { evolutionMapView, evolutionOf } from '../../src/map/evolutions.ts';
import { hexToRgb } from '../../src/theme/palette.ts';
import { FIXTURE_POLES, FIXTURE_TIME, LYON, RENNES, TOULOUSE } from '../fixtures/time/fixture.ts';

const square = (code: string, nom: string) => ({
  type: 'Feature' as const,
  properties: { code, nom },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  },
});
const basemap = {
  regions: {
    type: 'FeatureCollection',
    features: [square('76', 'Occitanie'), square('84', 'Auvergne-Rhône-Alpes'), square('53', 'Bretagne')],
  } as FeatureCollection,
  regions2015: { type: 'FeatureCollection', features: [square('73', 'Midi-Pyrénées')] } as FeatureCollection,
  departements: { type: 'FeatureCollection', features: [] } as FeatureCollection,
};

describe('evolutionMapView', () => {
  const evolution = compareYears(FIXTURE_POLES, FIXTURE_TIME, 2018, 2023);
  const view = evolutionMapView(evolution, regionNetChange(evolution), basemap, {
    lang: 'en',
    selectedId: 'b',
  });

  it('marks each pôle by what changed, at the seat of the year that matters', () => {
    const marks = Object.fromEntries(view.layers.marks.map((m) => [m.id, [m.kind, m.position]]));
    expect(marks).toEqual({
      // b and c merged into d, which has no seat: their lines have nowhere to go.
      b: ['merged', LYON.lonLat],
      c: ['merged', [3.88, 43.61]],
      g: ['appeared', TOULOUSE.lonLat],
      // h moved to Écully in 2013, before 2018: unchanged over 2018-2023.
      h: ['unchanged', [4.78, 45.78]],
      a: ['unchanged', TOULOUSE.lonLat],
      f: ['unchanged', RENNES.lonLat],
    });
    // i (disputed in 2023 between Lyon and Écully), d (no seat) and k (disputed) are not placed.
    expect(view.unplaced.sort()).toEqual(['d']);
    expect(view.layers.lines).toEqual([]);
    // Unchanged pôles first, so that the changes are drawn over them.
    expect(view.layers.marks.map((m) => m.kind).slice(0, 3)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('draws a merger to its successor and a move from the former seat', () => {
    const moved = compareYears(FIXTURE_POLES, FIXTURE_TIME, 2005, 2013);
    const merged = compareYears(FIXTURE_POLES, FIXTURE_TIME, 2018, 2019);
    expect(evolutionMapView(moved, null, basemap, { lang: 'fr', selectedId: null }).layers.lines).toEqual([
      { id: 'h:moved', kind: 'moved', from: LYON.lonLat, to: [4.78, 45.78] },
    ]);
    expect(evolutionMapView(merged, null, basemap, { lang: 'fr', selectedId: null }).layers.lines).toEqual([
      { id: 'f:merged', kind: 'merged', from: RENNES.lonLat, to: TOULOUSE.lonLat },
    ]);
  });

  it('gives the régions their net change, with a legend of every class and a tooltip', () => {
    const net = view.layers.net!;
    expect(net.areas.map((a) => [a.id, a.properties.value])).toEqual([
      ['53', 0],
      ['76', 0],
      ['84', -1],
    ]);
    expect(net.colours).toBe(NET_COLOURS);
    expect(view.legends[0]!.entries.map((e) => e.text)).toEqual([
      '≤ −3',
      '−2',
      '−1',
      '0',
      '+1',
      '+2',
      '≥ +3',
    ]);
    expect(view.legends[1]!.entries.map((e) => e.colour)).toEqual([
      MARK_COLOURS.appeared,
      MARK_COLOURS.merged,
      MARK_COLOURS.unchanged,
    ]);
    expect(view.legends[1]!.unit).toBe('1 pôle concerned with no seat placed (unknown or disputed)');
    expect(view.tooltip({ layer: 'choropleth', id: '84' })).toBe(
      'Auvergne-Rhône-Alpes: 3 in 2018, 2 in 2023 (net −1)',
    );
    expect(view.tooltip({ layer: 'evolution-marks', id: 'g' })).toBe(
      'Golf: Appeared in 2023 (new or labelled again)',
    );
    expect(view.tooltip({ layer: 'poles', id: 'g' })).toBeNull();
  });

  it('is what evolutionOf gives for a state, without the choropleth unless asked', () => {
    const state = { evoA: 2018, evoB: 2023, evoNet: false, lang: 'en' as const, pole: 'b' };
    const of = evolutionOf(FIXTURE_POLES, state, basemap, FIXTURE_TIME);
    expect(of.layers.net).toBeNull();
    expect(of.layers.marks).toEqual(view.layers.marks);
    expect(of.legends).toHaveLength(1);
  });

  it('builds a line layer under pickable marks, the selected one larger, and a diverging choropleth', () => {
    const [lines, marks] = createEvolutionLayers(view.layers);
    expect(lines.id).toBe('evolution-lines');
    expect(marks.id).toBe('evolution-marks');
    expect(marks.props.pickable).toBe(true);
    const data = marks.props.data as typeof view.layers.marks;
    expect(data.at(-1)?.id).toBe('b');
    const radius = marks.props.getRadius as (m: (typeof data)[number]) => number;
    expect(radius(data.at(-1)!)).toBeGreaterThan(radius(data[0]!));
    const fill = marks.props.getFillColor as unknown as (m: (typeof data)[number]) => number[];
    expect(fill(data.find((m) => m.id === 'g')!)).toEqual([...hexToRgb(MARK_COLOURS.appeared), 255]);
    const areas = view.layers.net!.areas;
    const choropleth = createChoroplethLayer(view.layers.net!.areas, {
      breaks: view.layers.net!.breaks,
      colours: NET_COLOURS,
    });
    const colour = choropleth.props.getFillColor as unknown as (f: (typeof areas)[number]) => number[];
    expect(colour(view.layers.net!.areas.find((a) => a.id === '84')!)).toEqual([
      ...hexToRgb(NET_COLOURS[2]!),
      230,
    ]);
    const overlays = buildOverlays({
      veil: [],
      footprint: [],
      footprintColour: null,
      concentration: null,
      arcs: [],
      linkSelection: null,
      evolution: view.layers,
    } as never);
    expect(overlays.below.map((l) => l.id)).toEqual(['choropleth']);
    expect(overlays.above.map((l) => l.id)).toEqual(['evolution-lines', 'evolution-marks']);
  });
});

describe('evolutionTable', () => {
  it('writes one row per change with the other lineage, the date and an http(s) source', () => {
    const table = evolutionTable('fr', compareYears(FIXTURE_POLES, FIXTURE_TIME, 2005, 2019));
    const rows = table.rows.map((r) => [r.id, r.kind, r.other, r.date]);
    expect(rows).toEqual([
      ['d', 'new', 'de Bravo + Charlie', '2019-02'],
      ['g', 'new', '', '2019-02-05'],
      ['b', 'merged', 'dans Delta', '2019-02'],
      ['c', 'merged', 'dans Delta', '2019-02'],
      ['f', 'merged', 'dans Alpha', '2019-02'],
      ['e', 'delabelled', '', '2010-05-11'],
      ['j', 'ended', '', null],
      ['a', 'absorbed', 'de Foxtrot', '2019-02'],
      ['h', 'renamed', 'Hotel Ancien → Hotel', '2012-01'],
      ['h', 'moved', 'Lyon → Écully', null],
    ]);
    expect(table.rows[0]!.source).toBe('https://example.org/event/2019-02/b-c-d');
    expect(table.unchanged.map((u) => u.id)).toEqual(['i', 'k']);
  });

  it('dates a change no event dates by its label period, with the source of that period', () => {
    const rows = evolutionTable('en', compareYears(FIXTURE_POLES, FIXTURE_TIME, 2019, 2024)).rows;
    expect(rows.find((r) => r.id === 'g')).toMatchObject({
      kind: 'to-unknown',
      date: '2024',
      source: 'https://example.org/g/label',
    });
    const relabelled = evolutionTable('en', compareYears(FIXTURE_POLES, FIXTURE_TIME, 2020, 2023)).rows;
    expect(relabelled.find((r) => r.id === 'f')).toMatchObject({ kind: 'relabelled', date: '2023-03-27' });
  });

  it('names the régions of the comparison, largest loss first', () => {
    const evolution = compareYears(FIXTURE_POLES, FIXTURE_TIME, 2018, 2023);
    expect(regionRows(regionNetChange(evolution)).map((r) => [r.name, r.net])).toEqual([
      ['Auvergne-Rhône-Alpes', -1],
      ['Bretagne', 0],
      ['Occitanie', 0],
    ]);
  });
});
