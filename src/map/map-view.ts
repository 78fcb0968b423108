// SPDX-License-Identifier: MIT
// From the dataset and a view state to what the map draws (pure, no engine: runs in Node tests).
import type { Feature as GeoJsonFeature } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Dataset } from '../data/dataset.ts';
import { applyFilters, spansSteps, type Shown } from '../data/filters.ts';
import { runToEnd } from '../data/steps.ts';
import { sitesOnBasis, type CountBasis } from '../analysis/count-basis.ts';
import { placed, type MemberFeature, type PlacedPoleFeature } from '../data/selection.ts';
import type { SiteYears, Spanned } from '../data/time/at-year.ts';
import { franceFeatures } from '../geo/france.ts';
import { territoryLabels } from '../geo/labels.ts';
import type { Label, MapView } from '../layers/index.ts';
import type { Filters, ViewState } from '../state/view-state.ts';
import { filterPartnerships, indexPoles, type PoleIndex } from '../data/partnership-graph.ts';
import { edgeMatches, parseSelection } from '../data/partnership-selection.ts';
import type { CommunesFile, Partnership, PartnershipsFile, PolesFile, TerritoriesFile } from '../types.ts';
import { concentrationView, type ConcentrationView } from './concentration.ts';
import type { TimeFile } from '../data/time/types.ts';
import type { EvolutionMapView, evolutionOf } from './evolutions.ts';
import type { PartnershipProject } from '../data/projects/format.ts';
import type { projectsView } from './projects.ts';

/**
 * Files loaded only for some views: the concentration layers (territories), the gap analysis
 * (communes), and for the Évolutions view time.json with the code that compares two years (a chunk
 * of its own, loaded with it).
 */
export interface AnalysisData {
  territories: TerritoriesFile | null;
  communes: CommunesFile | null;
  evolution?: { time: TimeFile; of: typeof evolutionOf } | null;
  /** Partnership projects shown (imported), drawn in the partnership view by stage, with the code that places them. */
  projects?: { list: readonly PartnershipProject[]; of: typeof projectsView } | null;
}
import { SECTOR_COLOURS, hexToRgb } from '../theme/palette.ts';
import type { BasemapData, RegionMap } from './basemap-style.ts';

/** The boundaries and labels of the base map, computed once per dataset. */
export interface BaseGeo {
  basemap: BasemapData;
  labels: Record<RegionMap, Label[]>;
}

const baseGeos = new WeakMap<Topology, BaseGeo>();

/** The boundaries and labels of `france`, computed once per file (a new member list keeps them). */
export function baseGeo(france: Topology): BaseGeo {
  let geo = baseGeos.get(france);
  if (!geo) baseGeos.set(france, (geo = computeBaseGeo(france)));
  return geo;
}

function computeBaseGeo(france: Topology): BaseGeo {
  const basemap: BasemapData = {
    regions: franceFeatures(france, 'regions'),
    regions2015: franceFeatures(france, 'regions2015'),
    departements: franceFeatures(france, 'departements'),
  };
  return {
    basemap,
    labels: { '2016': territoryLabels(basemap.regions), '2015': territoryLabels(basemap.regions2015) },
  };
}

/** The région map of a year: the 22 former régions until 2015, the 2016 map from then on. */
export function regionMapOf(year: number): RegionMap {
  return year < 2016 ? '2015' : '2016';
}

/**
 * The territories a pôle covers: its pre-2016 régions (the list it declares), found on the former
 * map, or on the 2016 map for overseas régions that kept their name.
 */
export function footprintOf(regions: readonly string[], geo: BaseGeo): GeoJsonFeature[] {
  const names = new Set(regions);
  const former = geo.basemap.regions2015.features.filter((f) => names.has(String(f.properties?.nom)));
  const found = new Set(former.map((f) => String(f.properties?.nom)));
  const overseas = geo.basemap.regions.features.filter(
    (f) => names.has(String(f.properties?.nom)) && !found.has(String(f.properties?.nom)),
  );
  return [...former, ...overseas];
}

/** The 2016 régions outside the région filter of the map view, to veil; none without a filter. */
export function veilOf(state: Pick<ViewState, 'view' | 'filters'>, geo: BaseGeo): GeoJsonFeature[] {
  const codes = new Set(state.filters.regions);
  if (state.view === 'links' || codes.size === 0) return [];
  return geo.basemap.regions.features.filter((f) => !codes.has(String(f.properties?.code)));
}

/**
 * The pôles drawn as selected: the selected pôle, else the pôles of the partnerships designated by
 * the partnership selection (an edge, a grouping label, a pôle), so that a chord picked in a
 * diagram lights up its two ends on the map.
 */
export function highlightedPoles(
  state: Pick<ViewState, 'pole' | 'link'>,
  edges: readonly Partnership[],
): string[] {
  if (state.pole) return [state.pole];
  const selection = parseSelection(state.link);
  if (!selection) return [];
  if (selection.type === 'pole') return [selection.id];
  const ids = new Set<string>();
  for (const edge of edges) {
    if (!edgeMatches(selection, edge)) continue;
    ids.add(edge.source);
    if (edge.targetKind === 'pole') ids.add(edge.target);
  }
  return [...ids].sort();
}

const poleIndexes = new WeakMap<PolesFile, PoleIndex>();

/** One pôle index per pôles file: the members layer makes its filter accessors once per index. */
function poleIndexOf(poles: PolesFile): PoleIndex {
  let index = poleIndexes.get(poles);
  if (!index) poleIndexes.set(poles, (index = indexPoles(poles)));
  return index;
}

/** What the pôle and site layers are given before the GPU filter applies the year and the sectors. */
interface GpuInputs {
  poles: Spanned<PlacedPoleFeature>[];
  sites: Spanned<MemberFeature>[];
}

/** The last inputs computed for a pôles file, and from which sites and filters. */
const gpuMemo = new WeakMap<
  PolesFile,
  { members: readonly MemberFeature[]; key: string; inputs: GpuInputs }
>();

/**
 * The pôles and sites passing every filter but the year and the sectors, which their layers apply
 * on the GPU. The same dataset and filters give the same arrays: deck.gl keeps the attributes it
 * uploaded for an array it has seen, and re-uploads them all for a new one.
 */
function gpuInputs(data: Dataset, filters: Filters, siteYears: SiteYears, basis: CountBasis): GpuInputs {
  return runToEnd(gpuInputsSteps(data, filters, siteYears, basis));
}

/** gpuInputs() in steps (data/steps.ts), for mapViewSteps(). */
function* gpuInputsSteps(
  data: Dataset,
  filters: Filters,
  siteYears: SiteYears,
  basis: CountBasis,
): Generator<void, GpuInputs, void> {
  // Partnership kinds only filter the arcs: leaving them out of the key keeps the arrays.
  const cpu: Filters = { ...filters, sectors: [], partnershipKinds: [] };
  const key = JSON.stringify([cpu, siteYears, basis]);
  const members = data.members.features;
  const last = gpuMemo.get(data.poles);
  if (last?.members === members && last.key === key) return last.inputs;
  const spans = yield* spansSteps(data.poles.features, members, cpu, siteYears);
  const inputs = {
    poles: spans.poles.filter((f): f is Spanned<PlacedPoleFeature> => f.geometry !== null),
    sites: sitesOnBasis(spans.sites, basis),
  };
  gpuMemo.set(data.poles, { members, key, inputs });
  return inputs;
}

/** The last pôles and sites shown for a pôles file, and from which sites and state. */
const shownMemo = new WeakMap<PolesFile, { members: readonly MemberFeature[]; key: string; shown: Shown }>();

/**
 * applyFilters() of `data` and `state`, kept while they are the same: mapViewOf() computes it on
 * every change of view, and mapViewSteps() ahead of a new list of sites.
 */
function shownOf(data: Dataset, state: Pick<ViewState, 'year' | 'filters' | 'siteYears'>): Shown {
  const key = JSON.stringify([state.year, state.filters, state.siteYears]);
  const members = data.members.features;
  const last = shownMemo.get(data.poles);
  if (last?.members === members && last.key === key) return last.shown;
  const shown = applyFilters(data.poles.features, members, state.year, state.filters, state.siteYears);
  shownMemo.set(data.poles, { members, key, shown });
  return shown;
}

/**
 * What mapViewOf(data, state) computes over every site, each part in a step of its own (a pause
 * between them, map/sliced.ts): run ahead of a new list of 100,000 sites, it leaves the update
 * that shows them only the cheap parts. Returns the sites shown, for what the element derives
 * from them (the legend's facts).
 */
export function* mapViewSteps(data: Dataset, state: ViewState): Generator<void, Shown, void> {
  const basis = state.view === 'map' && state.layer === 'gaps' ? state.countBasis : 'all';
  yield* gpuInputsSteps(data, state.filters, state.siteYears, basis);
  yield;
  return shownOf(data, state);
}

/**
 * What the map draws for `state`. Partnerships (loaded only for the partnership view) add the arcs
 * of the partnerships shown, filtered like the diagrams.
 */
export function mapViewOf(
  data: Dataset,
  state: ViewState,
  geo: BaseGeo,
  partnerships: PartnershipsFile | null,
  analysis: AnalysisData = { territories: null, communes: null },
): {
  view: MapView;
  regionMap: RegionMap;
  concentration: ConcentrationView | null;
  /** The pôles and sites the state shows (applyFilters), for what the element draws beside the map. */
  shown: Shown;
  /** The Évolutions view's marks, legends and tooltips; null in the other views (or until time.json is loaded). */
  evolution: EvolutionMapView | null;
} {
  const shown = shownOf(data, state);
  const poleIndex = poleIndexOf(data.poles);
  const edges =
    partnerships && state.view === 'links'
      ? filterPartnerships(partnerships.edges, poleIndex, {
          year: state.year,
          years: state.linkYears,
          undated: state.undated,
          sectors: state.filters.sectors,
          kinds: state.filters.partnershipKinds,
        })
      : [];
  const selected = state.pole ? data.poles.features.find((f) => f.id === state.pole) : undefined;
  const evolution =
    state.view === 'evolutions' && analysis.evolution
      ? analysis.evolution.of(data.poles.features, state, geo.basemap, analysis.evolution.time)
      : null;
  // Comparing two years before 2016 keeps the former régions, as the régions' net change does.
  const regionMap = regionMapOf(state.view === 'evolutions' ? Math.max(state.evoA, state.evoB) : state.year);
  const concentration =
    state.view === 'map' && state.layer !== 'sites' && analysis.territories
      ? concentrationView(state, {
          shown,
          territories: analysis.territories,
          basemap: geo.basemap,
          regionMap,
          communes: analysis.communes,
        })
      : null;
  const c = concentration?.layers ?? null;
  // The Évolutions view draws its own marks of the pôles of both years, and no site.
  const drawsSites = (c === null || c.kind === 'gaps') && state.view !== 'evolutions';
  const drawsPoles = c?.kind !== 'choropleth' && state.view !== 'evolutions';
  // The gap analysis draws the sites it counts; the other views all the sites shown.
  const basis = c?.kind === 'gaps' ? state.countBasis : 'all';
  const gpu = gpuInputs(data, state.filters, state.siteYears, basis);
  return {
    regionMap,
    concentration,
    shown,
    evolution,
    view: {
      evolution: evolution?.layers ?? null,
      // A choropleth speaks alone; hexbins keep the HQs over the density; gaps keep HQs and sites.
      poles: drawsPoles ? placed(shown.poles) : [],
      members: drawsSites ? sitesOnBasis(shown.members, basis) : [],
      gpu: {
        poles: drawsPoles ? gpu.poles : [],
        sites: drawsSites ? gpu.sites : [],
        filter: { poles: poleIndex, year: state.year, sectors: state.filters.sectors },
      },
      concentration: c,
      selectedId: state.pole,
      highlighted: highlightedPoles(state, edges),
      arcs: edges,
      linkSelection: state.link,
      ...(state.view === 'links' && partnerships && analysis.projects?.list.length
        ? analysis.projects.of(data, partnerships, analysis.projects.list)
        : {}),
      veil: veilOf(state, geo),
      footprint: selected ? footprintOf(selected.properties.regions, geo) : [],
      footprintColour: selected ? hexToRgb(SECTOR_COLOURS[selected.properties.sector]) : null,
      // Région names would pile up at the world scale of the partnership view.
      labels: state.view === 'links' ? [] : geo.labels[regionMap],
    },
  };
}
