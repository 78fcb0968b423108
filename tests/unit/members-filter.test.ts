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
import { NO_END, SITE_BASES, type SiteYears } from '../../src/data/time/at-year.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../src/data/time/scope.ts';
import type { HqRow } from '../../src/data/time/types.ts';
import { placed, type MemberFeature, type PoleFeature } from '../../src/data/selection.ts';
import { buildLayers, type MapView } from '../../src/layers/index.ts';
import { createMembersLayer } from '../../src/layers/members/members.layer.ts';
import { phaseRange } from '../../src/layers/phase-filter/phase-filter.ts';
import { NO_SECTOR_KEY } from '../../src/layers/phase-filter/sector-filter.extension.ts';
import { mapViewOf, type BaseGeo } from '../../src/map/map-view.ts';
import { DEFAULT_STATE, EMPTY_FILTERS, type Filters } from '../../src/state/view-state.ts';
import {
  SECTORS,
  type MembersFile,
  type PoleProperties,
  type PolesFile,
  type Sector,
} from '../../src/types.ts';

type Periods = PoleProperties['periods'];
const open = (from: number): Periods[number] => ({ from, to: null, statusAfter: 'labelled' });
const ended = (from: number, to: number): Periods[number] => ({ from, to, statusAfter: 'ended' });

const hqRow = (pole: string, fromYear: number, status: HqRow['status'], lon: number): HqRow => ({
  pole,
  commune: `C${lon}`,
  insee: `0100${lon}`,
  coordinates: [lon, 46],
  departement: '01',
  region: '84',
  region2015: '82',
  fromYear,
  date: null,
  attestedYear: fromYear,
  status,
  confidence: 'medium',
  sources: [],
  note: null,
});

const pole = (id: string, sector: Sector, periods: Periods, hqHistory: HqRow[] = []): PoleFeature =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [3, 45] },
    properties: { id, sector, periods, hqHistory, category2005: null, confidence: 'high', regions: [] },
  }) as unknown as PoleFeature;

const site = (id: string, poleId: string, kind: 'pme' | 'recherche', year = '2008'): MemberFeature =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [2, 47] },
    properties: { pole: poleId, kind, evidence: 'stated', region: '84', year },
  }) as unknown as MemberFeature;

/**
 * Two ended pôles (b, d), a late one (c), one labelled again after a gap (e), one that moves in 2012
 * and whose seat sources dispute from 2020 (f): the edges of the phases are among the years tested.
 */
const FIXTURE_POLES = [
  pole('a', 'mer', [open(2005)]),
  pole('b', 'numerique', [ended(2005, 2007)]),
  pole('c', 'biotech-sante', [open(2010)]),
  pole('d', 'mer', [ended(2007, 2018)]),
  pole('e', 'numerique', [ended(2005, 2010), open(2015)]),
  pole(
    'f',
    'mer',
    [open(2005)],
    [hqRow('f', 2012, 'documented', 4), hqRow('f', 2020, 'conflict', 5), hqRow('f', 2021, 'conflict', 6)],
  ),
];
const FIXTURE_SITES = [
  site('a1', 'a', 'pme'),
  site('a2', 'a', 'recherche'),
  site('b1', 'b', 'pme'),
  site('c1', 'c', 'recherche'),
  site('d1', 'd', 'pme'),
  site('d2', 'd', 'recherche', '2016'),
  site('e1', 'e', 'pme', 'c.2019'),
  site('f1', 'f', 'recherche', '2005-2013'),
  // Its pôle is not in the file: applyFilters never shows it.
  site('z1', 'unknown', 'pme'),
];

const dataset = (poles: PoleFeature[], members: MemberFeature[]): Dataset => ({
  poles: { type: 'FeatureCollection', features: poles } as PolesFile,
  members: { type: 'FeatureCollection', features: members } as MembersFile,
  france: null as never,
  time: null as never,
});
const fixture = dataset(FIXTURE_POLES, FIXTURE_SITES);

const none = { type: 'FeatureCollection' as const, features: [] };
const geo: BaseGeo = {
  basemap: { regions: none, regions2015: none, departements: none },
  labels: { '2016': [], '2015': [] },
};

const viewOf = (
  data: Dataset,
  year: number,
  filters: Filters = EMPTY_FILTERS,
  siteYears: SiteYears = 'all',
): MapView => mapViewOf(data, { ...DEFAULT_STATE, year, filters, siteYears }, geo, null).view;

interface FilterProps {
  data: { id: string }[];
  getFilterValue: (f: unknown) => number[];
  getFilterCategory: (f: unknown) => number;
  filterRange: [number, number][];
  filterCategories: number[];
}

const layerOf = (view: MapView, id: 'members' | 'poles'): Layer =>
  buildLayers(view).find((l) => l.id === id)!;
const membersLayer = (view: MapView): Layer => layerOf(view, 'members');
const filterProps = (layer: Layer) => layer.props as unknown as FilterProps;
const propsOf = (layer: Layer) => layer.props as unknown as Record<string, unknown>;

const inRanges = (values: number[], ranges: [number, number][]): boolean =>
  values.every((v, i) => ranges[i]![0] <= v && v <= ranges[i]![1]);

/** The data the shader keeps: every filter value within its range, the category among those shown. */
function gpuKept(layer: Layer): { id: string; geometry: { coordinates: number[] } }[] {
  const p = filterProps(layer);
  return p.data
    .filter((f) => inRanges(p.getFilterValue(f), p.filterRange))
    .filter((f) => p.filterCategories.includes(p.getFilterCategory(f))) as never;
}
const gpuShown = (layer: Layer): string[] => gpuKept(layer).map((f) => f.id);

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

  it("gives each site its span of years as filter values and its pôle's sector as category", () => {
    const spanned = { ...FIXTURE_SITES[0]!, span: [2005, NO_END] as [number, number] };
    const p = filtered(2010);
    expect(p.getFilterValue(spanned)).toEqual([2005, NO_END]);
    // A site without a span (its pôle unknown) is never shown.
    expect(inRanges(p.getFilterValue(FIXTURE_SITES[0]!), phaseRange(2010))).toBe(false);
    // The sector's fixed key (its index in SECTORS); a site of an unknown pôle has a key no filter holds.
    expect(p.getFilterCategory(FIXTURE_SITES[3]!)).toBe(SECTORS.indexOf('biotech-sante'));
    expect(p.getFilterCategory(FIXTURE_SITES.find((f) => f.id === 'z1')!)).toBe(NO_SECTOR_KEY);
    expect(p.filterCategories).toEqual(SECTORS.map((_, key) => key));
    expect(filtered(2010, ['mer', 'biotech-sante']).filterCategories).toEqual([
      SECTORS.indexOf('mer'),
      SECTORS.indexOf('biotech-sante'),
    ]);
  });

  it('moves a pôle to its seat of the year and leaves it unplaced while sources disagree', () => {
    const at = (year: number) => gpuKept(layerOf(viewOf(fixture, year), 'poles')).find((f) => f.id === 'f');
    expect(at(2011)!.geometry.coordinates).toEqual([3, 45]);
    expect(at(2012)!.geometry.coordinates).toEqual([4, 46]);
    expect(at(2020)!.geometry.coordinates).toEqual([5, 46]);
    expect(at(2021)).toBeUndefined();
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
    // e1 once per run of years of its pôle (labelled again after a gap).
    expect(pme.map((f) => f.id)).toEqual(['a1', 'b1', 'd1', 'e1', 'e1']);
    const pmeOfMer = { ...EMPTY_FILTERS, kinds: ['pme' as const], sectors: ['mer' as const] };
    expect(viewOf(fixture, 2019, pmeOfMer).gpu!.sites).toBe(pme);
  });

  it('shows the sites applyFilters shows, for every year, sector and site filter (fixture)', () => {
    const sectorFilters: Sector[][] = [[], ['mer'], ['numerique', 'biotech-sante'], ['autre']];
    for (const siteYears of SITE_BASES)
      for (const kinds of [[], ['pme']] as Filters['kinds'][])
        for (const sectors of sectorFilters)
          for (let year = FIRST_YEAR - 1; year <= LAST_YEAR + 1; year++) {
            const filters = { ...EMPTY_FILTERS, kinds, sectors };
            const expected = applyFilters(FIXTURE_POLES, FIXTURE_SITES, year, filters, siteYears);
            const view = viewOf(fixture, year, filters, siteYears);
            const where = `${year} ${sectors} ${kinds} ${siteYears}`;
            expect(gpuShown(membersLayer(view)), where).toEqual(expected.members.map((f) => f.id));
            expect(gpuShown(layerOf(view, 'poles')), where).toEqual(placed(expected.poles).map((f) => f.id));
          }
    // The gap of e (2011-2014) and the phase of its site (phase IV).
    expect(gpuShown(membersLayer(viewOf(fixture, 2012)))).not.toContain('e1');
    expect(gpuShown(membersLayer(viewOf(fixture, 2016, EMPTY_FILTERS, 'phase')))).not.toContain('e1');
    expect(gpuShown(membersLayer(viewOf(fixture, 2019, EMPTY_FILTERS, 'phase')))).toContain('e1');
  });

  it('shows the pôles and sites applyFilters shows on the committed dataset, every year and sector', () => {
    const read = <T>(name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;
    const data = dataset(
      read<PolesFile>('poles.geojson').features,
      read<MembersFile>('members.geojson').features,
    );
    for (const siteYears of SITE_BASES)
      for (const sectors of [[], ...SECTORS.map((s) => [s])] as Sector[][])
        for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
          const filters = { ...EMPTY_FILTERS, sectors };
          const expected = applyFilters(data.poles.features, data.members.features, year, filters, siteYears);
          const view = viewOf(data, year, filters, siteYears);
          expect(gpuShown(membersLayer(view)), `${year} ${sectors} ${siteYears}`).toEqual(
            expected.members.map((f) => f.id),
          );
          expect(gpuShown(layerOf(view, 'poles')), `${year} ${sectors} ${siteYears}`).toEqual(
            placed(expected.poles).map((f) => f.id),
          );
        }
  });
});
