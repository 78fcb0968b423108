// SPDX-License-Identifier: MIT
// Strict reading of the project's reference tables: UTF-8 without BOM, comma-separated, a header
// naming every required column, the same number of fields on every row. Each problem becomes a
// DataError naming file, row and column; the caller decides when to stop.
import { detectDelimiter, firstLine, isBlankRecord, issuesOfRecords, parseCsv } from './csv.ts';
import { decodeUtf8Strict, findInvalidUtf8, hasUtf8Bom } from './encoding.ts';
import type { ErrorCollector } from './errors.ts';
import { fieldAt, MAX_FIELD_CHARS, scanFields } from './field-scan.ts';
import { checkRows, type TableRules } from './table-rules.ts';

export interface RawRow {
  /** 1-based line on which the row starts. */
  line: number;
  /** 1-based data row index (the first row after the header is 1): the basis of stable ids. */
  index: number;
  values: ReadonlyMap<string, string>;
  /** Line on which a column's field starts (differs from `line` after an embedded newline). */
  lineOf(column: string): number;
}

export interface StrictTable {
  header: string[];
  rows: RawRow[];
}

const DELIMITER_NAMES = { ';': 'semicolon', '\t': 'tab', ',': 'comma' } as const;

/**
 * Returns null when the file cannot be read as a table at all (errors are in `errors`). Every table
 * gets the same rules (table-rules.ts): no control character, no field over MAX_FIELD_CHARS, unique
 * `id`, links in link columns http(s) only; `rules` adds the table's own unique keys.
 */
export function readStrictCsv(
  file: string,
  bytes: Uint8Array,
  required: readonly string[],
  errors: ErrorCollector,
  rules: TableRules = {},
): StrictTable | null {
  const headerColumn = columnNamer(bytes);
  // Bytes first: an oversize field stops here, before decoding would copy it.
  const problems = scanFields(bytes);
  for (const p of problems) {
    const detail =
      p.kind === 'oversize'
        ? `field longer than ${MAX_FIELD_CHARS.toLocaleString('en')} characters (the limit of a reference table's value)`
        : `control character U+${p.code!.toString(16).toUpperCase().padStart(4, '0')} (only a tab or a line break inside a quoted field is allowed)`;
    errors.add(file, p.line, headerColumn(p.field), detail);
  }
  if (problems.some((p) => p.kind === 'oversize')) return null;
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) {
    const hex = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
    // The field that holds the bad byte itself (not a guess from the decoded text's U+FFFD).
    errors.add(
      file,
      decoded.line,
      headerColumn(fieldAt(bytes, findInvalidUtf8(bytes)).field),
      `invalid UTF-8 (byte 0x${hex}; the file looks Latin-1 or Windows-1252 encoded): save it as UTF-8`,
    );
    return null;
  }
  let text = decoded.text;
  const bom = hasUtf8Bom(bytes);
  if (bom) text = text.slice(1);

  const delimiter = detectDelimiter(text);
  const headerText = firstLine(text);
  if (delimiter !== ',' && !headerText.includes(',')) {
    errors.add(
      file,
      1,
      'field 1',
      `expected comma-separated values, but the header is ${DELIMITER_NAMES[delimiter]}-separated: save the file as CSV with commas`,
    );
    return null;
  }

  const { records, issues } = parseCsv(text, ',');
  const headerRecord = records[0];
  if (!headerRecord) {
    errors.add(file, 1, null, 'the file is empty: expected a header row');
    return null;
  }
  const header = headerRecord.fields;
  const colName = (field: number): string => header[field - 1] || `field ${field}`;
  if (bom) {
    errors.add(
      file,
      1,
      colName(1),
      'the file starts with a UTF-8 byte order mark (BOM): save it as UTF-8 without BOM',
    );
  }

  const seen = new Set<string>();
  header.forEach((name, k) => {
    if (seen.has(name)) errors.add(file, headerRecord.line, name, `duplicate column "${name}" in the header`);
    if (name === '') errors.add(file, headerRecord.line, `field ${k + 1}`, 'empty column name in the header');
    seen.add(name);
  });
  const missing = required.filter((c) => !seen.has(c));
  for (const c of missing) {
    errors.add(file, headerRecord.line, c, `missing required column "${c}" (header has: ${header.join(', ')})`);
  }
  if (missing.length > 0) return null;

  for (const issue of issues) errors.add(file, issue.line, colName(issue.field), issue.message);
  const issuesOf = issuesOfRecords(records, issues);

  const rows: RawRow[] = [];
  let index = 0;
  for (const record of records.slice(1)) {
    if (isBlankRecord(record)) continue;
    index++;
    if (record.fields.length !== header.length) {
      const n = record.fields.length;
      const column = n < header.length ? colName(n + 1) : `field ${header.length + 1}`;
      errors.add(
        file,
        record.line,
        column,
        `expected ${header.length} fields as in the header, found ${n}` +
          (n > header.length ? ' (an unquoted comma inside a value?)' : ''),
      );
      continue;
    }
    if (issuesOf.has(record)) continue;
    const values = new Map<string, string>();
    const lines = new Map<string, number>();
    header.forEach((name, k) => {
      values.set(name, record.fields[k]!);
      lines.set(name, record.fieldLines[k]!);
    });
    rows.push({ line: record.line, index, values, lineOf: (c) => lines.get(c) ?? record.line });
  }
  checkRows(file, header, rows, rules, errors);
  return { header, rows };
}

/** The header's name of a field position, read from the first line alone (lossily: it may not be UTF-8). */
function columnNamer(bytes: Uint8Array): (field: number) => string {
  let end = bytes.subarray(0, 65_536).indexOf(0x0a);
  if (end < 0) end = Math.min(bytes.length, 65_536);
  const cr = bytes.subarray(0, end).indexOf(0x0d);
  const first = new TextDecoder().decode(bytes.subarray(0, cr < 0 ? end : cr));
  const header = parseCsv(first, ',').records[0]?.fields ?? [];
  return (field) => header[field - 1] || `field ${field}`;
}
