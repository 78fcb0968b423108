// SPDX-License-Identifier: MIT
// Everything a view shows, as one plain value: the app, the URL hash, the embed attributes and the
// presenter's tour stops all speak this shape.
import type { CountBasis } from '../analysis/count-basis.ts';
import type { SiteYears } from '../data/time/at-year.ts';
import type { BreakdownKey, ProjectStatus } from '../data/projects/scale.ts';
import type { Lang } from '../i18n/messages.ts';
import type { Category2005, Confidence, Evidence, MemberKind, PartnershipKind, Sector } from '../types.ts';

export const LAYERS = ['sites', 'choropleth', 'hexbin', 'gaps'] as const;
export type MapLayerId = (typeof LAYERS)[number];

export const METRICS = ['poles', 'sites'] as const;
/** poles: pôle HQs in the territory; sites: documented member sites in it. */
export type Metric = (typeof METRICS)[number];

export const LEVELS = ['region', 'departement'] as const;
export type Level = (typeof LEVELS)[number];

export const NORMS = ['none', 'capita', 'area'] as const;
/** none: raw count; capita: per 100,000 inhabitants; area: per 1,000 km². */
export type Norm = (typeof NORMS)[number];

export const VIEWS = ['map', 'links', 'evolutions'] as const;

/** Partnerships shown: those active in the year (and undated ones, marked), or all ever recorded. */
export const LINK_YEARS = ['active', 'all'] as const;
export type LinkYears = (typeof LINK_YEARS)[number];

/** The diagrams of the partnership view (<poles-links> `view`). */
export const DIAGRAMS = ['chord', 'matrix', 'international'] as const;
export type DiagramId = (typeof DIAGRAMS)[number];
export type ViewId = (typeof VIEWS)[number];

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface Filters {
  sectors: Sector[];
  categories: Category2005[];
  /** 2016 région codes (INSEE). */
  regions: string[];
  kinds: MemberKind[];
  evidence: Evidence[];
  confidence: Confidence[];
  /** Kinds of partnership shown in the partnership view (diagrams and arcs). */
  partnershipKinds: PartnershipKind[];
}

export interface ViewState {
  view: ViewId;
  layer: MapLayerId;
  metric: Metric;
  level: Level;
  norm: Norm;
  year: number;
  filters: Filters;
  /** Selected pôle id. */
  pole: string | null;
  /** Selection in the partnership views (`pole:<id>`, `edge:<id>`, `country:<ISO2>`, `partner:<slug>`). */
  link: string | null;
  camera: Camera | null;
  lang: Lang;
  /** The diagram shown in the partnership view. */
  diagram: DiagramId;
  /** Distance of the coverage-gap analysis, in km. */
  gapKm: number;
  /** Hexbin radius, in km. */
  hexKm: number;
  /** Évolutions view: the two years compared (evoA < evoB), and whether the map shows the régions' net change. */
  evoA: number;
  evoB: number;
  evoNet: boolean;
  /** Member sites shown: all documented sites of the pôles labelled in the year, or those documented for its phase. */
  siteYears: SiteYears;
  /** Sites counted by the concentration, density and gap analyses: all, named local sites or head offices. */
  countBasis: CountBasis;
  /** Partnerships shown: active in the year, or all ever recorded. */
  linkYears: LinkYears;
  /** Whether partnerships without dates are shown (with a "dates inconnues" marker) in the active set. */
  undated: boolean;
  /**
   * Projects panel: the project whose timeline is shown, the breakdown's dimension and chosen row
   * (`''` is the "unknown" row) and the stage filter. Projects are imported by the user, so a project
   * or row the list does not hold stays pending until a list that holds it is imported.
   */
  project: string | null;
  projectsBy: BreakdownKey;
  projectsRow: string | null;
  stage: ProjectStatus | null;
}

export const EMPTY_FILTERS: Filters = {
  sectors: [],
  categories: [],
  regions: [],
  kinds: [],
  evidence: [],
  confidence: [],
  partnershipKinds: [],
};

export const DEFAULT_STATE: ViewState = {
  view: 'map',
  layer: 'sites',
  metric: 'poles',
  level: 'region',
  norm: 'none',
  year: 2019,
  filters: EMPTY_FILTERS,
  pole: null,
  link: null,
  camera: null,
  lang: 'fr',
  diagram: 'chord',
  gapKm: 30,
  hexKm: 25,
  evoA: 2018,
  evoB: 2019,
  evoNet: false,
  siteYears: 'all',
  countBasis: 'all',
  linkYears: 'active',
  undated: true,
  project: null,
  projectsBy: 'country',
  projectsRow: null,
  stage: null,
};
