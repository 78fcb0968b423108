// SPDX-License-Identifier: MIT
// RFC 4180 CSV parser that keeps line numbers, so every later error can say "row N" the way a text
// editor counts lines, even when quoted fields contain newlines. Syntax problems are reported as
// issues (not thrown) so a caller can list them all at once.

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
  /** 1-based line on which each field starts (differs from `line` after an embedded newline). */
  fieldLines: number[];
}

export interface CsvIssue {
  line: number;
  /** 1-based field position within the record. */
  field: number;
  message: string;
}

export interface CsvResult {
  records: CsvRecord[];
  issues: CsvIssue[];
}

export type Delimiter = ',' | ';' | '\t';

/** Parses CSV text (LF, CRLF or lone CR line ends). A final line end does not create a record. */
export function parseCsv(text: string, delimiter: Delimiter = ','): CsvResult {
  const records: CsvRecord[] = [];
  const issues: CsvIssue[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let fields: string[] = [];
  let fieldLines: number[] = [];
  let recordLine = 1;

  const isEnd = (ch: string | undefined): boolean => ch === delimiter || ch === '\n' || ch === '\r';

  for (;;) {
    const fieldLine = line;
    const wasQuoted = text[i] === '"';
    let value: string;
    if (wasQuoted) {
      const openLine = line;
      const parts: string[] = [];
      let start = ++i;
      let closed = false;
      while (i < n) {
        const ch = text[i];
        if (ch === '"') {
          if (text[i + 1] === '"') {
            parts.push(text.slice(start, i + 1));
            i += 2;
            start = i;
            continue;
          }
          parts.push(text.slice(start, i));
          i++;
          closed = true;
          break;
        }
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        i++;
      }
      if (!closed) {
        parts.push(text.slice(start, i));
        issues.push({
          line: openLine,
          field: fields.length + 1,
          message: 'unterminated quoted field: the double quote opened here is never closed',
        });
      } else if (i < n && !isEnd(text[i])) {
        // Text after a quote that closed on a later line: most likely the opening line lacks its
        // closing quote and this quote belongs to a later field, so point at the opening line.
        issues.push(
          line === openLine
            ? {
                line,
                field: fields.length + 1,
                message: 'unexpected text after a closing double quote (inside a quoted field, write a quote as "")',
              }
            : {
                line: openLine,
                field: fields.length + 1,
                message: `unterminated quoted field: the double quote opened here only closes on line ${line}, followed by more text (a closing quote is probably missing)`,
              },
        );
        const s = i;
        while (i < n && !isEnd(text[i])) i++;
        parts.push(text.slice(s, i));
      }
      value = parts.join('');
    } else {
      const s = i;
      let stray = false;
      while (i < n && !isEnd(text[i])) {
        if (text[i] === '"' && !stray) {
          stray = true;
          issues.push({
            line,
            field: fields.length + 1,
            message: 'stray double quote in an unquoted field (quote the whole field and double the inner quote: "")',
          });
        }
        i++;
      }
      value = text.slice(s, i);
    }
    fields.push(value);
    fieldLines.push(fieldLine);

    if (i >= n) {
      // Empty text, or a file ending with a line end, leaves one unquoted empty field: not a record.
      if (fields.length > 1 || value !== '' || wasQuoted) records.push({ line: recordLine, fields, fieldLines });
      break;
    }
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    records.push({ line: recordLine, fields, fieldLines });
    line++;
    recordLine = line;
    fields = [];
    fieldLines = [];
  }
  return { records, issues };
}

/** Counts delimiter candidates in the first line (outside quotes) and picks the most frequent. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine(text)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

export function firstLine(text: string): string {
  const end = text.search(/\r|\n/);
  return end < 0 ? text : text.slice(0, end);
}

/** Whether a record is an empty line (tolerated between and after records). */
export function isBlankRecord(r: CsvRecord): boolean {
  return r.fields.length === 1 && r.fields[0] === '';
}

/** The syntax issues of each record (an issue belongs to the record whose lines contain it). */
export function issuesOfRecords(records: readonly CsvRecord[], issues: readonly CsvIssue[]): Map<CsvRecord, CsvIssue[]> {
  const out = new Map<CsvRecord, CsvIssue[]>();
  for (const issue of issues) {
    // Binary search for the last record starting at or before the issue's line.
    let lo = 0;
    let hi = records.length - 1;
    let owner: CsvRecord | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (records[mid]!.line <= issue.line) {
        owner = records[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (!owner) continue;
    const list = out.get(owner) ?? [];
    list.push(issue);
    out.set(owner, list);
  }
  return out;
}

/** A value of a CSV export: text, a number, or null for an empty field. */
export type CsvValue = string | number | null;

// OWASP "CSV injection": a cell a spreadsheet would read as a formula, also after leading spaces or
// quotes, which some spreadsheets skip before looking for = + - @.
const FORMULA_START = /^[\s"']*[=+\-@\t\r]/;
// A spreadsheet of another locale splits on its own delimiter even inside our quotes (French Excel
// reads `a,"b;=c"` as `a,"b` and `=c"`): what follows an inner `,` `;` or tab is guarded as well.
const INNER_FORMULA = /([,;\t][\s"']*)(?=[=+\-@\r])/g;
// Quoted when it holds any delimiter a spreadsheet may split on in some locale (`;` in French Excel,
// tab when pasted), a quote or a line break.
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One CSV field (RFC 4180, safe to open in any locale). Text a spreadsheet would evaluate, at the
 * start or after an inner delimiter, is prefixed with an apostrophe, which it shows instead of evaluating; numbers are written as they
 * are, so a negative number stays a number. null and non-finite numbers are empty fields.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const inner = value.replace(INNER_FORMULA, "$1'");
  const guarded = FORMULA_START.test(inner) ? `'${inner}` : inner;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Records as CSV text: comma-separated, CRLF after every record (RFC 4180). */
export function csvText(records: readonly (readonly CsvValue[])[]): string {
  return records.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
