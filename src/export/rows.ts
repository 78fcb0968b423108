// SPDX-License-Identifier: MIT
// CSV and GeoJSON of exactly what a view shows: the pôles and documented member sites that
// applyFilters keeps for its state, with the source and confidence columns kept all the way to the
// reader's spreadsheet (data/README.md). Pure; CSV writing is analysis/csv.ts (RFC 4180 with the
// formula-injection guard).
import { csvText, type CsvValue } from '../analysis/csv.ts';
import type { Dataset } from '../data/dataset.ts';
import { applyFilters, type Shown } from '../data/filters.ts';
import type { MemberFeature, PoleFeature } from '../data/selection.ts';
import type { ViewState } from '../state/view-state.ts';

/** The rows a state shows (the same call as the map, the list and the summary). */
export function shownRows(
  data: Pick<Dataset, 'poles' | 'members'>,
  state: Pick<ViewState, 'year' | 'filters'> & Partial<Pick<ViewState, 'siteYears'>>,
): Shown {
  return applyFilters(data.poles.features, data.members.features, state.year, state.filters, state.siteYears);
}

/** Columns of the pôles CSV: the names of data/poles.csv, plus the HQ place and site count. */
export const POLE_COLUMNS = [
  'id',
  'name',
  'short_name',
  'theme',
  'sector',
  'category_2005',
  'hq_commune',
  'hq_insee',
  'hq_region',
  'lon',
  'lat',
  'regions',
  'labelled_year',
  'ended_year',
  'end_reason',
  'successor_id',
  'website',
  'documented_sites',
  'confidence',
  'sources',
] as const;

/** Columns of the sites CSV: the names of data/members.csv, plus the site's place. */
export const SITE_COLUMNS = [
  'pole',
  'organisation',
  'kind',
  'role',
  'commune',
  'insee',
  'departement',
  'region',
  'lon',
  'lat',
  'site_basis',
  'year',
  'evidence',
  'pole_name_in_source',
  'source',
] as const;

function poleRecord(f: PoleFeature): CsvValue[] {
  const p = f.properties;
  const [lon, lat] = f.geometry?.coordinates ?? [null, null];
  return [
    p.id,
    p.name,
    p.shortName,
    p.theme,
    p.sector,
    p.category2005,
    p.hqCommune,
    p.hqInsee,
    p.hqRegion,
    lon,
    lat,
    p.regions.join(';'),
    p.labelledYear,
    p.endedYear,
    p.endReason,
    p.successorId,
    p.website,
    p.documentedSites,
    p.confidence,
    p.sources.join(' | '),
  ];
}

function siteRecord(f: MemberFeature): CsvValue[] {
  const m = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  return [
    m.pole,
    m.organisation,
    m.kind,
    m.role,
    m.commune,
    m.insee,
    m.departement,
    m.region,
    lon,
    lat,
    m.siteBasis,
    m.year,
    m.evidence,
    m.poleNameInSource,
    m.source,
  ];
}

/** The pôles as CSV: a header record, then one record per pôle, CRLF line ends. */
export function polesCsv(poles: readonly PoleFeature[]): string {
  return csvText([[...POLE_COLUMNS], ...poles.map(poleRecord)]);
}

/** The member sites as CSV: a header record, then one record per site. */
export function sitesCsv(members: readonly MemberFeature[]): string {
  return csvText([[...SITE_COLUMNS], ...members.map(siteRecord)]);
}

/**
 * The pôles and sites shown as one GeoJSON FeatureCollection (RFC 7946). `record` tells them apart;
 * a pôle whose HQ is not documented keeps its row with a null geometry, as RFC 7946 allows for
 * unlocated features, so that the file counts what the list counts.
 */
export function shownGeoJson(shown: Shown) {
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...shown.poles.map((f) => ({
        type: 'Feature' as const,
        id: f.id,
        geometry: f.geometry,
        properties: { record: 'pole' as const, ...f.properties },
      })),
      ...shown.members.map((f) => ({
        type: 'Feature' as const,
        id: f.id,
        geometry: f.geometry,
        properties: { record: 'member-site' as const, ...f.properties },
      })),
    ],
  };
}
