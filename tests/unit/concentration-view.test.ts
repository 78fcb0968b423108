// SPDX-License-Identifier: MIT
// concentrationView: what the choropleth, hexbin and gaps layers draw, their legend, table and
// tooltips, on the hand-made territory fixture (exact values) and on the shipped data (totals).
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOUR, classColours } from '../../src/analysis/classes.ts';
import { gapTable, uncoveredCommunes } from '../../src/analysis/gaps.ts';
import { applyFilters } from '../../src/data/filters.ts';
import { GAP_COMMUNE, GAP_TERRITORY_FILL, cssRgba } from '../../src/layers/gaps/gaps.colours.ts';
import {
  concentrationView,
  formatValue,
  type ConcentrationData,
  type ConcentrationLayers,
} from '../../src/map/concentration.ts';
import { baseGeo } from '../../src/map/map-view.ts';
import { DEFAULT_STATE, type ViewState } from '../../src/state/view-state.ts';
import { communes, members, poles, territories } from '../fixtures/analysis/fixture.ts';
import { publicData } from '../fixtures/analysis/public-data.ts';

/** French digit grouping uses a narrow no-break space: compare with plain spaces. */
/** Digit groups with a plain space (French numbers group with U+202F), the rest as written. */
const plain = (s: string | null | undefined) => s?.replace(/(?<=\d)\s(?=\d{3})/g, ' ');

const square = (code: string): Feature => ({
  type: 'Feature',
  properties: { code, nom: code },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  },
});
const collection = (...codes: string[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: codes.map(square),
});

function fixtureData(extra: Partial<ConcentrationData> = {}): ConcentrationData {
  return {
    shown: { poles, members },
    territories,
    basemap: {
      regions: collection('76', '84'),
      regions2015: collection('73', '82', '83'),
      departements: collection('09', '31', '38', '63'),
    },
    regionMap: '2016',
    communes: null,
    ...extra,
  };
}

const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...patch });
function layersOf<K extends ConcentrationLayers['kind']>(layers: ConcentrationLayers | null, kind: K) {
  expect(layers?.kind).toBe(kind);
  return layers as Extract<ConcentrationLayers, { kind: K }>;
}

describe('choropleth', () => {
  it('maps HQs per 1,000 km² by région, with classes and legend in French', () => {
    const view = concentrationView(state({ layer: 'choropleth', norm: 'area' }), fixtureData());
    const { areas, breaks } = layersOf(view.layers, 'choropleth');
    // Occitanie: 1 HQ on 2,000 km²; Auvergne-Rhône-Alpes: 2 on 5,000 km².
    expect(areas.map((a) => [a.id, a.properties.value])).toEqual([
      ['76', 0.5],
      ['84', 0.4],
    ]);
    expect(breaks).toEqual([0.45]);
    expect(view.legend).toEqual({
      title: 'Sièges de pôles par région en 2019',
      unit: 'sièges de pôles pour 1 000 km²',
      // Pôle HQs: no member site is counted, so no basis is written.
      basis: null,
      source: 'Superficie calculée sur les contours IGN Admin Express',
      entries: [
        { colour: classColours(2)[0], text: '0,4 – 0,45' },
        { colour: classColours(2)[1], text: '0,45 – 0,5' },
      ],
    });
    expect(plain(view.tooltip({ layer: 'choropleth', id: '76' }))).toBe(
      'Occitanie : 1 siège de pôle (0,5 pour 1 000 km²)',
    );
    expect(view.tooltip({ layer: 'poles', id: '76' })).toBeNull();
    expect(view.gaps).toBeNull();
  });

  it('marks a territory without area or population as no data, apart from the classes', () => {
    const view = concentrationView(
      state({ layer: 'choropleth', level: 'departement', norm: 'capita', metric: 'sites' }),
      fixtureData(),
    );
    const { areas } = layersOf(view.layers, 'choropleth');
    expect(areas.find((a) => a.id === '09')!.properties.value).toBeNull();
    expect(view.legend!.entries.at(-1)).toEqual({
      colour: NO_DATA_COLOUR,
      text: 'donnée indisponible (population inconnue)',
    });
    expect(view.tooltip({ layer: 'choropleth', id: '09' })).toBe(
      'Ariège : 0 site documenté (population inconnue)',
    );
    expect(plain(view.tooltip({ layer: 'choropleth', id: '38' }))).toBe(
      'Isère : 1 site documenté (167 pour 100 000 hab.)',
    );
  });

  it('lists the territories by value in the table, with the legend’s formatting', () => {
    const view = concentrationView(state({ layer: 'choropleth', level: 'departement' }), fixtureData());
    expect(view.table).toEqual({
      kind: 'territories',
      caption: 'Sièges de pôles par département en 2019 — sièges de pôles',
      valueHeader: null,
      rows: [
        { code: '38', name: 'Isère', count: 2, valueText: '2' },
        { code: '31', name: 'Haute-Garonne', count: 1, valueText: '1' },
        { code: '09', name: 'Ariège', count: 0, valueText: '0' },
        { code: '63', name: 'Puy-de-Dôme', count: 0, valueText: '0' },
      ],
    });
    expect(view.tooltip({ layer: 'choropleth', id: '38' })).toBe('Isère : 2 sièges de pôles');
  });

  it('draws the former régions before 2016, overseas ones from the 2016 map', () => {
    const overseas = { code: '04', name: 'La Réunion', population: 100, areaKm2: 10 };
    const data = fixtureData({
      regionMap: '2015',
      territories: {
        ...territories,
        regions: [...territories.regions, overseas],
        regions2015: [...territories.regions2015, overseas],
      },
    });
    data.basemap = { ...data.basemap, regions: collection('76', '84', '04') };
    const view = concentrationView(state({ layer: 'choropleth', year: 2010 }), data);
    const { areas } = layersOf(view.layers, 'choropleth');
    expect(areas.map((a) => [a.id, a.properties.value])).toEqual([
      ['73', 1],
      ['82', 2],
      ['83', 0],
      ['04', 0],
    ]);
    expect(view.legend!.title).toBe('Sièges de pôles par région (carte d’avant 2016) en 2010');
  });

  it('adds up to the pôles and sites shown (shipped data)', () => {
    const { poles: allPoles, members: allMembers, territories: all } = publicData();
    const france = JSON.parse(readFileSync('public/data/france.topo.json', 'utf8')) as Topology;
    const shown = applyFilters(allPoles.features, allMembers.features, 2019, DEFAULT_STATE.filters);
    const data = { ...fixtureData(), shown, territories: all, basemap: baseGeo(france).basemap };
    for (const level of ['region', 'departement'] as const) {
      const hq = concentrationView(state({ layer: 'choropleth', level }), data);
      const sum = (view: typeof hq) => view.table!.rows.reduce((total, r) => total + r.count, 0);
      expect(sum(hq)).toBe(shown.poles.filter((p) => p.properties.hqDepartement !== null).length);
      const sites = concentrationView(state({ layer: 'choropleth', level, metric: 'sites' }), data);
      expect(sum(sites)).toBe(shown.members.length);
      // Every territory is drawn, each with its class.
      expect(layersOf(sites.layers, 'choropleth').areas).toHaveLength(sites.table!.rows.length);
    }
  });
});

describe('hexbin', () => {
  it('classes the site counts per hexagon, and reads a picked count', () => {
    const view = concentrationView(state({ layer: 'hexbin', hexKm: 25 }), fixtureData());
    const layers = layersOf(view.layers, 'hexbin');
    expect(layers).toMatchObject({ radiusKm: 25, breaks: [], sites: members });
    expect(view.legend).toMatchObject({
      title:
        'Sites documentés par hexagone de 25 km de rayon en 2019 (tous les sites documentés des pôles labellisés)',
      unit: 'sites documentés par hexagone',
      entries: [{ colour: classColours(1)[0], text: '1' }],
    });
    expect(view.tooltip({ layer: 'hexbin', id: '', count: 3 })).toBe('3 sites documentés dans cet hexagone');
    expect(view.tooltip({ layer: 'hexbin-974', id: '', count: 1 })).toBe(
      '1 site documenté dans cet hexagone',
    );
    expect(view.tooltip({ layer: 'choropleth', id: '76' })).toBeNull();
    expect(view.table).toBeNull();
  });
});

describe('coverage gaps', () => {
  it('outlines the territories without HQ and waits for the communes', () => {
    const view = concentrationView(state({ layer: 'gaps', level: 'departement' }), fixtureData());
    const layers = layersOf(view.layers, 'gaps');
    expect(layers.territories.map((t) => t.id)).toEqual(['09', '63']);
    expect(layers.communes).toEqual([]);
    expect(view.gaps).toEqual({
      rows: null,
      withoutHq: [territories.departements[0], territories.departements[3]],
      note: 'Sites comptés\u202f: tous les sites documentés — 4 sites documentés, dont 0 siège social',
    });
    expect(view.legend!.entries).toEqual([
      { colour: cssRgba(GAP_TERRITORY_FILL), text: 'Département sans siège de pôle' },
      { colour: cssRgba(GAP_COMMUNE), text: 'Chargement des communes…' },
    ]);
    expect(view.tooltip({ layer: 'gaps-territories', id: '63' })).toBe('Puy-de-Dôme : aucun siège de pôle');
  });

  it('draws the uncovered communes and ranks the territories as gapTable does', () => {
    const view = concentrationView(
      state({ layer: 'gaps', level: 'departement', gapKm: 40 }),
      fixtureData({ communes }),
    );
    const sites = members.map((m) => m.geometry.coordinates);
    const coverage = uncoveredCommunes(communes, sites, 40);
    expect(view.gaps!.rows).toEqual(gapTable('departement', communes, coverage, territories));
    const drawn = layersOf(view.layers, 'gaps').communes;
    expect(drawn.map((c) => c.id)).toEqual(coverage.uncovered.map((i) => communes.code[i]));
    expect(view.legend!.entries[1]!.text).toBe('Commune sans site documenté à moins de 40 km');
    const far = drawn[0]!;
    expect(view.tooltip({ layer: 'gaps-communes', id: far.id })).toBe(
      `${far.name} : site documenté le plus proche à ${formatValue('fr', far.nearestKm)} km`,
    );
  });

  it('keeps to the régions filtered on', () => {
    const filters = { ...DEFAULT_STATE.filters, regions: ['76'] };
    const view = concentrationView(
      state({ layer: 'gaps', level: 'departement', gapKm: 40, filters }),
      fixtureData({ communes }),
    );
    expect(view.gaps!.withoutHq.map((t) => t.code)).toEqual(['09']);
    expect(view.gaps!.rows!.map((r) => r.code)).toEqual(['31', '09']);
    const drawn = layersOf(view.layers, 'gaps').communes;
    expect(drawn.map((c) => c.id)).toEqual(['31001', '31002']);
  });

  it('speaks English when asked', () => {
    const view = concentrationView(state({ layer: 'gaps', lang: 'en' }), fixtureData({ communes }));
    expect(view.legend!.title).toBe('Coverage gaps in 2019 (all documented sites of the labelled pôles)');
    expect(view.legend!.entries[0]!.text).toBe('Région without a pôle headquarters');
  });
});

describe('sites layer and number formatting', () => {
  it('has no concentration part', () => {
    const view = concentrationView(state({ layer: 'sites' }), fixtureData());
    expect([view.layers, view.legend, view.table, view.gaps]).toEqual([null, null, null, null]);
  });

  it('writes values the French way', () => {
    expect(plain(formatValue('fr', 3480))).toBe('3 480');
    expect(formatValue('fr', 1.2345)).toBe('1,23');
    expect(formatValue('fr', 0.06534)).toBe('0,0653');
    expect(formatValue('fr', 333.33)).toBe('333');
    expect(formatValue('en', 1.5)).toBe('1.5');
  });
});
