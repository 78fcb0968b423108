// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { detectDelimiter, issuesOfRecords, parseCsv } from '../../src/data/csv.ts';
import { decodeLenient, decodeUtf8Strict, findInvalidUtf8, hasUtf8Bom } from '../../src/data/encoding.ts';

const fields = (text: string): string[][] => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv (RFC 4180)', () => {
  it('splits records and fields, without a record for the final line end', () => {
    expect(fields('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('')).toEqual([]);
  });

  it('accepts CRLF and lone CR line ends and counts lines', () => {
    const { records } = parseCsv('a,b\r\n1,2\r\n3,4\r5,6');
    expect(records.map((r) => [r.line, ...r.fields])).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
      [3, '3', '4'],
      [4, '5', '6'],
    ]);
  });

  it('handles quoted delimiters, doubled quotes and empty fields', () => {
    expect(fields('"a,b","say ""hi""",,""\n')).toEqual([['a,b', 'say "hi"', '', '']]);
    expect(fields('""')).toEqual([['']]);
  });

  it('keeps embedded newlines and the line of each field', () => {
    const { records, issues } = parseCsv('id,text,n\n1,"two\r\nlines",x\n2,y,z\n');
    expect(issues).toEqual([]);
    expect(records[1]).toEqual({ line: 2, fields: ['1', 'two\r\nlines', 'x'], fieldLines: [2, 2, 3] });
    expect(records[2]!.line).toBe(4);
  });

  it('reports broken quoting with line and field', () => {
    expect(parseCsv('a,b\n1,x"y\n').issues).toEqual([
      { line: 2, field: 2, message: expect.stringContaining('stray double quote') },
    ]);
    expect(parseCsv('a,b\n"1"x,2\n').issues[0]).toMatchObject({
      line: 2,
      field: 1,
      message: expect.stringContaining('after a closing'),
    });
    expect(parseCsv('a,b\n1,"open\n2,3\n').issues[0]).toMatchObject({
      line: 2,
      field: 2,
      message: expect.stringContaining('never closed'),
    });
    // The quote closes on a later line, before more text: blame the line that opened it.
    expect(parseCsv('a,b\n1,"open\n2,"x"y\n').issues[0]).toMatchObject({
      line: 2,
      field: 2,
      message: expect.stringContaining('probably missing'),
    });
  });

  it('assigns each issue to the record that contains it', () => {
    const { records, issues } = parseCsv('a,b\n1,"x\ny"z\n2,3\n');
    const byRecord = issuesOfRecords(records, issues);
    expect([...byRecord.keys()].map((r) => r.line)).toEqual([2]);
  });

  it('parses other delimiters when asked', () => {
    expect(parseCsv('a;"b;c"\n1;2', ';').records.map((r) => r.fields)).toEqual([
      ['a', 'b;c'],
      ['1', '2'],
    ]);
  });
});

describe('detectDelimiter', () => {
  it('picks the most frequent delimiter of the header, outside quotes', () => {
    expect(detectDelimiter('a,b,c\n')).toBe(',');
    expect(detectDelimiter('Nom;Code postal;Ville\r\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });
});

describe('encoding', () => {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

  it('finds the first invalid UTF-8 byte and its line', () => {
    expect(findInvalidUtf8(utf8('é€𝄞 ok'))).toBe(-1);
    const latin1 = Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0x52, 0x68, 0xf4, 0x6e, 0x65]); // "a\nb\nRhône" in Latin-1
    expect(findInvalidUtf8(latin1)).toBe(6);
    expect(decodeUtf8Strict(latin1)).toEqual({ ok: false, line: 3, byte: 0xf4 });
    expect(findInvalidUtf8(Uint8Array.from([0xc0, 0x80]))).toBe(0); // overlong
    expect(findInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(findInvalidUtf8(Uint8Array.from([0xe2, 0x82]))).toBe(0); // truncated
  });

  it('keeps a BOM visible in strict mode and strips it in lenient mode', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]);
    expect(hasUtf8Bom(bytes)).toBe(true);
    expect(decodeUtf8Strict(bytes)).toEqual({ ok: true, text: '\uFEFFa' });
    expect(decodeLenient(bytes)).toEqual({ text: 'a', encoding: 'utf-8', hadBom: true });
  });

  it('falls back to Windows-1252 for invalid UTF-8', () => {
    const cp1252 = Uint8Array.from([0x43, 0x9c, 0x75, 0x72, 0x20, 0x80, 0x20, 0xe9]); // "Cœur € é"
    expect(decodeLenient(cp1252)).toEqual({ text: 'Cœur € é', encoding: 'windows-1252', hadBom: false });
  });
});
