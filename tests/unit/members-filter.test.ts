// SPDX-License-Identifier: MIT
// The pôles and member sites are filtered by year and sector on the GPU (DataFilterExtension). These tests
// evaluate the layer's filter accessors and ranges in JS, as the shader does, against applyFilters,
// and check that a year or sector change hands deck.gl the same data and accessors (no re-upload).
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/dataset.ts';
import { applyFilters } from '../../src/data/filters.ts';
import { isLabelledIn, SCOPE } from '../../src/data/phases.ts';
import { placed, type MemberFeature, type PoleFeature } from '../../src/data/selection.ts';
import { buildLayers, type MapView } from '../../src/layers/index.ts';
import { createMembersLayer, type MemberSite } from '../../src/layers/members/members.layer.ts';
import { phaseRange } from '../../src/layers/phase-filter/phase-filter.ts';
import { mapViewOf, type BaseGeo } from '../../src/map/map-view.ts';
import { DEFAULT_STATE, EMPTY_FILTERS, type Filters } from '../../src/state/view-state.ts';
import {
  SECTORS,
  type MembersFile,
  type PoleProperties,
  type PolesFile,
  type Sector,
} from '../../src/types.ts';

type Phase = Pick<PoleProperties, 'labelledYear' | 'endedYear'>;

const pole = (id: string, sector: Sector, labelledYear: number, endedYear: number | null): PoleFeature =>
  ({
    type: 'Feature',
    id,
    geometry: null,
    properties: { id, sector, labelledYear, endedYear, category2005: null, confidence: 'high', regions: [] },
  }) as unknown as PoleFeature;

const site = (id: string, poleId: string, kind: 'pme' | 'recherche'): MemberFeature =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [2, 47] },
    properties: { pole: poleId, kind, evidence: 'stated', region: '84' },
  }) as unknown as MemberFeature;

/** Two ended pôles (b, d) and a late one (c): the edges of the phases are among the years tested. */
const FIXTURE_POLES = [
  pole('a', 'mer', 2005, null),
  pole('b', 'numerique', 2005, 2008),
  pole('c', 'biotech-sante', 2010, null),
  pole('d', 'mer', 2007, 2019),
];
const FIXTURE_SITES = [
  site('a1', 'a', 'pme'),
  site('a2', 'a', 'recherche'),
  site('b1', 'b', 'pme'),
  site('c1', 'c', 'recherche'),
  site('d1', 'd', 'pme'),
  site('d2', 'd', 'recherche'),
  // Its pôle is not in the file: applyFilters never shows it.
  site('z1', 'unknown', 'pme'),
];

const dataset = (poles: PoleFeature[], members: MemberFeature[]): Dataset => ({
  poles: { type: 'FeatureCollection', features: poles } as PolesFile,
  members: { type: 'FeatureCollection', features: members } as MembersFile,
  france: null as never,
});
const fixture = dataset(FIXTURE_POLES, FIXTURE_SITES);

const none = { type: 'FeatureCollection' as const, features: [] };
const geo: BaseGeo = {
  basemap: { regions: none, regions2015: none, departements: none },
  labels: { '2016': [], '2015': [] },
};

const viewOf = (data: Dataset, year: number, filters: Filters = EMPTY_FILTERS): MapView =>
  mapViewOf(data, { ...DEFAULT_STATE, year, filters }, geo, null).view;

interface FilterProps {
  data: { id: string }[];
  getFilterValue: (f: unknown) => number[];
  getFilterCategory: (f: unknown) => string;
  filterRange: [number, number][];
  filterCategories: string[];
}

const layerOf = (view: MapView, id: 'members' | 'poles'): Layer =>
  buildLayers(view).find((l) => l.id === id)!;
const membersLayer = (view: MapView): Layer => layerOf(view, 'members');
const filterProps = (layer: Layer) => layer.props as unknown as FilterProps;
const propsOf = (layer: Layer) => layer.props as unknown as Record<string, unknown>;

const inRanges = (values: number[], ranges: [number, number][]): boolean =>
  values.every((v, i) => ranges[i]![0] <= v && v <= ranges[i]![1]);

/** The sites the shader keeps: every filter value within its range, the category among those shown. */
function gpuShown(layer: Layer): string[] {
  const p = filterProps(layer);
  return p.data
    .filter((f) => inRanges(p.getFilterValue(f), p.filterRange))
    .filter((f) => p.filterCategories.includes(p.getFilterCategory(f)))
    .map((f) => f.id);
}

/**
 * The props of `next` whose values differ from `previous`, accessor functions left out: deck.gl never
 * compares those, it recomputes an attribute only for new data or a changed update trigger.
 */
function changedValues(next: Layer, previous: Layer): string[] {
  const keys = new Set([...Object.keys(next.props), ...Object.keys(previous.props)]);
  return [...keys]
    .filter((key) => typeof propsOf(next)[key] !== 'function')
    .filter((key) => !isDeepStrictEqual(propsOf(next)[key], propsOf(previous)[key]))
    .sort();
}

describe('members layer GPU filter', () => {
  const index = new Map(FIXTURE_POLES.map((f) => [f.id, f.properties]));
  const filtered = (year: number, sectors: Sector[] = []) =>
    filterProps(createMembersLayer(FIXTURE_SITES, { filter: { poles: index, year, sectors } }));

  it("gives each site its pôle's phase as filter values and its sector as category", () => {
    const p = filtered(2010);
    expect(p.getFilterValue(FIXTURE_SITES[2]!)).toEqual([2005, 2008]);
    expect(p.getFilterValue(FIXTURE_SITES[0]!)[0]).toBe(2005);
    // Not ended: later than any year of the data.
    expect(p.getFilterValue(FIXTURE_SITES[0]!)[1]).toBeGreaterThan(SCOPE.last);
    expect(p.getFilterCategory(FIXTURE_SITES[3]!)).toBe('biotech-sante');
    expect(p.getFilterCategory(FIXTURE_SITES[6]!)).toBe('');
    expect(p.filterCategories).toEqual([...SECTORS]);
    expect(filtered(2010, ['mer', 'biotech-sante']).filterCategories).toEqual(['mer', 'biotech-sante']);
  });

  it('turns isLabelledIn into ranges, ended years included', () => {
    const phases: Phase[] = [
      { labelledYear: 2005, endedYear: null },
      { labelledYear: 2005, endedYear: 2008 },
      { labelledYear: 2010, endedYear: 2011 },
      { labelledYear: 2019, endedYear: null },
    ];
    for (const phase of phases) {
      const poles = new Map([['p', { ...phase, sector: 'mer' as const }]]);
      const p = filterProps(createMembersLayer([], { filter: { poles, year: 0, sectors: [] } }));
      const values = p.getFilterValue({ properties: { pole: 'p' } } as MemberSite);
      for (let year = SCOPE.first - 1; year <= SCOPE.last + 1; year++)
        expect(inRanges(values, phaseRange(year)), `${JSON.stringify(phase)} in ${year}`).toBe(
          isLabelledIn(phase, year),
        );
    }
  });

  it.each(['members', 'poles'] as const)(
    'hands the %s layer the same data and accessors when only the year or the sectors change',
    (id) => {
      const before = layerOf(viewOf(fixture, 2010), id);
      const laterYear = layerOf(viewOf(fixture, 2015), id);
      const sector = layerOf(viewOf(fixture, 2015, { ...EMPTY_FILTERS, sectors: ['mer'] }), id);
      for (const [next, previous] of [
        [laterYear, before],
        [sector, laterYear],
      ] as const) {
        expect(next.props.data).toBe(previous.props.data);
        for (const accessor of ['getPosition', 'getFilterValue', 'getFilterCategory'])
          expect(propsOf(next)[accessor]).toBe(propsOf(previous)[accessor]);
        expect(next.props.updateTriggers).toEqual(previous.props.updateTriggers);
        expect(next.props.extensions[0]).toBe(previous.props.extensions[0]);
      }
      expect(changedValues(laterYear, before)).toEqual(['filterRange']);
      expect(changedValues(sector, laterYear)).toEqual(['filterCategories']);
    },
  );

  it('gives a new array only when a filter applied on the CPU changes', () => {
    const all = viewOf(fixture, 2010).gpu!.sites;
    // The partnership kinds filter arcs only.
    const mou = { ...EMPTY_FILTERS, partnershipKinds: ['mou' as const] };
    expect(viewOf(fixture, 2012, mou).gpu!.sites).toBe(all);
    const pme = viewOf(fixture, 2012, { ...EMPTY_FILTERS, kinds: ['pme'] }).gpu!.sites;
    expect(pme).not.toBe(all);
    expect(pme.map((f) => f.id)).toEqual(['a1', 'b1', 'd1']);
    const pmeOfMer = { ...EMPTY_FILTERS, kinds: ['pme' as const], sectors: ['mer' as const] };
    expect(viewOf(fixture, 2019, pmeOfMer).gpu!.sites).toBe(pme);
  });

  it('shows the sites applyFilters shows, for every year, sector and site filter (fixture)', () => {
    const sectorFilters: Sector[][] = [[], ['mer'], ['numerique', 'biotech-sante'], ['autre']];
    for (const kinds of [[], ['pme']] as Filters['kinds'][])
      for (const sectors of sectorFilters)
        for (let year = SCOPE.first - 1; year <= SCOPE.last + 1; year++) {
          const filters = { ...EMPTY_FILTERS, kinds, sectors };
          const expected = applyFilters(FIXTURE_POLES, FIXTURE_SITES, year, filters).members.map((f) => f.id);
          expect(
            gpuShown(membersLayer(viewOf(fixture, year, filters))),
            `${year} ${sectors} ${kinds}`,
          ).toEqual(expected);
        }
  });

  it('shows the pôles and sites applyFilters shows on the committed dataset, every year and sector', () => {
    const read = <T>(name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;
    const data = dataset(
      read<PolesFile>('poles.geojson').features,
      read<MembersFile>('members.geojson').features,
    );
    for (const sectors of [[], ...SECTORS.map((s) => [s])] as Sector[][])
      for (let year = SCOPE.first; year <= SCOPE.last; year++) {
        const filters = { ...EMPTY_FILTERS, sectors };
        const expected = applyFilters(data.poles.features, data.members.features, year, filters);
        const view = viewOf(data, year, filters);
        expect(gpuShown(membersLayer(view)), `${year} ${sectors}`).toEqual(expected.members.map((f) => f.id));
        expect(gpuShown(layerOf(view, 'poles')), `${year} ${sectors}`).toEqual(
          placed(expected.poles).map((f) => f.id),
        );
      }
  });
});
