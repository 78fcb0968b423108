// SPDX-License-Identifier: MIT
// Import of a full member list (one row per establishment) as people export it from a CRM or a
// spreadsheet. Unlike the reference tables this is lenient: BOM, ';' or tab delimiters and
// Windows-1252 are accepted, and rows that cannot be placed are reported instead of failing the
// whole file. Pure (Uint8Array in, MembersFile out) so the browser can reuse it.
import { departementOfPostalCode, type CommuneIndex, type CommuneRecord } from '../geo/commune-index.ts';
import type { Feature, MemberProperties, MembersFile, PointGeometry } from '../types.ts';
import { pointOf } from './assemble.ts';
import {
  detectDelimiter,
  isBlankRecord,
  issuesOfRecords,
  parseCsv,
  type CsvRecord,
  type Delimiter,
} from './csv.ts';
import { decodeLenient, type Encoding } from './encoding.ts';
import { normaliseText } from './normalise.ts';
import {
  createPoleMatcher,
  describeAcceptedHeaders,
  importMemberKind,
  mapImportHeaders,
  missingImportColumns,
  type ImportField,
  type PoleRef,
} from './import-headers.ts';

export interface UnplacedImportRow {
  /** 1-based line number in the file, as a text editor shows it. */
  row: number;
  organisation: string;
  pole: string;
  reason: string;
}

export interface MemberImportReport {
  file: string;
  encoding: Encoding;
  delimiter: 'comma' | 'semicolon' | 'tab';
  /** The header used for each recognised field (null when absent). */
  columns: Record<ImportField, string | null>;
  rows: number;
  placed: number;
  unplaced: UnplacedImportRow[];
  /** Rows naming a site already placed (same pôle, organisation and commune): placed once, listed here. */
  duplicates: DuplicateImportRow[];
  /** Data rows past the row limit, not loaded (0 when the list was within it). */
  overLimit: number;
}

export interface DuplicateImportRow {
  /** 1-based line number of the duplicate. */
  row: number;
  /** Line of the row it repeats (the one placed). */
  of: number;
}

export interface MemberImportResult {
  members: MembersFile;
  /** Rows whose pôle was recognised but whose site could not be placed, per pôle id. */
  unplacedByPole: Map<string, number>;
  report: MemberImportReport;
}

/** A list that cannot be imported at all (missing columns, nothing placed). */
export class MemberImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'MemberImportError';
  }
}

const DELIMITERS: Record<Delimiter, MemberImportReport['delimiter']> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
const FIELDS: readonly ImportField[] = ['organisation', 'insee', 'postalCode', 'commune', 'pole', 'siret', 'kind'];

export type CommunePlacement = { commune: CommuneRecord } | { reason: string };

/**
 * Places a site: by commune code (a retired code goes to its chef-lieu), else by postal code and
 * name, else by postal code alone when only one commune has it; a CEDEX postal code (no commune
 * has it) falls back to the name within the postal code's département; a name alone must be unique.
 */
export function placeCommune(
  communes: CommuneIndex,
  site: { code?: string; postalCode?: string; name?: string },
): CommunePlacement {
  const code = site.code?.trim() ?? '';
  const cp = site.postalCode?.trim() ?? '';
  const name = site.name?.trim() ?? '';
  let codeReason: string | null = null;
  if (code !== '') {
    const r = communes.lookupCode(code);
    if (r.status === 'found') return { commune: r.commune };
    if (r.status === 'alias' && r.alias.target) return { commune: r.alias.target };
    codeReason = communes.explainUnknownCode(code);
  }
  const withCode = (reason: string): CommunePlacement => ({ reason: codeReason ? `${codeReason}; ${reason}` : reason });
  if (cp !== '') {
    const byCp = communes.withPostalCode(cp);
    if (name !== '') {
      const named = communes.withName(name);
      const both = byCp.filter((c) => named.includes(c));
      if (both.length === 1) return { commune: both[0]! };
      if (both.length > 1) return withCode(`"${name}" ${cp} matches ${both.length} communes: add the commune code`);
    }
    if (byCp.length === 1) return { commune: byCp[0]! };
    if (byCp.length === 0 && name !== '') {
      const inDep = communes.withName(name, departementOfPostalCode(cp));
      if (inDep.length === 1) return { commune: inDep[0]! };
    }
    if (byCp.length === 0) return withCode(`no commune has postal code "${cp}"${name ? ` and none is named "${name}" in its département` : ''}`);
    const list = byCp.slice(0, 5).map((c) => c.name).join(', ');
    return withCode(
      name !== ''
        ? `"${name}" is not a commune with postal code ${cp} (${list}${byCp.length > 5 ? '…' : ''})`
        : `postal code ${cp} is shared by ${byCp.length} communes (${list}${byCp.length > 5 ? '…' : ''}): add the commune name or code`,
    );
  }
  if (name !== '') {
    const named = communes.withName(name);
    if (named.length === 1) return { commune: named[0]! };
    return withCode(named.length === 0 ? `unknown commune "${name}"` : `"${name}" names ${named.length} communes: add the postal code or commune code`);
  }
  return withCode(codeReason ? 'no postal code or commune name to fall back on' : 'no commune code, postal code or commune name');
}

/** The records up to the `maxRows`-th data row (blank lines are not data rows). */
function withinLimit(records: CsvRecord[], maxRows: number): CsvRecord[] {
  if (records.length <= maxRows) return records;
  let rows = 0;
  for (let i = 0; i < records.length; i++) {
    if (!isBlankRecord(records[i]!) && ++rows > maxRows) return records.slice(0, i);
  }
  return records;
}

export function importMemberList(
  bytes: Uint8Array,
  fileName: string,
  poles: readonly PoleRef[],
  communes: CommuneIndex,
): MemberImportResult {
  const steps = importMemberRows(bytes, fileName, poles, communes, Number.POSITIVE_INFINITY);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Rows placed between two progress steps: often enough for a live count, rare enough to cost nothing. */
export const PROGRESS_EVERY = 2000;

export interface ImportStep {
  phase: 'decode' | 'parse' | 'place';
  done: number;
  total: number;
}

/** Nothing could be placed: the list is unusable, but each row says why (for the report). */
export class NothingPlacedError extends MemberImportError {
  constructor(
    file: string,
    message: string,
    readonly rows: readonly UnplacedImportRow[],
  ) {
    super(file, message);
  }
}

/**
 * Imports a member list step by step, yielding `{phase, done, total}` before decoding, before
 * parsing and every `every` data rows while placing them, so that a worker can report progress on a
 * 100,000-row list; returns the result of importMemberList. Data rows past `maxRows` (blank lines
 * not counted) are not loaded, only counted in `report.overLimit`.
 */
export function* importMemberRows(
  bytes: Uint8Array,
  fileName: string,
  poles: readonly PoleRef[],
  communes: CommuneIndex,
  every = PROGRESS_EVERY,
  maxRows = Number.POSITIVE_INFINITY,
): Generator<ImportStep, MemberImportResult, void> {
  yield { phase: 'decode', done: 0, total: bytes.length };
  const { text, encoding } = decodeLenient(bytes);
  const delimiter = detectDelimiter(text);
  yield { phase: 'parse', done: 0, total: text.length };
  const { records, issues } = parseCsv(text, delimiter);
  const headerRecord = records.find((r) => !isBlankRecord(r));
  if (!headerRecord) throw new MemberImportError(fileName, 'the file is empty');
  const header = headerRecord.fields.map((h) => h.trim());
  const columns = mapImportHeaders(header);
  const missing = missingImportColumns(columns);
  if (missing) {
    throw new MemberImportError(
      fileName,
      `missing column(s): ${missing.join('; ')}. Columns found: ${header.map((h) => `"${h}"`).join(', ')}. ` +
        `Accepted names (any case, accents optional): ${describeAcceptedHeaders()}`,
    );
  }
  const matchPole = createPoleMatcher(poles);
  const issuesOf = issuesOfRecords(records, issues);
  const features: Feature<MemberProperties, PointGeometry>[] = [];
  const unplaced: UnplacedImportRow[] = [];
  const unplacedByPole = new Map<string, number>();
  const duplicates: DuplicateImportRow[] = [];
  // pôle, organisation (without case, accents or spacing differences) and commune → the row placed.
  const seen = new Map<string, number>();
  const all = records.slice(records.indexOf(headerRecord) + 1);
  const body = withinLimit(all, maxRows);
  let rowCount = 0;

  for (let i = 0; i < body.length; i++) {
    if (i % every === 0) yield { phase: 'place', done: i, total: body.length };
    const record = body[i]!;
    if (isBlankRecord(record)) continue;
    rowCount++;
    const get = (f: ImportField): string => {
      const k = columns[f];
      return k === undefined ? '' : (record.fields[k] ?? '').trim();
    };
    const organisation = get('organisation');
    const poleValue = get('pole');
    const skip = (reason: string, poleId: string | null = null): void => {
      unplaced.push({ row: record.line, organisation, pole: poleValue, reason });
      if (poleId) unplacedByPole.set(poleId, (unplacedByPole.get(poleId) ?? 0) + 1);
    };
    const issue = issuesOf.get(record)?.[0];
    if (issue) {
      skip(`malformed CSV: ${issue.message}`);
      continue;
    }
    if (record.fields.length !== header.length) {
      skip(`expected ${header.length} fields as in the header, found ${record.fields.length}`);
      continue;
    }
    if (organisation === '') {
      skip('empty organisation name');
      continue;
    }
    const pole = matchPole(poleValue);
    if (!pole) {
      skip(
        poleValue === ''
          ? 'empty pôle'
          : `unknown pôle "${poleValue}" (expected a pôle id, short name or name)`,
      );
      continue;
    }
    const placed = placeCommune(communes, {
      code: get('insee'),
      postalCode: get('postalCode'),
      name: get('commune'),
    });
    if ('reason' in placed) {
      skip(placed.reason, pole);
      continue;
    }
    const c = placed.commune;
    const key = `${pole}\u0000${normaliseText(organisation) || organisation}\u0000${c.code}`;
    const first = seen.get(key);
    if (first !== undefined) {
      duplicates.push({ row: record.line, of: first });
      continue;
    }
    seen.set(key, record.line);
    const siret = get('siret').replace(/\s/g, '');
    features.push({
      type: 'Feature',
      id: `m${rowCount}`,
      geometry: pointOf(c),
      properties: {
        pole,
        organisation,
        kind: importMemberKind(get('kind')),
        role: null,
        commune: c.name,
        insee: c.code,
        departement: c.departement,
        region: c.region,
        siteBasis: 'imported',
        year: null,
        evidence: null,
        poleNameInSource: poleValue,
        source: fileName,
        siret: /^\d{14}$/.test(siret) ? siret : null,
      },
    });
  }
  yield { phase: 'place', done: body.length, total: body.length };
  if (features.length === 0) {
    const first = unplaced
      .slice(0, 3)
      .map((u) => `row ${u.row}: ${u.reason}`)
      .join('; ');
    throw new NothingPlacedError(
      fileName,
      `no row could be placed (${rowCount} data rows${first ? `; ${first}` : ''})`,
      unplaced,
    );
  }
  const report: MemberImportReport = {
    file: fileName,
    encoding,
    delimiter: DELIMITERS[delimiter],
    columns: Object.fromEntries(
      FIELDS.map((f) => [f, columns[f] === undefined ? null : header[columns[f]]!]),
    ) as Record<ImportField, string | null>,
    rows: rowCount,
    placed: features.length,
    unplaced,
    duplicates,
    overLimit: all.length === body.length ? 0 : all.filter((r) => !isBlankRecord(r)).length - rowCount,
  };
  return { members: { type: 'FeatureCollection', features }, unplacedByPole, report };
}
