// SPDX-License-Identifier: MIT
// `--members` is read in blocks of whole records (bounded memory): the result is exactly that of one
// importMemberList call on the whole file, whatever the block size, encoding, BOM, quoted line
// breaks, blank lines, or blocks where nothing could be placed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMemberList, NothingPlacedError } from '../../src/data/member-import.ts';
import { CommuneIndex } from '../../src/geo/commune-index.ts';
import type { CommunesFile } from '../../src/types.ts';
import { syntheticCsv } from '../../scripts/bench/synthetic.ts';
import { importMemberFile } from '../../scripts/lib/member-stream.ts';
import { fixtureCommunesFile } from './support.ts';

const poles = [
  { id: 'aerospace-valley', name: 'Aerospace Valley', shortName: 'Aerospace Valley' },
  { id: 'minalogic', name: 'Minalogic', shortName: 'Minalogic' },
  { id: 'imaginove', name: 'Imaginove', shortName: 'Imaginove' },
];
const dir = mkdtempSync(join(tmpdir(), 'poles-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let file: CommunesFile;
let communes: CommuneIndex;
beforeAll(() => {
  file = fixtureCommunesFile();
  communes = CommuneIndex.fromFile(file);
});

function both(name: string, bytes: Uint8Array, blockChars: number): [unknown, unknown] {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const run = (f: () => unknown): unknown => {
    try {
      return f();
    } catch (e) {
      return e instanceof NothingPlacedError ? { error: e.message, rows: e.rows } : e;
    }
  };
  return [
    run(() => importMemberFile(path, name, poles, communes, blockChars)),
    run(() => importMemberList(bytes, name, poles, communes)),
  ];
}

/** A synthetic list (labelled so) with rows that cannot be placed, quoted line breaks and blank lines. */
function list(): string {
  const [header, ...rows] = syntheticCsv(
    600,
    file,
    poles.map((p) => p.id),
  )
    .trimEnd()
    .split('\n');
  const unplaced = Array.from(
    { length: 80 },
    (_, i) => `Synthetic lost ${i} (synthetic),99999,,,minalogic,pme,`,
  );
  const odd = [
    '"Synthetic ""quoted""\nmember (synthetic)",38185,,,minalogic,pme,',
    '',
    'Synthetic Société (synthetic),,,,nowhere,pme,',
    ',38185,,,minalogic,pme,',
  ];
  return [header, ...unplaced, ...rows.slice(0, 300), ...odd, ...rows.slice(300)].join('\r\n') + '\r\n';
}

describe('importMemberFile', () => {
  it.each([100, 997, 5000, 1 << 22])(
    'gives importMemberList’s result, in blocks of %i characters',
    (block) => {
      const [streamed, whole] = both(`list-${block}.csv`, new TextEncoder().encode(list()), block);
      expect((whole as { report: { placed: number } }).report.placed).toBeGreaterThan(500);
      expect(streamed).toEqual(whole);
    },
  );

  it('reads Windows-1252 and a BOM as importMemberList does', () => {
    const latin1 = Buffer.from(list().replace('Société', 'Soci\u00e9t\u00e9'), 'latin1');
    const [a, b] = both('latin1.csv', latin1, 500);
    expect((b as { report: { encoding: string } }).report.encoding).toBe('windows-1252');
    expect(a).toEqual(b);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(list())]);
    const [c, d] = both('bom.csv', bom, 500);
    expect(c).toEqual(d);
  });

  it('fails as importMemberList does when nothing is placed, or a column is missing', () => {
    const lost = list()
      .split('\r\n')
      .filter((l, i) => i === 0 || l.includes('lost'))
      .join('\n');
    const [a, b] = both('lost.csv', new TextEncoder().encode(lost), 300);
    expect((b as { error: string }).error).toMatch(/no row could be placed \(80 data rows; row 2:/);
    expect(a).toEqual(b);
    const [c, d] = both('columns.csv', new TextEncoder().encode('Nom,Ville\nA,Lyon\n'), 300);
    expect(String(c)).toMatch(/missing column/);
    expect(String(c)).toBe(String(d));
  });
});
