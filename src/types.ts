// SPDX-License-Identifier: MIT
// The shapes of the precomputed files in public/data/, written by scripts/build-data.ts and read by
// the app. One definition serves both sides so that they cannot drift apart.
import type { HqRow, LabelPeriod } from './data/time/types.ts';

/** The 13 sectors of data/poles.csv, in legend order. */
export const SECTORS = [
  'aeronautique-espace',
  'agri-agroalimentaire',
  'biotech-sante',
  'chimie-materiaux',
  'energie-ecotech',
  'mecanique-production',
  'mer',
  'numerique',
  'optique-photonique',
  'textile-mode-luxe',
  'transports-mobilite',
  'services-finance',
  'autre',
] as const;
export type Sector = (typeof SECTORS)[number];

export const CATEGORIES_2005 = ['mondial', 'vocation-mondiale', 'national'] as const;
export type Category2005 = (typeof CATEGORIES_2005)[number];

export const MEMBER_KINDS = [
  'grand-groupe',
  'eti',
  'pme',
  'recherche',
  'formation',
  'collectivite',
  'autre',
] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const EVIDENCES = ['stated', 'bid-actors', 'governance', 'press-mention'] as const;
export type Evidence = (typeof EVIDENCES)[number];

export const END_REASONS = ['merged', 'delabelled'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** An official or reported membership figure; `count` is text because sources give "<500" or ">550". */
export interface MemberCount {
  count: string;
  /** The year the figure refers to (the first year of `yearLabel`). */
  year: number;
  /** The year as the source gives it: "2013", "c.2015" (about 2015) or "2005-2025" (a span). */
  yearLabel: string;
  /** What was counted (adhérents, membres, partenaires...): figures are not like-for-like. */
  note: string;
  source: string;
}

/** Properties of a feature of poles.geojson. Empty facts are null, never guessed. */
export interface PoleProperties {
  id: string;
  name: string;
  shortName: string;
  theme: string;
  sector: Sector;
  category2005: Category2005 | null;
  hqCommune: string | null;
  hqInsee: string | null;
  /** Département code of the HQ commune, when the HQ is documented. */
  hqDepartement: string | null;
  /** 2016 région code of the HQ commune, when the HQ is documented. */
  hqRegion: string | null;
  /**
   * Pre-2016 région code of the HQ's département (overseas: the 2016 code, unchanged); null when
   * the HQ or its département is unknown. Always present in public/data (the build adds it after
   * assembling), absent from features assembled elsewhere (e.g. an import in the browser).
   */
  hqRegion2015?: string | null;
  /** Pre-2016 régions covered, main first, as named in the source table. */
  regions: string[];
  labelledYear: number;
  endedYear: number | null;
  endReason: EndReason | null;
  successorId: string | null;
  /** Ids of the pôles whose successor is this one (mergers into it). */
  predecessorIds: string[];
  website: string | null;
  confidence: Confidence;
  sources: string[];
  memberCounts: MemberCount[];
  /** Number of documented member sites placed on the map (members.geojson). */
  documentedSites: number;
  /** Number of documented members whose French site is unknown (not placed). */
  unplacedMembers: number;
  /**
   * The lineage's labelled periods (label_periods.csv, oldest first): "labelled in Y" and "unknown
   * in Y" come from them (src/data/time/label-status.ts), not from labelledYear/endedYear, which give
   * the first period only.
   */
  periods: Pick<LabelPeriod, 'from' | 'to' | 'statusAfter'>[];
  /** The pôle's seats over time and conflicts between sources (hq_history.csv, geocoded). */
  hqHistory: HqRow[];
}

export type SiteBasis = 'named-site' | 'head-office' | 'imported';

/** Properties of a feature of members.geojson: one documented member site. */
export interface MemberProperties {
  pole: string;
  organisation: string;
  kind: MemberKind;
  role: 'porteur' | 'fondateur' | 'membre' | null;
  commune: string;
  insee: string;
  departement: string;
  region: string;
  /**
   * Pre-2016 région code of the site's département (overseas: the 2016 code, unchanged); null when
   * the département is not among the boundaries. Present in public/data, as `hqRegion2015`.
   */
  region2015?: string | null;
  siteBasis: SiteBasis;
  /** The year or span ("2005-2011") the source refers to; null when unknown. */
  year: string | null;
  evidence: Evidence | null;
  poleNameInSource: string | null;
  source: string | null;
  siret: string | null;
}

export interface PointGeometry {
  type: 'Point';
  coordinates: [number, number];
}

export interface Feature<P, G = PointGeometry | null> {
  type: 'Feature';
  id: string;
  geometry: G;
  properties: P;
}

export interface FeatureCollection<P, G = PointGeometry | null> {
  type: 'FeatureCollection';
  features: Feature<P, G>[];
}

export type PolesFile = FeatureCollection<PoleProperties>;
export type MembersFile = FeatureCollection<MemberProperties, PointGeometry>;

export const TARGET_KINDS = [
  'pole',
  'french-cluster',
  'foreign-cluster',
  'foreign-park',
  'foreign-region',
  'programme',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const PARTNERSHIP_KINDS = [
  'inter-poles',
  'mou',
  'programme',
  'joint-project',
  'symposium-project',
  'other',
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

/** A partnership edge with both ends resolved. */
export interface Partnership {
  /** Stable id: `e` + 1-based row number in data/partnerships.csv. */
  id: string;
  source: string;
  sourceLonLat: [number, number] | null;
  targetKind: TargetKind;
  /** A pôle id when targetKind is 'pole', else the partner's slug. */
  target: string;
  targetName: string;
  targetCountry: string | null;
  targetCity: string | null;
  /** For a pôle target, its HQ (null when undocumented); for others, the city coordinates. */
  targetLonLat: [number, number] | null;
  kind: PartnershipKind;
  label: string | null;
  yearStart: number | null;
  yearEnd: number | null;
  description: string;
  confidence: Confidence;
  sources: string[];
}

export interface PartnershipsFile {
  edges: Partnership[];
}

/**
 * communes.json, columnar to stay small: index i of every array describes one commune (COG 2018
 * codes, with current codes added). Loaded only to geocode a member list or to map coverage gaps.
 */
export interface CommunesFile {
  code: string[];
  name: string[];
  lon: number[];
  lat: number[];
  departement: string[];
  region: string[];
  /** Postal codes of the commune, joined by a space ('' when unknown). */
  postalCodes: string[];
  /**
   * Population légale of the commune in @etalab/decoupage-administratif (see TerritoriesFile), on
   * today's map: a commune nouvelle counts at the 2018 row that holds its code (or where its new
   * code is placed), so a 2018 code retired since (merged) has 0. Sums to the départements'
   * populations, except TerritoriesFile.populationOutsideCommunes.
   */
  population: number[];
  /** Codes and names that are not rows of the 2018 table but can be recognised (see CommuneAliases). */
  aliases: CommuneAliases;
}

/**
 * Why a code or name is an alias: 'retired' (a pre-2018 commune, now a commune déléguée/associée),
 * 'current' (a code created after 2018), 'arrondissement' (Paris/Lyon/Marseille district codes used
 * by SIRENE), 'renamed' (the current name of a 2018 code when it differs from the 2018 name).
 */
export type CommuneAliasKind = 'retired' | 'current' | 'arrondissement' | 'renamed';

/** Columnar like CommunesFile: index i of every array describes one alias. */
export interface CommuneAliases {
  code: string[];
  /** The alias's own name in the current COG (@etalab/decoupage-administratif). */
  name: string[];
  kind: CommuneAliasKind[];
  /** The 2018 code where it is placed ('' when no 2018 commune holds it, e.g. a re-established commune). */
  target: string[];
  /** For 'retired' and 'arrondissement': the current commune it is part of, as "code name"; else ''. */
  partOf: string[];
}

export interface ManifestEntry {
  file: string;
  records: number;
  sha256: string;
  bytes: number;
  sources: string[];
  attribution: string;
}

export interface Manifest {
  generator: string;
  attribution: string;
  files: ManifestEntry[];
}

/** A région (2016 or pre-2016) in territories.json. */
export interface Territory {
  code: string;
  name: string;
  /** Sum of the populations légales of its communes (TerritoriesFile.populationSource). */
  population: number;
  /** Area of the raw boundary polygons on a sphere (radius 6,371.0088 km), km², 1 decimal. */
  areaKm2: number;
}

export interface DepartementTerritory extends Territory {
  /** 2016 région code. */
  region: string;
  /** Pre-2016 région code (overseas: the 2016 code, unchanged). */
  region2015: string;
}

/** A commune of today's COG that no row of the 2018 table holds (a commune re-established since). */
export interface PopulationOutsideCommunes {
  code: string;
  name: string;
  departement: string;
  population: number;
}

/** territories.json: the three map levels with population and area, for per-capita and per-area views. */
export interface TerritoriesFile {
  /** Where the populations come from, in words (package, version, INSEE source). */
  populationSource: string;
  /** 2016 régions (13 metropolitan + 5 overseas), by code. */
  regions: Territory[];
  /** Pre-2016 régions: the 22 metropolitan ones + the 5 overseas régions (codes unchanged), by code. */
  regions2015: Territory[];
  /** The 101 départements, by code. */
  departements: DepartementTerritory[];
  /** Counted in their département and région but in no commune of communes.json. */
  populationOutsideCommunes: PopulationOutsideCommunes[];
}

/** Names of the objects in france.topo.json. */
export const FRANCE_OBJECTS = ['land', 'regions', 'regions2015', 'departements'] as const;
