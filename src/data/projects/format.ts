// SPDX-License-Identifier: MIT
// The CSV format of partnership projects (issue 17): one row per project, French headers first,
// English accepted, and the fixed maturity scale of the France-Québec follow-up (DGCIS and MDEIE):
// six stages in order, and "abandonné", which can end a project at any stage.
import { normaliseText } from '../normalise.ts';
import { STAGES, STATUSES, type ProjectStatus, type Stage } from './scale.ts';

export { STAGES, STATUSES, type ProjectStatus, type Stage };

/** A date as the file gives it: a year, a month or a day (ISO, of that precision). */
export type ProjectDate = string;

export interface PartnershipProject {
  id: string;
  title: string;
  /** French pôle ids (one or more: an inter-pôles project). */
  poles: string[];
  frenchOrganisations: string[];
  foreignPartners: string[];
  /** ISO 3166-1 alpha-2 code of the foreign partners' country. */
  country: string;
  /** Québec, a Land, a province...: null when the file gives none. */
  foreignRegion: string | null;
  sector: string | null;
  programme: string | null;
  status: ProjectStatus;
  /** The date each status was reached; a stage passed on an unknown date is absent. */
  dates: Partial<Record<ProjectStatus, ProjectDate>>;
  source: string;
  /** 1-based line of the row in its file. */
  row: number;
}

export type ProjectField =
  | 'id'
  | 'title'
  | 'poles'
  | 'frenchOrganisations'
  | 'foreignPartners'
  | 'country'
  | 'foreignRegion'
  | 'sector'
  | 'programme'
  | 'status'
  | `date:${ProjectStatus}`
  | 'source';

/** Accepted headers per field, the French one first (the template's); compared after normaliseText. */
export const PROJECT_HEADERS: Readonly<Record<ProjectField, readonly string[]>> = {
  id: ['Identifiant', 'Id', 'Identifier', 'Code projet'],
  title: ['Titre', 'Intitulé', 'Projet', 'Title', 'Project'],
  poles: ['Pôles', 'Pôle', 'Pôles de compétitivité', 'Poles', 'Pole', 'Pole ids'],
  frenchOrganisations: ['Organisations françaises', 'Partenaires français', 'French organisations', 'French organizations'],
  foreignPartners: ['Partenaires étrangers', 'Foreign partners'],
  country: ['Pays', 'Code pays', 'Country', 'Country code'],
  foreignRegion: ['Région étrangère', 'Région', 'Foreign region', 'Region'],
  sector: ['Thème', 'Secteur', 'Thème ou secteur', 'Sector', 'Theme'],
  programme: ['Programme', 'Dispositif', 'Program'],
  status: ['Étape', 'Étape actuelle', 'Stade', 'Stage', 'Current stage', 'Status'],
  'date:idee': ['Date idée', 'Date idea'],
  'date:contact': ['Date contact établi', 'Date contact', 'Date contact made'],
  'date:defini': ['Date projet défini', 'Date project defined'],
  'date:accord': ['Date accord signé', 'Date agreement signed'],
  'date:realisation': ['Date en réalisation', 'Date under way', 'Date in progress'],
  'date:abouti': ['Date abouti', 'Date completed'],
  'date:abandonne': ['Date abandonné', 'Date abandoned'],
  source: ['Source', 'Sources'],
};

export const PROJECT_FIELDS = Object.keys(PROJECT_HEADERS) as ProjectField[];
export const REQUIRED_FIELDS: readonly ProjectField[] = ['id', 'title', 'poles', 'country', 'status', 'source'];
export const dateField = (s: ProjectStatus): ProjectField => `date:${s}`;

/** The template's header line: the first (French) name of every field. */
export const TEMPLATE_HEADER: readonly string[] = PROJECT_FIELDS.map((f) => PROJECT_HEADERS[f][0]!);

const FIELD_BY_HEADER = new Map<string, ProjectField>();
for (const f of PROJECT_FIELDS) for (const n of PROJECT_HEADERS[f]) FIELD_BY_HEADER.set(normaliseText(n), f);

export type ProjectColumns = Partial<Record<ProjectField, number>>;

/** Column index of each recognised field (the first matching column wins). */
export function mapProjectHeaders(header: readonly string[]): ProjectColumns {
  const columns: ProjectColumns = {};
  header.forEach((name, k) => {
    const field = FIELD_BY_HEADER.get(normaliseText(name));
    if (field && columns[field] === undefined) columns[field] = k;
  });
  return columns;
}

/** Status values as people write them (French or English, any case or accents). */
const STATUS_NAMES: Readonly<Record<ProjectStatus, readonly string[]>> = {
  idee: ['idée', 'idee', 'idea'],
  contact: ['contact établi', 'contact', 'contact made', 'contact established'],
  defini: ['projet défini', 'défini', 'project defined', 'defined'],
  accord: ['accord signé', 'accord', 'agreement signed', 'agreement', 'signed'],
  realisation: ['en réalisation', 'réalisation', 'under way', 'underway', 'in progress'],
  abouti: ['abouti', 'completed', 'achieved', 'done'],
  abandonne: ['abandonné', 'abandonne', 'abandoned'],
};
const STATUS_BY_NAME = new Map<string, ProjectStatus>();
for (const s of STATUSES) for (const n of STATUS_NAMES[s]) STATUS_BY_NAME.set(normaliseText(n), s);

export function parseStatus(value: string): ProjectStatus | null {
  return STATUS_BY_NAME.get(normaliseText(value)) ?? null;
}

/** The French name of each status, as the template and the exports write it. */
export const STATUS_LABEL_FR: Readonly<Record<ProjectStatus, string>> = Object.fromEntries(
  STATUSES.map((s) => [s, STATUS_NAMES[s][0]!]),
) as Record<ProjectStatus, string>;

/** A list cell: values separated by "|" or ";" (a pôle or organisation name holds neither). */
export function splitList(value: string): string[] {
  return value
    .split(/[|;]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
