// SPDX-License-Identifier: MIT
// Typed access to one row of a strict table: every accessor reports a DataError at the exact
// row and column, and returns a placeholder so validation can go on and report later errors too.
import type { ErrorCollector } from './errors.ts';
import type { RawRow } from './table-reader.ts';
import { nonHttpLink } from './table-rules.ts';

/** Years as the sources give them: "2011", "c.2012" (about), "2005-2011" (a span). */
export const YEAR_TEXT = /^(c\.)?(\d{4})(-\d{4})?$/;

export class Cells {
  constructor(
    private readonly file: string,
    private readonly row: RawRow,
    private readonly errors: ErrorCollector,
  ) {}

  get line(): number {
    return this.row.line;
  }

  error(column: string, detail: string): void {
    this.errors.add(this.file, this.row.lineOf(column), column, detail);
  }

  /** Required, non-empty text. */
  text(column: string): string {
    const v = this.row.values.get(column) ?? '';
    if (v.trim() === '') this.error(column, 'missing required value');
    return v;
  }

  /** Optional text: empty → null (unknown facts stay unknown). */
  opt(column: string): string | null {
    const v = this.row.values.get(column) ?? '';
    return v.trim() === '' ? null : v;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T;
  oneOf<T extends string>(column: string, allowed: readonly T[], optional: true): T | null;
  oneOf<T extends string>(column: string, allowed: readonly T[], optional = false): T | null {
    const v = optional ? this.opt(column) : this.text(column);
    if (v === null) return null;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    if (v.trim() !== '') this.error(column, `"${v}" is not one of: ${allowed.join(', ')}`);
    return allowed[0]!;
  }

  /** A four-digit year. */
  year(column: string): number;
  year(column: string, optional: true): number | null;
  year(column: string, optional = false): number | null {
    const v = optional ? this.opt(column) : this.text(column);
    if (v === null) return null;
    if (!/^\d{4}$/.test(v)) {
      if (v.trim() !== '') this.error(column, `"${v}" is not a year (expected an integer such as 2005)`);
      return 0;
    }
    return Number(v);
  }

  /** A year as free-form source text ("2011", "c.2012", "2005-2011"). */
  yearText(column: string): string {
    const v = this.text(column);
    if (v.trim() !== '' && !YEAR_TEXT.test(v)) {
      this.error(column, `"${v}" is not a year (expected 2011, c.2011 or 2005-2011)`);
    }
    return v;
  }

  /** An optional decimal number within [min, max]. */
  number(column: string, min: number, max: number): number | null {
    const v = this.opt(column);
    if (v === null) return null;
    const x = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v.trim()) ? Number(v) : NaN;
    if (!Number.isFinite(x)) {
      this.error(column, `"${v}" is not a number`);
      return null;
    }
    if (x < min || x > max) {
      this.error(column, `${v} is out of range (${min} to ${max})`);
      return null;
    }
    return x;
  }

  /** A `' | '`-separated list of URLs (at least one). */
  urls(column: string): string[] {
    const list = this.text(column)
      .split(' | ')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    for (const u of list) {
      // A link with another scheme is already reported by the table rules (for every table).
      if (!/^https?:\/\/\S+$/.test(u) && nonHttpLink(u) === null) this.error(column, `"${u}" is not an http(s) URL`);
    }
    return list;
  }
}
