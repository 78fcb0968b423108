// SPDX-License-Identifier: MIT
// The rules every reference table follows, on a table the build does not know yet: a table added
// later (with an id, a link column) gets them from the reader, with no code of its own.
import { describe, expect, it } from 'vitest';
import { ErrorCollector } from '../../src/data/errors.ts';
import { scanFields } from '../../src/data/field-scan.ts';
import { readStrictCsv } from '../../src/data/table-reader.ts';

function read(text: string): string[] {
  const errors = new ErrorCollector();
  readStrictCsv('data/future.csv', new TextEncoder().encode(text), ['id'], errors);
  return errors.errors.map((e) => e.message);
}

describe('rules of any table', () => {
  it('rejects a repeated id, a non-http link and a control character, with row and column', () => {
    const text =
      'id,note,event_url\n' +
      'a,"two\tcolumns\nand a line",https://example.org/a\n' +
      'b,ok,javascript:alert(1)\n' +
      'A,x\u0001y,example.org\n';
    expect(read(text)).toEqual([
      'data/future.csv, row 5, column note: control character U+0001 (only a tab or a line break inside a quoted field is allowed)',
      'data/future.csv, row 5, column id: duplicate id "A" (first on row 2)',
      'data/future.csv, row 4, column event_url: "javascript:alert(1)" is not an http(s) link',
    ]);
  });

  it('accepts a tab and line breaks inside a quoted field, links without a scheme and host:port', () => {
    expect(read('id,website\na,"x\ty\r\nz"\nb,example.org:8080/p\nc,HTTPS://EXAMPLE.ORG\n')).toEqual([]);
  });

  it('reports a field once, however long or however many control characters it holds', () => {
    const bytes = new TextEncoder().encode(`id\n"${'\u0000'.repeat(50)}${'x'.repeat(20_000)}"\n`);
    expect(scanFields(bytes)).toEqual([
      { line: 2, field: 1, kind: 'control', code: 0 },
      { line: 2, field: 1, kind: 'oversize' },
    ]);
  });
});
