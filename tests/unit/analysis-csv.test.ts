// SPDX-License-Identifier: MIT
// The analysis CSV writer: RFC 4180 quoting, CRLF records, and the spreadsheet formula guard.
import { describe, expect, it } from 'vitest';
import { csvField, csvText } from '../../src/analysis/csv.ts';

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('');
  });

  it('prefixes text that a spreadsheet would evaluate, but not numbers', () => {
    for (const s of ['=1+1', '+33 1', '-x', '@SUM(A1)']) expect(csvField(s)).toBe(`'${s}`);
    expect(csvField('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvField('=a,b')).toBe(`"'=a,b"`);
    expect(csvField(-2.5)).toBe('-2.5');
    expect(csvField(0)).toBe('0');
  });

  it('writes null and non-finite numbers as empty fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(Infinity)).toBe('');
    expect(csvField(NaN)).toBe('');
  });
});

describe('csvText', () => {
  it('ends every record with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('a,b\r\n1,\r\n');
    expect(csvText([])).toBe('');
  });
});
