// SPDX-License-Identifier: MIT
// Member lists as hosts and people give them (issue 14): UTF-16 from Excel's "Unicode text", duplicate
// rows, a malformed URL. The same code runs in the browser's worker and in `npm run data -- --members`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeLenient, detectUtf16 } from '../../src/data/encoding.ts';
import { importMemberList } from '../../src/data/member-import.ts';
import { CommuneIndex } from '../../src/geo/commune-index.ts';
import { malformedPercent } from '../../src/workers/protocol.ts';
import { build, fixtureCommunes, makeWorkspace, removeWorkspaces } from './support.ts';

afterAll(removeWorkspaces);

const POLES = [{ id: 'minalogic', name: 'Minalogic', shortName: 'Minalogic' }];
const LIST = 'Raison sociale;Code commune;Pôle\nSociété Générale;31555;minalogic\nÉcole;75056;minalogic\n';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[2 * i + (endian === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = u >> 8;
  });
  return out;
}

let communes: CommuneIndex;
beforeAll(() => {
  communes = fixtureCommunes();
});

describe('UTF-16 lists', () => {
  for (const [endian, bom] of [
    ['le', true],
    ['be', true],
    ['le', false],
    ['be', false],
  ] as const) {
    it(`reads UTF-16${endian.toUpperCase()} ${bom ? 'with' : 'without'} a BOM, header names and accents intact`, () => {
      const bytes = utf16(LIST, endian, bom);
      expect(decodeLenient(bytes)).toEqual({ text: LIST, encoding: `utf-16${endian}`, hadBom: bom });
      const { members, report } = importMemberList(bytes, 'unicode.txt', POLES, communes);
      expect(report).toMatchObject({
        encoding: `utf-16${endian}`,
        delimiter: 'semicolon',
        rows: 2,
        placed: 2,
      });
      expect(report.columns).toMatchObject({
        organisation: 'Raison sociale',
        insee: 'Code commune',
        pole: 'Pôle',
      });
      expect(members.features.map((f) => f.properties.organisation)).toEqual(['Société Générale', 'École']);
    });
  }

  it('does not take UTF-8 or Windows-1252 lists for UTF-16', () => {
    expect(detectUtf16(new TextEncoder().encode(LIST))).toBeNull();
    expect(detectUtf16(Uint8Array.from([0x45, 0x63, 0x6f, 0x6c, 0x65, 0xe9]))).toBeNull();
    expect(decodeLenient(new TextEncoder().encode(LIST)).encoding).toBe('utf-8');
  });
});

describe('duplicate rows', () => {
  const list =
    'Nom,Code commune,Pôle\n' +
    'ACME,31555,minalogic\n' +
    'Beta,31555,minalogic\n' +
    'acme ,31555,Minalogic\n' + // the same site: case, spacing and the pôle's short name differ
    'ACME,75056,minalogic\n' + // another site of the same organisation
    'ACME,31555,minalogic\n';

  it('places a site once and reports each duplicate row with the row it repeats', () => {
    const { members, report } = importMemberList(new TextEncoder().encode(list), 'dup.csv', POLES, communes);
    expect(members.features.map((f) => [f.properties.organisation, f.properties.insee])).toEqual([
      ['ACME', '31555'],
      ['Beta', '31555'],
      ['ACME', '75056'],
    ]);
    expect(report).toMatchObject({ rows: 5, placed: 3, unplaced: [] });
    expect(report.duplicates).toEqual([
      { row: 4, of: 2 },
      { row: 6, of: 2 },
    ]);
  });

  it('are listed in the data build’s import report, and a UTF-16 list builds', async () => {
    const ws = makeWorkspace();
    ws.write('dup.csv', list);
    await build(ws, { membersFile: join(ws.dir, 'dup.csv') });
    const report = JSON.parse(readFileSync(join(ws.outDir, 'members-import-report.json'), 'utf8'));
    expect(report.duplicates).toEqual([
      { row: 4, of: 2 },
      { row: 6, of: 2 },
    ]);
    const ws16 = makeWorkspace();
    ws16.write('unicode.txt', Buffer.from(utf16(LIST, 'le', true)));
    const result = await build(ws16, { membersFile: join(ws16.dir, 'unicode.txt') });
    expect(result.importReport).toMatchObject({ encoding: 'utf-16le', placed: 2 });
  });
});

describe('malformedPercent', () => {
  it('names a URL with a lone %, not one with %XX escapes', () => {
    expect(malformedPercent('https://x.org/list%.csv')).toBe('https://x.org/list%.csv');
    expect(malformedPercent('https://x.org/100%25-pme%zz.csv')).not.toBeNull();
    expect(malformedPercent('https://x.org/liste%20PME%C3%A9.csv')).toBeNull();
  });
});
