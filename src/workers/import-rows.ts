// SPDX-License-Identifier: MIT
// The member-list import of src/data/member-import.ts, step by step: a generator that yields its
// progress every PROGRESS_EVERY rows, so the worker can tell the page how far it got on a 100,000-row
// list. importMemberList has no progress hook, so its row loop is repeated here from the same
// exported pieces (placeCommune, mapImportHeaders, createPoleMatcher...); the parity test
// (tests/unit/import-client-parity.test.ts) keeps both loops giving the same result, message for message.
import type { CommuneIndex } from '../geo/commune-index.ts';
import type { Feature, MemberProperties, PointGeometry } from '../types.ts';
import { pointOf } from '../data/assemble.ts';
import { detectDelimiter, isBlankRecord, issuesOfRecords, parseCsv } from '../data/csv.ts';
import { decodeLenient } from '../data/encoding.ts';
import {
  createPoleMatcher,
  describeAcceptedHeaders,
  importMemberKind,
  mapImportHeaders,
  missingImportColumns,
  type ImportField,
  type PoleRef,
} from '../data/import-headers.ts';
import {
  MemberImportError,
  placeCommune,
  type MemberImportReport,
  type MemberImportResult,
  type UnplacedImportRow,
} from '../data/member-import.ts';
import { PROGRESS_EVERY, type ImportPhase } from './protocol.ts';

export interface ImportStep {
  phase: ImportPhase;
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

const DELIMITERS = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;
const FIELDS: readonly ImportField[] = [
  'organisation',
  'insee',
  'postalCode',
  'commune',
  'pole',
  'siret',
  'kind',
];

/**
 * Imports a member list like importMemberList, yielding `{phase, done, total}` before decoding,
 * before parsing and every `every` data rows while placing them; returns the same result.
 */
export function* importMemberRows(
  bytes: Uint8Array,
  fileName: string,
  poles: readonly PoleRef[],
  communes: CommuneIndex,
  every = PROGRESS_EVERY,
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
  const body = records.slice(records.indexOf(headerRecord) + 1);
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
  };
  return { members: { type: 'FeatureCollection', features }, unplacedByPole, report };
}
