// SPDX-License-Identifier: MIT
// The step-by-step import the worker runs (importMemberList drains the same generator): the fixture
// lists, and progress at least every 2,000 rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importMemberRows, NothingPlacedError, type ImportStep } from '../../src/data/member-import.ts';
import { CommuneIndex } from '../../src/geo/commune-index.ts';
import type { CommunesFile, PolesFile } from '../../src/types.ts';

const poles = (JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile).features.map(
  (f) => f.properties,
);
let communes: CommuneIndex;
beforeAll(() => {
  communes = CommuneIndex.fromFile(
    JSON.parse(readFileSync('public/data/communes.json', 'utf8')) as CommunesFile,
  );
});

/** Runs the generator to its end: its steps and its result, or what it threw. */
function run(bytes: Uint8Array, name: string, every?: number) {
  const steps: ImportStep[] = [];
  const gen = importMemberRows(bytes, name, poles, communes, every);
  try {
    for (let s = gen.next(); ; s = gen.next()) {
      if (s.done) return { steps, result: s.value };
      steps.push(s.value);
    }
  } catch (error) {
    return { steps, error };
  }
}

describe('the fixture lists', () => {
  const read = (name: string) => run(readFileSync(join('tests/fixtures/member-lists', name)), name);

  it('reads an Excel export in Windows-1252 with ";" and reports the row it cannot place', () => {
    const { result } = read('latin1.csv');
    expect(result!.report).toMatchObject({
      encoding: 'windows-1252',
      delimiter: 'semicolon',
      rows: 3,
      placed: 2,
    });
    expect(result!.members.features.map((f) => f.properties.organisation)).toEqual([
      'Société Générale d’Électronique',
      'Thalès Systèmes Aéroportés',
    ]);
    expect(result!.report.unplaced).toEqual([
      expect.objectContaining({ row: 4, organisation: 'Crêperie Œcuménique €' }),
    ]);
  });

  it('reads ";" and tab delimiters', () => {
    expect(read('semicolon.csv').result!.report).toMatchObject({
      delimiter: 'semicolon',
      placed: 3,
      unplaced: [],
    });
    expect(read('tab.csv').result!.report).toMatchObject({ delimiter: 'tab', placed: 2, unplaced: [] });
  });

  it('lists each unknown commune or pôle by row, and keeps the good rows', () => {
    const { result } = read('unknown-commune.csv');
    expect(result!.report.placed).toBe(2);
    expect(result!.report.unplaced.map((u) => [u.row, u.reason])).toEqual([
      [3, expect.stringContaining('99999')],
      [5, 'unknown commune "Ville-Qui-N-Existe-Pas"'],
      [6, expect.stringContaining('unknown pôle "Pôle Inexistant"')],
    ]);
  });

  it('refuses a list without its columns, and an empty file', () => {
    expect((read('missing-column.csv').error as Error).message).toMatch(
      /^missing-column\.csv: missing column\(s\): pôle/,
    );
    expect((read('empty.csv').error as Error).message).toBe('empty.csv: the file is empty');
  });

  it('gives every row of a list that places nothing, for the report', () => {
    const bytes = new TextEncoder().encode('Nom,Ville,Pôle\nA,Atlantis,Minalogic\nB,Mu,Minalogic\n');
    const { error } = run(bytes, 'none.csv');
    expect(error).toBeInstanceOf(NothingPlacedError);
    expect((error as NothingPlacedError).rows.map((r) => r.row)).toEqual([2, 3]);
  });
});

describe('progress', () => {
  it('steps through decode, parse and place, at least every 2,000 rows, ending at the total', () => {
    const rows = Array.from({ length: 5001 }, (_, i) => `Org ${i},31555,aerospace-valley`);
    const bytes = new TextEncoder().encode(['Nom,Code INSEE,Pôle', ...rows].join('\n'));
    const { steps, result } = run(bytes, 'big.csv');
    expect(result!.report.placed).toBe(5001);
    expect(steps.slice(0, 2).map((s) => s.phase)).toEqual(['decode', 'parse']);
    const place = steps.filter((s) => s.phase === 'place');
    expect(place.map((s) => s.done)).toEqual([0, 2000, 4000, 5001]);
    expect(place.every((s) => s.total === 5001)).toBe(true);
  });
});
