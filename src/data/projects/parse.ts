// SPDX-License-Identifier: MIT
// Import of a list of partnership projects (issue 17), as lenient as the member lists: BOM, ';' or
// ',' or tab, UTF-8 or Windows-1252. A file without the required columns is refused as a whole;
// otherwise every bad row is reported with its line, its column and the reason, and the good rows
// are kept. Pure (Uint8Array in) so that the data build and the browser's worker share it.
import { detectDelimiter, isBlankRecord, issuesOfRecords, parseCsv } from '../csv.ts';
import { decodeLenient, type Encoding } from '../encoding.ts';
import { createPoleMatcher, type PoleRef } from '../import-headers.ts';
import { notAfter, parseProjectDate } from './dates.ts';
import {
  dateField,
  mapProjectHeaders,
  parseStatus,
  PROJECT_HEADERS,
  REQUIRED_FIELDS,
  splitList,
  STAGES,
  STATUSES,
  type PartnershipProject,
  type ProjectField,
  type ProjectStatus,
} from './format.ts';

export interface RejectedProjectRow {
  /** 1-based line in the file, as a text editor shows it. */
  row: number;
  /** The header of the faulty column, or null when the whole row is at fault. */
  column: string | null;
  /** The row's identifier, when it has one. */
  id: string;
  reason: string;
}

export interface ProjectImportResult {
  file: string;
  encoding: Encoding;
  projects: PartnershipProject[];
  rejected: RejectedProjectRow[];
  /** Data rows read (blank lines excepted). */
  rows: number;
}

/** A file that cannot be read at all: empty, or a required column missing. */
export class ProjectImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ProjectImportError';
  }
}

export interface ProjectImportStep {
  phase: 'decode' | 'parse' | 'check';
  done: number;
  total: number;
}

class RowError extends Error {
  constructor(
    readonly field: ProjectField | null,
    message: string,
  ) {
    super(message);
  }
}

export function importProjects(bytes: Uint8Array, fileName: string, poles: readonly PoleRef[]): ProjectImportResult {
  const steps = importProjectRows(bytes, fileName, poles, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Yields progress before decoding, before parsing and every `every` rows while checking them. */
export function* importProjectRows(
  bytes: Uint8Array,
  fileName: string,
  poles: readonly PoleRef[],
  every = 500,
): Generator<ProjectImportStep, ProjectImportResult, void> {
  yield { phase: 'decode', done: 0, total: bytes.length };
  const { text, encoding } = decodeLenient(bytes);
  yield { phase: 'parse', done: 0, total: text.length };
  const { records, issues } = parseCsv(text, detectDelimiter(text));
  const headerRecord = records.find((r) => !isBlankRecord(r));
  if (!headerRecord) throw new ProjectImportError(fileName, 'the file is empty');
  const header = headerRecord.fields.map((h) => h.trim());
  const columns = mapProjectHeaders(header);
  const missing = REQUIRED_FIELDS.filter((f) => columns[f] === undefined);
  if (missing.length > 0) {
    throw new ProjectImportError(
      fileName,
      `missing column(s): ${missing.map((f) => `"${PROJECT_HEADERS[f][0]}"`).join(', ')}. ` +
        `Columns found: ${header.map((h) => `"${h}"`).join(', ')}`,
    );
  }
  const matchPole = createPoleMatcher(poles);
  const issuesOf = issuesOfRecords(records, issues);
  const seen = new Map<string, number>();
  const projects: PartnershipProject[] = [];
  const rejected: RejectedProjectRow[] = [];
  const body = records.slice(records.indexOf(headerRecord) + 1);
  let rows = 0;
  for (let i = 0; i < body.length; i++) {
    if (i % every === 0) yield { phase: 'check', done: i, total: body.length };
    const record = body[i]!;
    if (isBlankRecord(record)) continue;
    rows++;
    const get = (f: ProjectField): string => {
      const k = columns[f];
      return k === undefined ? '' : (record.fields[k] ?? '').trim();
    };
    try {
      const issue = issuesOf.get(record)?.[0];
      if (issue) throw new RowError(null, `malformed CSV: ${issue.message}`);
      if (record.fields.length !== header.length) {
        throw new RowError(null, `expected ${header.length} fields as in the header, found ${record.fields.length}`);
      }
      const project = checkRow(get, matchPole, record.line);
      const first = seen.get(project.id);
      if (first !== undefined) throw new RowError('id', `duplicate identifier "${project.id}" (first on row ${first})`);
      seen.set(project.id, record.line);
      projects.push(project);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      const k = e.field === null ? undefined : columns[e.field];
      rejected.push({ row: record.line, column: k === undefined ? null : header[k]!, id: get('id'), reason: e.message });
    }
  }
  yield { phase: 'check', done: body.length, total: body.length };
  return { file: fileName, encoding, projects, rejected, rows };
}

function required(get: (f: ProjectField) => string, field: ProjectField, what: string): string {
  const v = get(field);
  if (v === '') throw new RowError(field, `empty ${what}`);
  return v;
}

function checkRow(
  get: (f: ProjectField) => string,
  matchPole: (value: string) => string | null,
  row: number,
): PartnershipProject {
  const id = required(get, 'id', 'identifier');
  const title = required(get, 'title', 'title');
  const poleNames = splitList(required(get, 'poles', 'pôle'));
  const poles: string[] = [];
  for (const name of poleNames) {
    const pole = matchPole(name);
    if (!pole) throw new RowError('poles', `unknown pôle "${name}" (expected a pôle id, short name or name)`);
    if (!poles.includes(pole)) poles.push(pole);
  }
  const country = required(get, 'country', 'country').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) {
    throw new RowError('country', `"${get('country')}" is not a two-letter country code (ISO 3166-1: CA, DE, CN...)`);
  }
  if (country === 'FR') throw new RowError('country', 'the country is that of the foreign partners: FR is not foreign');
  const statusValue = required(get, 'status', 'stage');
  const status = parseStatus(statusValue);
  if (!status) {
    throw new RowError(
      'status',
      `unknown stage "${statusValue}" (expected idée, contact établi, projet défini, accord signé, en réalisation, abouti or abandonné)`,
    );
  }
  const dates = checkDates(get, status);
  const optional = (f: ProjectField): string | null => get(f) || null;
  return {
    id,
    title,
    poles,
    frenchOrganisations: splitList(get('frenchOrganisations')),
    foreignPartners: splitList(get('foreignPartners')),
    country,
    foreignRegion: optional('foreignRegion'),
    sector: optional('sector'),
    programme: optional('programme'),
    status,
    dates,
    source: required(get, 'source', 'source'),
    row,
  };
}

/**
 * The dates must fit the status: the current stage has its date (when it was reached), no stage
 * after it has one, and the dates never go back along the scale. An abandoned project has its
 * abandon date, the date of at least the last stage it reached, and nothing after the abandon.
 */
function checkDates(get: (f: ProjectField) => string, status: ProjectStatus): PartnershipProject['dates'] {
  const dates: PartnershipProject['dates'] = {};
  for (const s of STATUSES) {
    const v = get(dateField(s));
    if (v === '') continue;
    const parsed = parseProjectDate(v);
    if (!parsed.ok) throw new RowError(dateField(s), parsed.reason);
    dates[s] = parsed.date;
  }
  const abandoned = status === 'abandonne';
  if (abandoned) {
    if (!dates.abandonne) throw new RowError(dateField('abandonne'), 'empty date: the project is abandoned, give the date it was');
    if (!STAGES.some((s) => dates[s])) {
      throw new RowError(null, 'an abandoned project gives the date of at least the last stage it reached');
    }
  } else {
    if (dates.abandonne) throw new RowError(dateField('abandonne'), `an abandon date, but the stage is "${get('status')}"`);
    if (!dates[status]) throw new RowError(dateField(status), `empty date: the project is at this stage, give the date it was reached`);
    const after = STAGES.slice(STAGES.indexOf(status) + 1).find((s) => dates[s]);
    if (after) throw new RowError(dateField(after), `a date for a stage after the current one ("${get('status')}")`);
  }
  let previous: ProjectStatus | null = null;
  for (const s of STATUSES) {
    const d = dates[s];
    if (!d) continue;
    if (previous !== null && !notAfter(dates[previous]!, d)) {
      throw new RowError(dateField(s), `${d} is before the date of an earlier stage (${dates[previous]})`);
    }
    previous = s;
  }
  return dates;
}
