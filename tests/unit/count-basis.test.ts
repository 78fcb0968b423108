// SPDX-License-Identifier: MIT
// The sites the analyses count (all, named local sites, head offices only), what the legend, the
// table and the exports say of them, and the `basis` field of the URL hash.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { basisFileTag, headOfficeCount, sitesOnBasis } from '../../src/analysis/count-basis.ts';
import { applyFilters } from '../../src/data/filters.ts';
import { exportLegend } from '../../src/export/legend.ts';
import { exportFileName } from '../../src/export/size.ts';
import { concentrationView, countedSites, type ConcentrationData } from '../../src/map/concentration.ts';
import { baseGeo, mapViewOf } from '../../src/map/map-view.ts';
import { decodeHash, encodeHash } from '../../src/state/hash.ts';
import { DEFAULT_STATE, type ViewState } from '../../src/state/view-state.ts';
import type { Dataset } from '../../src/data/dataset.ts';
import { publicData } from '../fixtures/analysis/public-data.ts';

/** French digit grouping uses a narrow no-break space: compare with plain spaces. */
/** Digit groups with a plain space (French numbers group with U+202F), the rest as written. */
const plain = (s: string | null | undefined) => s?.replace(/(?<=\d)\s(?=\d{3})/g, ' ');
const site = (siteBasis: 'named-site' | 'head-office' | 'imported') => ({ properties: { siteBasis } });

describe('sitesOnBasis and headOfficeCount', () => {
  const sites = [site('head-office'), site('named-site'), site('head-office'), site('imported')];

  it('keeps every site for "all", the same array', () => {
    expect(sitesOnBasis(sites, 'all')).toBe(sites);
  });

  it('keeps the named local sites or the head offices only, in order', () => {
    expect(sitesOnBasis(sites, 'named-site')).toEqual([sites[1]]);
    expect(sitesOnBasis(sites, 'head-office')).toEqual([sites[0], sites[2]]);
  });

  it('counts the head offices', () => {
    expect(headOfficeCount(sites)).toBe(2);
    expect(headOfficeCount([])).toBe(0);
  });

  it('names the exported files of a basis, nothing for all', () => {
    expect(basisFileTag('all')).toBe('');
    expect(basisFileTag('head-office')).toBe('-sieges-sociaux');
    const png = {
      year: 2019,
      view: 'map' as const,
      layer: 'hexbin' as const,
      countBasis: 'named-site' as const,
    };
    expect(exportFileName('png', png)).toBe('poles-competitivite-2019-carte-sites-nommes.png');
    // The sites layer counts nothing: its name stays as it was.
    expect(exportFileName('png', { ...png, layer: 'sites' })).toBe('poles-competitivite-2019-carte.png');
  });
});

describe('the analyses on a basis (shipped data, 2019)', () => {
  const { poles, members, territories } = publicData();
  const france = JSON.parse(readFileSync('public/data/france.topo.json', 'utf8')) as Topology;
  const geo = baseGeo(france);
  const shown = applyFilters(poles.features, members.features, 2019, DEFAULT_STATE.filters);
  const heads = shown.members.filter((m) => m.properties.siteBasis === 'head-office').length;
  const named = shown.members.filter((m) => m.properties.siteBasis === 'named-site').length;
  const data: ConcentrationData = {
    shown,
    territories,
    basemap: geo.basemap,
    regionMap: '2016',
    communes: publicData().communes,
  };
  const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...patch });
  const total = (view: ReturnType<typeof concentrationView>) =>
    view.table!.rows.reduce((sum, r) => sum + r.count, 0);

  it('has both kinds of site to count', () => {
    expect(heads).toBeGreaterThan(100);
    expect(named).toBeGreaterThan(50);
    expect(heads + named).toBe(shown.members.length);
  });

  it('says which sites and how many head offices, in French and English', () => {
    expect(plain(countedSites(state({}), shown.members).note)).toBe(
      `Sites comptés : tous les sites documentés — ${shown.members.length} sites documentés, dont ${heads} sièges sociaux`,
    );
    expect(plain(countedSites(state({ lang: 'en', countBasis: 'named-site' }), shown.members).note)).toBe(
      `Sites counted: named local sites only — ${named} documented sites, of which 0 head offices`,
    );
    expect(plain(countedSites(state({ countBasis: 'head-office' }), shown.members).note)).toBe(
      `Sites comptés : sièges sociaux seulement — ${heads} sites documentés, dont ${heads} sièges sociaux`,
    );
  });

  it('counts the sites of the basis in the choropleth, its legend and its table', () => {
    for (const [countBasis, n] of [
      ['all', heads + named],
      ['named-site', named],
      ['head-office', heads],
    ] as const) {
      const view = concentrationView(state({ layer: 'choropleth', metric: 'sites', countBasis }), data);
      expect(total(view), countBasis).toBe(n);
      expect(view.legend!.basis).toContain(String(n % 1000));
      expect(view.table!.caption).toContain(view.legend!.basis!);
    }
    // Pôle HQs are counted whatever the basis, and no basis is written.
    const hq = concentrationView(state({ layer: 'choropleth', countBasis: 'head-office' }), data);
    expect(total(hq)).toBe(total(concentrationView(state({ layer: 'choropleth' }), data)));
    expect(hq.legend!.basis).toBeNull();
  });

  it('bins and covers with the sites of the basis only', () => {
    const hex = concentrationView(state({ layer: 'hexbin', countBasis: 'named-site' }), data);
    expect(hex.layers?.kind === 'hexbin' && hex.layers.sites).toHaveLength(named);
    const all = concentrationView(state({ layer: 'gaps' }), data);
    const fewer = concentrationView(state({ layer: 'gaps', countBasis: 'named-site' }), data);
    const uncovered = (v: typeof all) => v.gaps!.rows!.reduce((sum, r) => sum + r.uncoveredPopulation, 0);
    expect(uncovered(fewer)).toBeGreaterThan(uncovered(all));
    expect(fewer.gaps!.note).toBe(fewer.legend!.basis);
  });

  it('draws only the counted sites over the gaps, every site elsewhere', () => {
    const dataset = { poles, members, france } as unknown as Dataset;
    const analysis = { territories, communes: publicData().communes };
    const gaps = mapViewOf(dataset, state({ layer: 'gaps', countBasis: 'head-office' }), geo, null, analysis);
    expect(gaps.view.members).toHaveLength(heads);
    expect(gaps.view.gpu!.sites.every((s) => s.properties.siteBasis === 'head-office')).toBe(true);
    const sites = mapViewOf(dataset, state({ countBasis: 'head-office' }), geo, null, analysis);
    expect(sites.view.members).toHaveLength(heads + named);
  });

  it('writes the basis into the exported legend, on a line of its own', () => {
    const view = concentrationView(state({ layer: 'hexbin', countBasis: 'head-office' }), data);
    const [section] = exportLegend('fr', { arcs: [], poles: [], members: [] } as never, view.legend, '');
    expect(section!.unit).toBe(`${view.legend!.unit}\n${view.legend!.basis}`);
  });
});

describe('the basis in the URL hash', () => {
  it('writes only a basis other than all, and reads it back', () => {
    expect(encodeHash(DEFAULT_STATE)).toBe('#v=1');
    const hash = encodeHash({ ...DEFAULT_STATE, layer: 'gaps', countBasis: 'head-office' });
    expect(hash).toBe('#v=1&layer=gaps&basis=head-office');
    expect(decodeHash(hash)).toEqual({
      state: { ...DEFAULT_STATE, layer: 'gaps', countBasis: 'head-office' },
      rejected: [],
    });
  });

  it('ignores an unknown basis: all, and the field reported', () => {
    const { state, rejected } = decodeHash('#v=1&layer=hexbin&basis=everything');
    expect(state.countBasis).toBe('all');
    expect(state.layer).toBe('hexbin');
    expect(rejected).toEqual(['basis']);
  });
});
