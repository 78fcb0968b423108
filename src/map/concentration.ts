// SPDX-License-Identifier: MIT
// The concentration part of the map view (choropleth, hexbin, coverage gaps): from the view state
// and the data shown to what those layers draw, their legend, the accessible table and the tooltip
// texts. Pure and free of deck.gl (layer modules are imported for their types only), so that it runs
// in Node tests and on the pages that never load the map engine.
import { siteYearsText } from '../ui/site-years.ts';
import type { Feature, Geometry } from 'geojson';
import { NO_DATA_COLOUR, classBreaks, legendEntries } from '../analysis/classes.ts';
import { headOfficeCount, sitesOnBasis } from '../analysis/count-basis.ts';
import { gapTable, territoriesWithoutHq, uncoveredCommunes, type GapRow } from '../analysis/gaps.ts';
import { locator, type TerritoryLevel } from '../analysis/territories.ts';
import { normalise, territoryStats } from '../analysis/territory-stats.ts';
import type { Shown } from '../data/filters.ts';
import type { MemberFeature } from '../data/selection.ts';
import type { LegendModel, LegendSwatch } from '../elements/poles-legend/legend-model.ts';
import type { TerritoriesTableModel, TerritoryRow } from '../elements/poles-table/poles-table.model.ts';
import { countOf, formatNumber, plural, t, type Lang } from '../i18n/messages.ts';
import type { ChoroplethArea } from '../layers/choropleth/choropleth.layer.ts';
import { GAP_COMMUNE, GAP_TERRITORY_FILL, cssRgba } from '../layers/gaps/gaps.colours.ts';
import type { GapArea, UncoveredCommune } from '../layers/gaps/gaps.layer.ts';
import { HEXBIN_LAYER, allHexCounts } from '../layers/hexbin/bins.ts';
import type { Metric, ViewState } from '../state/view-state.ts';
import type { CommunesFile, TerritoriesFile, Territory } from '../types.ts';
import type { BasemapData, RegionMap } from './basemap-style.ts';

export interface ConcentrationData {
  /** The pôles and sites shown (applyFilters). */
  shown: Shown;
  territories: TerritoriesFile;
  /** The boundaries (BaseGeo.basemap). */
  basemap: Pick<BasemapData, 'regions' | 'regions2015' | 'departements'>;
  /** The région map of the year (regionMapOf). */
  regionMap: RegionMap;
  /** communes.json: loaded for the gaps layer only (2.3 MB), null until then. */
  communes: CommunesFile | null;
}

/** What the concentration layer factories take (src/layers/{choropleth,hexbin,gaps}). */
export type ConcentrationLayers =
  | { kind: 'choropleth'; areas: ChoroplethArea[]; breaks: number[] }
  | { kind: 'hexbin'; sites: MemberFeature[]; radiusKm: number; breaks: number[] }
  | { kind: 'gaps'; territories: GapArea[]; communes: UncoveredCommune[] };

/** A picked object: its top-level layer id, its id, and for a hexagon its site count. */
export interface PickedConcentration {
  layer: string;
  id: string;
  count?: number;
}

export interface ConcentrationView {
  /** null for the 'sites' layer. */
  layers: ConcentrationLayers | null;
  legend: LegendModel | null;
  /** The territories and their values (choropleth) for <poles-table>; null for the other layers. */
  table: TerritoriesTableModel | null;
  /** The gap analysis (gaps layer); `rows` is null while communes.json loads. */
  gaps: { rows: GapRow[] | null; withoutHq: Territory[]; note: string } | null;
  /** Tooltip text of an object picked on a concentration layer; null for any other layer. */
  tooltip(picked: PickedConcentration): string | null;
}

const NONE: ConcentrationView = { layers: null, legend: null, table: null, gaps: null, tooltip: () => null };

/** The territories mapped: départements, or the régions of the year's map. */
export function territoryLevelOf(state: Pick<ViewState, 'level'>, regionMap: RegionMap): TerritoryLevel {
  if (state.level === 'departement') return 'departement';
  return regionMap === '2015' ? 'region2015' : 'region';
}

/**
 * A mapped value as the legend, table and tooltips write it: whole numbers in full ("3 480"),
 * others with 3 significant digits ("0,118", "1,25") but no decimals from 100 up.
 */
export function formatValue(lang: Lang, value: number): string {
  if (Number.isInteger(value)) return formatNumber(lang, value);
  const digits = Math.abs(value) >= 100 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 };
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', digits).format(value);
}

/** "7 sièges de pôles", "1 site documenté". */
function countText(lang: Lang, metric: Metric, n: number): string {
  if (metric === 'sites') return countOf(lang, n, 'site');
  const one = new Intl.PluralRules(lang === 'fr' ? 'fr-FR' : 'en-GB').select(n) === 'one';
  return t(lang, one ? 'concentration.count.poles.one' : 'concentration.count.poles.other', { n });
}

/**
 * The sites the analysis counts (state.countBasis), and what the legend, the table and the exports
 * say of them: "Sites comptés : tous les sites documentés — 407 sites documentés, dont 290 sièges sociaux".
 */
export function countedSites(
  state: Pick<ViewState, 'lang' | 'countBasis'>,
  members: MemberFeature[],
): { sites: MemberFeature[]; note: string } {
  const lang = state.lang;
  const sites = sitesOnBasis(members, state.countBasis);
  const note = t(lang, 'basis.note', {
    basis: t(lang, `basis.${state.countBasis}`),
    sites: countOf(lang, sites.length, 'site'),
    heads: plural(lang, 'basis.heads', headOfficeCount(sites)),
  });
  return { sites, note };
}

/** The legend swatches of a classed scale, ranges written the page's way. */
function swatches(lang: Lang, breaks: readonly number[], values: readonly number[]): LegendSwatch[] {
  return legendEntries(breaks, values, (v) => formatValue(lang, v)).map(({ colour, text }) => ({
    colour,
    text,
  }));
}

function levelName(lang: Lang, level: TerritoryLevel): string {
  return t(lang, level === 'region2015' ? 'concentration.level.region2015' : `level.${level}`);
}

/**
 * Boundaries by territory code. The former région map holds the 22 metropolitan régions only: the
 * overseas régions kept their 2016 code and shape, so they are taken from the 2016 map.
 */
export function geometriesOf(
  level: TerritoryLevel,
  basemap: ConcentrationData['basemap'],
): Map<string, Geometry> {
  const sources =
    level === 'departement'
      ? [basemap.departements]
      : level === 'region'
        ? [basemap.regions]
        : [basemap.regions2015, basemap.regions];
  const geometries = new Map<string, Geometry>();
  for (const collection of sources) {
    for (const f of collection.features) {
      const code = String(f.properties?.['code']);
      if (!geometries.has(code)) geometries.set(code, f.geometry);
    }
  }
  return geometries;
}

/** The territories that have a boundary, as features whose id is the code (what picking reports). */
export function featuresOf<T extends { code: string }, P>(
  list: readonly T[],
  geometries: Map<string, Geometry>,
  properties: (t: T) => P,
): (Feature<Geometry, P> & { id: string })[] {
  return list.flatMap((item) => {
    const geometry = geometries.get(item.code);
    return geometry
      ? [{ type: 'Feature' as const, id: item.code, geometry, properties: properties(item) }]
      : [];
  });
}

function choroplethView(state: ViewState, data: ConcentrationData, level: TerritoryLevel): ConcentrationView {
  const lang = state.lang;
  // Pôle HQs are counted whatever the basis: it says which member sites count.
  const counted = state.metric === 'sites' ? countedSites(state, data.shown.members) : null;
  const stats = territoryStats(
    level,
    data.shown.poles,
    counted?.sites ?? data.shown.members,
    data.territories,
  );
  const valued = [...stats.values()].map((s) => ({
    ...s,
    count: s[state.metric],
    value: normalise(s[state.metric], state.norm, s.population, s.areaKm2),
  }));
  const values = valued.flatMap((v) => (v.value === null ? [] : [v.value]));
  const breaks = classBreaks(values);
  const norm = state.norm;
  // Only a normalised value can be missing (unknown population or area): '' is never shown.
  const noData =
    norm === 'none'
      ? ''
      : t(lang, 'concentration.noDataEntry', { reason: t(lang, `concentration.noData.${norm}`) });
  const entries = swatches(lang, breaks, values);
  if (valued.some((v) => v.value === null)) entries.push({ colour: NO_DATA_COLOUR, text: noData });
  const base = t(lang, `concentration.title.${state.metric}`, {
    level: levelName(lang, level),
    year: String(state.year),
  });
  const title =
    state.metric === 'sites' ? `${base} (${siteYearsText(lang, state.siteYears, state.year)})` : base;
  const unit = t(lang, `concentration.unit.${state.metric}.${state.norm}`);
  const byCode = new Map(valued.map((v) => [v.code, v]));
  const valueText = (value: number | null) => (value === null ? noData : formatValue(lang, value));
  const rows: TerritoryRow[] = [...valued]
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.name.localeCompare(b.name, 'fr'))
    .map((v) => ({ code: v.code, name: v.name, count: v.count, valueText: valueText(v.value) }));
  return {
    layers: {
      kind: 'choropleth',
      breaks,
      areas: featuresOf(valued, geometriesOf(level, data.basemap), (v) => ({
        code: v.code,
        name: v.name,
        value: v.value,
      })),
    },
    legend: {
      title,
      unit,
      basis: counted?.note ?? null,
      source: t(lang, `concentration.source.${state.norm}`),
      entries,
    },
    table: {
      kind: 'territories',
      caption: counted ? `${title} — ${unit}. ${counted.note}` : `${title} — ${unit}`,
      valueHeader: state.norm === 'none' ? null : unit,
      rows,
    },
    gaps: null,
    tooltip(picked) {
      const v = picked.layer === 'choropleth' ? byCode.get(picked.id) : undefined;
      if (!v) return null;
      const count = countText(lang, state.metric, v.count);
      if (state.norm === 'none') return t(lang, 'concentration.tooltip', { name: v.name, count });
      const per =
        v.value === null
          ? t(lang, `concentration.noData.${state.norm}`)
          : t(lang, `concentration.per.${state.norm}`, { value: formatValue(lang, v.value) });
      return t(lang, 'concentration.tooltip.per', { name: v.name, count, per });
    },
  };
}

function hexbinView(state: ViewState, data: ConcentrationData): ConcentrationView {
  const lang = state.lang;
  const counted = countedSites(state, data.shown.members);
  const counts = allHexCounts(counted.sites, state.hexKm);
  const breaks = classBreaks(counts);
  return {
    layers: { kind: 'hexbin', sites: counted.sites, radiusKm: state.hexKm, breaks },
    legend: {
      title: `${t(lang, 'hexbin.title', { km: formatValue(lang, state.hexKm), year: String(state.year) })} (${siteYearsText(lang, state.siteYears, state.year)})`,
      unit: t(lang, 'hexbin.unit'),
      basis: counted.note,
      source: t(lang, 'hexbin.source'),
      entries: swatches(lang, breaks, counts),
    },
    table: null,
    gaps: null,
    tooltip(picked) {
      const hexbin = picked.layer === HEXBIN_LAYER || picked.layer.startsWith(`${HEXBIN_LAYER}-`);
      if (!hexbin || picked.count === undefined) return null;
      return t(lang, 'hexbin.tooltip', { count: countOf(lang, picked.count, 'site') });
    },
  };
}

/**
 * The territory codes (at `level`) and département codes of the 2016 régions filtered on; null
 * when there is no région filter. Outside them the sites shown are filtered out, so everything
 * would look uncovered: the gap analysis keeps to the régions asked for.
 */
function scopeOf(level: TerritoryLevel, territories: TerritoriesFile, regions: readonly string[]) {
  if (regions.length === 0) return null;
  const departements = territories.departements.filter((d) => regions.includes(d.region)).map((d) => d.code);
  const at = locator(level, territories);
  return { territories: new Set(departements.map(at)), departements: new Set(departements) };
}

function gapsView(state: ViewState, data: ConcentrationData, level: TerritoryLevel): ConcentrationView {
  const lang = state.lang;
  const { shown, territories, communes } = data;
  const scope = scopeOf(level, territories, state.filters.regions);
  const inScope = (code: string) => !scope || scope.territories.has(code);
  const withoutHq = territoriesWithoutHq(level, shown.poles, territories).filter((x) => inScope(x.code));
  const counted = countedSites(state, shown.members);
  let rows: GapRow[] | null = null;
  let uncovered: UncoveredCommune[] = [];
  if (communes) {
    const sites = counted.sites.map((m) => m.geometry.coordinates);
    const coverage = uncoveredCommunes(communes, sites, state.gapKm);
    rows = gapTable(level, communes, coverage, territories).filter((row) => inScope(row.code));
    uncovered = coverage.uncovered
      .filter((i) => !scope || scope.departements.has(communes.departement[i]!))
      .map((i) => ({
        id: communes.code[i]!,
        name: communes.name[i]!,
        position: [communes.lon[i]!, communes.lat[i]!],
        nearestKm: coverage.nearestKm[i]!,
      }));
  }
  const km = formatValue(lang, state.gapKm);
  const names = new Map(withoutHq.map((territory) => [territory.code, territory.name]));
  let communesById: Map<string, UncoveredCommune> | undefined;
  return {
    layers: {
      kind: 'gaps',
      territories: featuresOf(withoutHq, geometriesOf(level, data.basemap), ({ code, name }) => ({
        code,
        name,
      })),
      communes: uncovered,
    },
    legend: {
      title: `${t(lang, 'gaps.title', { year: String(state.year) })} (${siteYearsText(lang, state.siteYears, state.year)})`,
      unit: t(lang, 'gaps.unit'),
      basis: counted.note,
      source: t(lang, 'gaps.source'),
      entries: [
        {
          colour: cssRgba(GAP_TERRITORY_FILL),
          text: t(lang, `gaps.legend.withoutHq.${level === 'departement' ? 'departement' : 'region'}`),
        },
        {
          colour: cssRgba(GAP_COMMUNE),
          text: communes ? t(lang, 'gaps.legend.uncovered', { km }) : t(lang, 'gaps.loading'),
        },
      ],
    },
    table: null,
    gaps: { rows, withoutHq, note: counted.note },
    tooltip(picked) {
      if (picked.layer === 'gaps-territories') {
        const name = names.get(picked.id);
        return name === undefined ? null : t(lang, 'gaps.tooltip.territory', { name });
      }
      if (picked.layer !== 'gaps-communes') return null;
      // Built on the first hover only: thousands of communes, most never pointed at.
      communesById ??= new Map(uncovered.map((c) => [c.id, c]));
      const commune = communesById.get(picked.id);
      if (!commune) return null;
      if (!Number.isFinite(commune.nearestKm)) {
        return t(lang, 'gaps.tooltip.communeNoSite', { name: commune.name });
      }
      return t(lang, 'gaps.tooltip.commune', {
        name: commune.name,
        km: formatValue(lang, commune.nearestKm),
      });
    },
  };
}

/** The concentration layers, legend, table and tooltips of `state`; all null for the 'sites' layer. */
export function concentrationView(state: ViewState, data: ConcentrationData): ConcentrationView {
  const level = territoryLevelOf(state, data.regionMap);
  if (state.layer === 'choropleth') return choroplethView(state, data, level);
  if (state.layer === 'hexbin') return hexbinView(state, data);
  if (state.layer === 'gaps') return gapsView(state, data, level);
  return NONE;
}
