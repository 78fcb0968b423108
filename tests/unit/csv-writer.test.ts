// SPDX-License-Identifier: MIT
// The one CSV writer of the exports (src/data/csv.ts): RFC 4180 quoting and the OWASP "CSV
// injection" rules, so that a file opens safely in a spreadsheet of any locale (French Excel splits
// on `;`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvField, csvText, parseCsv } from '../../src/data/csv.ts';
import { partnershipsCsv } from '../../src/data/partnership-csv.ts';
import { sitesCsv, SITE_COLUMNS } from '../../src/export/rows.ts';
import type { MemberFeature } from '../../src/data/selection.ts';
import type { MembersFile, PartnershipsFile } from '../../src/types.ts';

const read = <T>(name: string): T => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;

describe('csvField', () => {
  it('quotes every field holding , ; " CR LF or tab, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a\tb')).toBe('"a\tb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('prefixes cells starting with = + - @ tab CR with an apostrophe, also after spaces or quotes', () => {
    for (const s of ['=1+1', '+33 1', '-x', '@SUM(A1)']) expect(csvField(s)).toBe(`'${s}`);
    expect(csvField('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvField(' =1+1')).toBe(`' =1+1`);
    expect(csvField('  @x')).toBe(`'  @x`);
    expect(csvField('"=cmd"')).toBe(`"'""=cmd"""`);
    expect(csvField("'=cmd")).toBe(`''=cmd`);
    expect(csvField('a=b')).toBe('a=b');
  });

  it('never lets a `;` start a formula cell in a French-locale spreadsheet', () => {
    const field = csvField('ACME;=HYPERLINK("http://x")');
    expect(field).toBe(`"ACME;'=HYPERLINK(""http://x"")"`);
    // A French spreadsheet opening a comma-separated line splits on `;`, even inside our quotes.
    const cells = parseCsv(['a', field, csvField('b;+c, d;-e')].join(','), ';').records[0]!.fields;
    expect(cells.length).toBeGreaterThan(1);
    for (const cell of cells) expect(cell).not.toMatch(/^[\s"]*[=+\-@]/);
    expect(csvField('x;  "@y')).toBe(`"x;  ""'@y"`);
    expect(csvField('x, -1')).toBe(`"x, '-1"`);
  });

  it('writes numbers as numbers, null and non-finite numbers as empty fields', () => {
    expect(csvField(-2.5)).toBe('-2.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
    expect(csvField(NaN)).toBe('');
  });

  it('reads back unchanged, with either delimiter, apart from the guard', () => {
    const values = ['a;b', 'x,y', 'q"q', 'l\r\nm', 't\tu', '=a;b', 'c;=d'];
    const text = csvText([values]);
    for (const delimiter of [',', ';'] as const) {
      const text2 = delimiter === ',' ? text : values.map(csvField).join(';') + '\r\n';
      expect(parseCsv(text2, delimiter).records[0]!.fields).toEqual([
        ...values.slice(0, 5),
        "'=a;b",
        "c;'=d",
      ]);
    }
  });
});

describe('the exports', () => {
  it('quote a `;` and guard a formula in the sites CSV', () => {
    const member = structuredClone(read<MembersFile>('members.geojson').features[0]!) as MemberFeature;
    member.properties.organisation = 'Dupont;=1+1';
    member.properties.source = ' -cmd';
    const text = sitesCsv([member]);
    for (const cell of parseCsv(text, ';').records[1]!.fields) expect(cell).not.toMatch(/^[\s"]*[=+\-@]/);
    const fields = parseCsv(text).records[1]!.fields;
    expect(fields[SITE_COLUMNS.indexOf('organisation')]).toBe("Dupont;'=1+1");
    expect(fields[SITE_COLUMNS.indexOf('source')]).toBe("' -cmd");
  });

  it('quote a `;` in the partnerships CSV', () => {
    const edge = {
      ...read<PartnershipsFile>('partnerships.json').edges[0]!,
      label: 'a;b',
      description: '@x',
    };
    const text = partnershipsCsv([edge], new Map());
    expect(text).toContain('"a;b"');
    expect(text).toContain("'@x");
  });
});
