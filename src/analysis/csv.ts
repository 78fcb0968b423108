// SPDX-License-Identifier: MIT
// CSV writing (RFC 4180) for the analysis tables. Same rules as partnershipsCsv's csvField in
// src/data/partnership-csv.ts: the two should become one helper in a neutral module.

export type CsvValue = string | number | null;

/**
 * One CSV field. Text starting with = + - @ (or a tab or carriage return) is prefixed with an
 * apostrophe so that a spreadsheet shows it instead of evaluating it (OWASP "CSV injection");
 * numbers are written as they are, so a negative number stays a number. Quoted when it holds a
 * quote, a comma or a line break; quotes are doubled. null is an empty field.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Records as CSV text: comma-separated, CRLF after every record (RFC 4180). */
export function csvText(records: readonly (readonly CsvValue[])[]): string {
  return records.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
