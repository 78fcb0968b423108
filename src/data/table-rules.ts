// SPDX-License-Identifier: MIT
// Rules every reference table follows, whatever its schema, so that a table added later gets them
// without code of its own: an `id` column holds unique ids, a table's unique keys (e.g. one member
// row per pôle, organisation, commune and site basis) are not repeated, and a link column (website,
// url, source, sources) holds only http(s) links, never `javascript:` or `data:`.
import type { ErrorCollector } from './errors.ts';
import type { RawRow } from './table-reader.ts';

export interface TableRules {
  /** Sets of columns whose values together may appear on one row only. */
  unique?: readonly (readonly string[])[];
}

/** Columns that hold links ( ` | `-separated), by name: `website`, `source(s)`, `url(s)`, `*_url`... */
export const LINK_COLUMN = /^(website|url|urls|source|sources)$|_(website|url|urls)$/;

export function checkRows(
  file: string,
  header: readonly string[],
  rows: readonly RawRow[],
  rules: TableRules,
  errors: ErrorCollector,
): void {
  const keys = [...(header.includes('id') ? [['id']] : []), ...(rules.unique ?? [])];
  for (const key of keys) checkUnique(file, key, rows, errors);
  const links = header.filter((c) => LINK_COLUMN.test(c));
  for (const row of rows) {
    for (const column of links) {
      const bad = nonHttpLink(row.values.get(column) ?? '');
      if (bad !== null) errors.add(file, row.lineOf(column), column, `"${bad}" is not an http(s) link`);
    }
  }
}

/** Compared as people read them: trimmed, case and Unicode composition aside. */
const keyPart = (v: string): string => v.trim().normalize('NFC').toLowerCase();

function checkUnique(file: string, key: readonly string[], rows: readonly RawRow[], errors: ErrorCollector): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    const parts = key.map((c) => keyPart(row.values.get(c) ?? ''));
    if (parts.every((p) => p === '')) continue;
    const k = JSON.stringify(parts);
    const line = first.get(k);
    if (line === undefined) {
      first.set(k, row.line);
      continue;
    }
    const column = key[key.length - 1]!;
    errors.add(
      file,
      row.lineOf(column),
      column,
      key.length === 1
        ? `duplicate ${column} "${row.values.get(column)}" (first on row ${line})`
        : `duplicate row: same ${key.join(', ')} as row ${line}`,
    );
  }
}

/**
 * The first item of a link list that names a scheme other than http(s), or null. A value without a
 * scheme ("example.org") is not a link to refuse. Browsers ignore tabs, line breaks and leading
 * spaces in a scheme, so they are ignored here too (`java\tscript:` is `javascript:`).
 */
export function nonHttpLink(value: string): string | null {
  for (const item of value.split(' | ')) {
    const bare = [...item]
      .filter((ch) => ch > ' ')
      .join('')
      .toLowerCase();
    const scheme = /^([a-z][a-z0-9+.-]*):(?!\d)/.exec(bare)?.[1];
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return item.trim();
  }
  return null;
}
