// SPDX-License-Identifier: MIT
// Schemas of the five reference tables (see data/README.md): strict reading into typed rows.
// Checks that need only the row itself live here; cross-table checks live in assemble.ts.
import {
  CATEGORIES_2005,
  CONFIDENCES,
  END_REASONS,
  EVIDENCES,
  MEMBER_KINDS,
  PARTNERSHIP_KINDS,
  SECTORS,
  TARGET_KINDS,
  type Category2005,
  type Confidence,
  type EndReason,
  type Evidence,
  type MemberKind,
  type PartnershipKind,
  type Sector,
  type SiteBasis,
  type TargetKind,
} from '../types.ts';
import { Cells, YEAR_TEXT } from './cells.ts';
import type { ErrorCollector } from './errors.ts';
import { readStrictCsv } from './table-reader.ts';
import type { TableRules } from './table-rules.ts';

export const ROLES = ['porteur', 'fondateur', 'membre'] as const;
export type Role = (typeof ROLES)[number];
const SITE_BASES = ['named-site', 'head-office'] as const satisfies readonly SiteBasis[];

export const TABLE_FILES = {
  poles: 'poles.csv',
  members: 'members.csv',
  memberCounts: 'member_counts.csv',
  unplaced: 'members_unplaced.csv',
  partnerships: 'partnerships.csv',
} as const;

export interface PoleRow {
  line: number;
  id: string;
  name: string;
  shortName: string;
  theme: string;
  sector: Sector;
  category2005: Category2005 | null;
  hqCommune: string | null;
  hqInsee: string | null;
  regions: string[];
  labelledYear: number;
  endedYear: number | null;
  endReason: EndReason | null;
  successorId: string | null;
  website: string | null;
  confidence: Confidence;
  sources: string[];
}

export interface MemberRow {
  line: number;
  index: number;
  pole: string;
  organisation: string;
  kind: MemberKind;
  role: Role;
  commune: string;
  insee: string;
  siteBasis: SiteBasis;
  year: string;
  evidence: Evidence;
  poleNameInSource: string | null;
  source: string;
}

export interface MemberCountRow {
  line: number;
  pole: string;
  count: string;
  /** First year of the source's year text ("c.2015" → 2015). */
  year: number;
  yearLabel: string;
  note: string;
  source: string;
}

export interface UnplacedRow {
  line: number;
  pole: string;
  organisation: string;
  kind: MemberKind;
}

export interface PartnershipRow {
  line: number;
  index: number;
  sourcePole: string;
  targetKind: TargetKind;
  targetId: string;
  targetName: string;
  targetCountry: string | null;
  targetCity: string | null;
  targetLon: number | null;
  targetLat: number | null;
  kind: PartnershipKind;
  label: string | null;
  yearStart: number | null;
  yearEnd: number | null;
  description: string;
  confidence: Confidence;
  sources: string[];
}

type Rows<T> = T[];

export function rowsOf<T>(
  file: string,
  bytes: Uint8Array,
  columns: readonly string[],
  errors: ErrorCollector,
  map: (c: Cells, index: number) => T,
  rules?: TableRules,
): Rows<T> {
  const table = readStrictCsv(file, bytes, columns, errors, rules);
  if (!table) return [];
  return table.rows.map((r) => map(new Cells(file, r, errors), r.index));
}

const POLE_COLUMNS = [
  'id', 'name', 'short_name', 'theme', 'sector', 'category_2005', 'hq_commune', 'hq_insee', 'regions',
  'labelled_year', 'ended_year', 'end_reason', 'successor_id', 'website', 'confidence', 'sources',
] as const;

export function parsePoles(file: string, bytes: Uint8Array, errors: ErrorCollector): PoleRow[] {
  // Ids are unique in every table (table-rules.ts).
  return rowsOf(file, bytes, POLE_COLUMNS, errors, (c) => {
    const id = c.text('id');
    if (id !== '' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) c.error('id', `"${id}" is not a lowercase slug`);
    const hqCommune = c.opt('hq_commune');
    const hqInsee = c.opt('hq_insee');
    if ((hqCommune === null) !== (hqInsee === null)) {
      c.error(hqInsee === null ? 'hq_insee' : 'hq_commune', 'hq_commune and hq_insee must be given together');
    }
    const labelledYear = c.year('labelled_year');
    const endedYear = c.year('ended_year', true);
    const endReason = c.oneOf('end_reason', END_REASONS, true);
    const successorId = c.opt('successor_id');
    if (endedYear !== null && endedYear !== 0 && endedYear < labelledYear) {
      c.error('ended_year', `ended (${endedYear}) before it was labelled (${labelledYear})`);
    }
    if ((endedYear === null) !== (endReason === null)) {
      c.error(endReason === null ? 'end_reason' : 'ended_year', 'ended_year and end_reason must be given together');
    }
    if (successorId !== null && endReason !== 'merged') c.error('successor_id', 'a successor is only given when end_reason is merged');
    // Empty only for a lineage with no known seat (aquanova): no main région to put first.
    const regions = (c.opt('regions') ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return {
      line: c.line,
      id,
      name: c.text('name'),
      shortName: c.text('short_name'),
      theme: c.text('theme'),
      sector: c.oneOf('sector', SECTORS),
      category2005: c.oneOf('category_2005', CATEGORIES_2005, true),
      hqCommune,
      hqInsee,
      regions,
      labelledYear,
      endedYear,
      endReason,
      successorId,
      website: c.opt('website'),
      confidence: c.oneOf('confidence', CONFIDENCES),
      sources: c.urls('sources'),
    };
  });
}

const MEMBER_COLUMNS = [
  'pole', 'organisation', 'kind', 'role', 'commune', 'insee', 'site_basis', 'year', 'evidence',
  'pole_name_in_source', 'source',
] as const;

/** One row per site of an organisation in a pôle: the same one twice would be placed twice. */
const MEMBER_KEY = ['pole', 'organisation', 'insee', 'site_basis'] as const;

export function parseMembers(file: string, bytes: Uint8Array, errors: ErrorCollector): MemberRow[] {
  const rules = { unique: [MEMBER_KEY] };
  return rowsOf(
    file,
    bytes,
    MEMBER_COLUMNS,
    errors,
    (c, index) => ({
    line: c.line,
    index,
    pole: c.text('pole'),
    organisation: c.text('organisation'),
    kind: c.oneOf('kind', MEMBER_KINDS),
    role: c.oneOf('role', ROLES),
    commune: c.text('commune'),
    insee: c.text('insee'),
    siteBasis: c.oneOf('site_basis', SITE_BASES),
    year: c.yearText('year'),
    evidence: c.oneOf('evidence', EVIDENCES),
    poleNameInSource: c.opt('pole_name_in_source'),
    source: c.urls('source').join(' | '),
    }),
    rules,
  );
}

export function parseMemberCounts(file: string, bytes: Uint8Array, errors: ErrorCollector): MemberCountRow[] {
  const columns = ['pole', 'members_count', 'year', 'note', 'source'] as const;
  return rowsOf(file, bytes, columns, errors, (c) => {
    const yearLabel = c.yearText('year');
    return {
      line: c.line,
      pole: c.text('pole'),
      count: c.text('members_count'),
      year: Number(YEAR_TEXT.exec(yearLabel)?.[2] ?? 0),
      yearLabel,
      note: c.text('note'),
      source: c.urls('source').join(' | '),
    };
  });
}

export function parseUnplaced(file: string, bytes: Uint8Array, errors: ErrorCollector): UnplacedRow[] {
  const columns = ['pole', 'pole_name', 'organisation', 'kind', 'role', 'year', 'evidence', 'source'] as const;
  return rowsOf(file, bytes, columns, errors, (c) => {
    c.oneOf('role', ROLES);
    c.yearText('year');
    c.urls('source');
    return { line: c.line, pole: c.text('pole'), organisation: c.text('organisation'), kind: c.oneOf('kind', MEMBER_KINDS) };
  });
}

const PARTNERSHIP_COLUMNS = [
  'source_pole', 'target_kind', 'target_id', 'target_name', 'target_country', 'target_city', 'target_lon',
  'target_lat', 'kind', 'label', 'year_start', 'year_end', 'description', 'confidence', 'source',
] as const;

export function parsePartnerships(file: string, bytes: Uint8Array, errors: ErrorCollector): PartnershipRow[] {
  return rowsOf(file, bytes, PARTNERSHIP_COLUMNS, errors, (c, index) => {
    const targetKind = c.oneOf('target_kind', TARGET_KINDS);
    const targetCountry = c.opt('target_country');
    if (targetCountry !== null && !/^[A-Z]{2}$/.test(targetCountry)) {
      c.error('target_country', `"${targetCountry}" is not an ISO 3166 alpha-2 code`);
    }
    const targetLon = c.number('target_lon', -180, 180);
    const targetLat = c.number('target_lat', -90, 90);
    const lonGiven = c.opt('target_lon') !== null;
    if (lonGiven !== (c.opt('target_lat') !== null)) {
      c.error(lonGiven ? 'target_lat' : 'target_lon', 'target_lon and target_lat must be given together');
    }
    const yearStart = c.year('year_start', true);
    const yearEnd = c.year('year_end', true);
    if (yearStart && yearEnd && yearEnd < yearStart) c.error('year_end', `ends (${yearEnd}) before it starts (${yearStart})`);
    return {
      line: c.line,
      index,
      sourcePole: c.text('source_pole'),
      targetKind,
      targetId: c.text('target_id'),
      targetName: c.text('target_name'),
      targetCountry,
      targetCity: c.opt('target_city'),
      targetLon,
      targetLat,
      kind: c.oneOf('kind', PARTNERSHIP_KINDS),
      label: c.opt('label'),
      yearStart,
      yearEnd,
      description: c.text('description'),
      confidence: c.oneOf('confidence', CONFIDENCES),
      sources: c.urls('source'),
    };
  });
}
