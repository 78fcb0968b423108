// SPDX-License-Identifier: MIT
// Validation errors that point at a place a person can open in a text editor: file, line, column.
// The build collects them all (capped per file) so one run shows every problem, not the first one.

export class DataError extends Error {
  constructor(
    /** File name as the user knows it (e.g. `data/members.csv`). */
    readonly file: string,
    /** 1-based line number as shown by a text editor; null when the error concerns the whole file. */
    readonly row: number | null,
    /** Column name from the header (or `field N` when the header does not name it); null for the whole row. */
    readonly column: string | null,
    readonly detail: string,
  ) {
    super(formatLocation(file, row, column) + detail);
    this.name = 'DataError';
  }
}

function formatLocation(file: string, row: number | null, column: string | null): string {
  let where = file;
  if (row !== null) where += `, row ${row}`;
  if (column !== null) where += `, column ${column}`;
  return where + ': ';
}

/** Thrown once at the end of a failed validation, carrying every collected error. */
export class DataErrors extends Error {
  constructor(
    readonly errors: readonly DataError[],
    /** Errors left out of `errors` per file because of the cap. */
    readonly omitted: ReadonlyMap<string, number>,
  ) {
    super(formatErrors(errors, omitted));
    this.name = 'DataErrors';
  }
}

export function formatErrors(errors: readonly DataError[], omitted: ReadonlyMap<string, number>): string {
  const lines = errors.map((e) => e.message);
  for (const [file, n] of omitted) lines.push(`${file}: … and ${n} more error(s) not shown`);
  return lines.join('\n');
}

/** Collects errors, keeping at most `cap` per file so a systematically broken file stays readable. */
export class ErrorCollector {
  private readonly list: DataError[] = [];
  private readonly perFile = new Map<string, number>();
  private readonly omitted = new Map<string, number>();

  constructor(private readonly cap = 20) {}

  add(file: string, row: number | null, column: string | null, detail: string): void {
    const n = (this.perFile.get(file) ?? 0) + 1;
    this.perFile.set(file, n);
    if (n > this.cap) this.omitted.set(file, (this.omitted.get(file) ?? 0) + 1);
    else this.list.push(new DataError(file, row, column, detail));
  }

  get count(): number {
    return this.list.length + [...this.omitted.values()].reduce((a, b) => a + b, 0);
  }

  countFor(file: string): number {
    return this.perFile.get(file) ?? 0;
  }

  get errors(): readonly DataError[] {
    return this.list;
  }

  /** Throws a DataErrors if anything was collected. */
  throwIfAny(): void {
    if (this.count > 0) throw new DataErrors([...this.list], new Map(this.omitted));
  }
}
