// SPDX-License-Identifier: MIT
// Every validation rule of the data build: the error names file, row (editor line) and column,
// the build fails, and the output folder is left exactly as it was.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectBuildError,
  makeWorkspace,
  removeWorkspaces,
  type Expected,
  type Workspace,
} from './support.ts';

afterAll(removeWorkspaces);

type Case = [name: string, edit: (ws: Workspace) => void, expected: Expected];
const M = 'data/members.csv';
const P = 'data/poles.csv';
const E = 'data/partnerships.csv';
const err = (file: string, row: number | null, column: string | null, text: string): Expected => ({
  file: file.replace(/^data\//, '').replace(/^geo\//, ''),
  row,
  column,
  text,
});

/** An edit that adds a line at the end of a file. */
const append =
  (rel: string, line: string) =>
  (w: Workspace): void =>
    w.write(rel, w.read(rel) + line);

const crossTable: Case[] = [
  [
    'unknown pôle in members',
    (w) => w.replace(M, 'imaginove,"Studio', 'imaginov,"Studio'),
    err(M, 4, 'pole', 'unknown pôle id "imaginov"'),
  ],
  [
    'unknown pôle in member_counts',
    (w) => w.replace('data/member_counts.csv', 'minalogic,~300', 'minalogik,~300'),
    err('member_counts.csv', 4, 'pole', 'unknown pôle id "minalogik"'),
  ],
  [
    'unknown pôle in members_unplaced',
    (w) => w.replace('data/members_unplaced.csv', 'aerospace-valley,Aerospace', 'nope,Aerospace'),
    err('members_unplaced.csv', 2, 'pole', 'unknown pôle id "nope"'),
  ],
  [
    'unknown source pôle of an edge',
    (w) => w.replace(E, 'pole-sans-siege,programme', 'pole-sans,programme'),
    err(E, 5, 'source_pole', 'unknown pôle id "pole-sans"'),
  ],
  [
    'edge to a missing pôle',
    (w) => w.replace(E, 'minalogic,pole,imaginove', 'minalogic,pole,imagine'),
    err(E, 2, 'target_id', 'unknown pôle id "imagine"'),
  ],
  [
    'unknown successor',
    (w) => w.replace(P, 'merged,minalogic', 'merged,minalogique'),
    err(P, 3, 'successor_id', 'unknown pôle id "minalogique"'),
  ],
  [
    'unknown commune code',
    (w) => w.replace(M, '69123,named-site', '69999,named-site'),
    err(M, 4, 'insee', 'unknown commune code "69999"'),
  ],
  [
    'retired commune code',
    (w) => w.replace(M, '69123,named-site', '23153,named-site'),
    err(M, 4, 'insee', 'retired commune code "23153" (Pigerolles), now part of 23090 Gentioux-Pigerolles'),
  ],
  [
    'arrondissement code',
    (w) => w.replace(M, '69123,named-site', '75107,named-site'),
    err(M, 4, 'insee', 'municipal arrondissement'),
  ],
  [
    'unknown HQ commune',
    (w) => w.replace(P, '38185,Rhône', '38999,Rhône'),
    err(P, 4, 'hq_insee', 'unknown commune code "38999"'),
  ],
  [
    'unknown région name',
    (w) => w.replace(P, 'Midi-Pyrénées;Guyane', 'Midi-Pyrénées;Gascogne'),
    err(P, 2, 'regions', 'unknown région "Gascogne"'),
  ],
];

const schema: Case[] = [
  [
    'missing column',
    (w) => w.replace(M, ',evidence,', ',evidences,'),
    err(M, 1, 'evidence', 'missing required column "evidence"'),
  ],
  [
    'missing value',
    (w) => w.replace(M, 'Airbus France', ''),
    err(M, 2, 'organisation', 'missing required value'),
  ],
  [
    'missing HQ pair',
    (w) => w.replace(P, 'Grenoble,38185', 'Grenoble,'),
    err(P, 4, 'hq_insee', 'given together'),
  ],
  [
    'duplicate pôle id',
    append(P, 'minalogic,Copy,Copy,Theme,numerique,,,,Rhône-Alpes,2005,,,,,high,https://example.org/x\n'),
    err(P, 6, 'id', 'duplicate id "minalogic" (first on row 4)'),
  ],
  [
    'sector',
    (w) => w.replace(P, 'numerique,mondial', 'digital,mondial'),
    err(P, 4, 'sector', '"digital" is not one of'),
  ],
  [
    'category_2005',
    (w) => w.replace(P, 'mondial,Toulouse', 'world,Toulouse'),
    err(P, 2, 'category_2005', '"world" is not one of'),
  ],
  [
    'end_reason',
    (w) => w.replace(P, 'delabelled', 'dropped'),
    err(P, 5, 'end_reason', '"dropped" is not one of'),
  ],
  [
    'confidence',
    (w) => w.replace(P, 'low,https', 'unsure,https'),
    err(P, 5, 'confidence', '"unsure" is not one of'),
  ],
  [
    'member kind',
    (w) => w.replace(M, 'recherche,fondateur', 'lab,fondateur'),
    err(M, 3, 'kind', '"lab" is not one of'),
  ],
  [
    'member role',
    (w) => w.replace(M, 'recherche,fondateur', 'recherche,founder'),
    err(M, 3, 'role', '"founder" is not one of'),
  ],
  [
    'site_basis',
    (w) => w.replace(M, '38185,named-site', '38185,office'),
    err(M, 3, 'site_basis', '"office" is not one of'),
  ],
  ['evidence', (w) => w.replace(M, ',stated,', ',said,'), err(M, 3, 'evidence', '"said" is not one of')],
  [
    'target_kind',
    (w) => w.replace(E, 'foreign-cluster', 'cluster'),
    err(E, 3, 'target_kind', '"cluster" is not one of'),
  ],
  ['partnership kind', (w) => w.replace(E, ',mou,', ',treaty,'), err(E, 3, 'kind', '"treaty" is not one of')],
  [
    'labelled_year not an integer',
    (w) => w.replace(P, '2005,2018', '2005.5,2018'),
    err(P, 3, 'labelled_year', '"2005.5" is not a year'),
  ],
  [
    'year_start not an integer',
    (w) => w.replace(E, '2008,,An MoU', 'c.2008,,An MoU'),
    err(E, 3, 'year_start', '"c.2008" is not a year'),
  ],
  [
    'member year',
    (w) => w.replace(M, '2005-2011', 'sometime'),
    err(M, 2, 'year', '"sometime" is not a year'),
  ],
  [
    'source not a URL',
    (w) => w.replace(M, 'https://example.org/m1', 'example.org/m1'),
    err(M, 2, 'source', 'not an http(s) URL'),
  ],
];

const coordinates: Case[] = [
  [
    'french cluster outside France',
    (w) => w.replace(E, '4.83638,45.75485', '-73.5673,45.5017'),
    err(E, 4, 'target_lon', 'outside France'),
  ],
  [
    'foreign latitude out of range',
    (w) => w.replace(E, '-73.5673,45.5017', '-73.5673,95.5'),
    err(E, 3, 'target_lat', 'out of range'),
  ],
  [
    'foreign longitude not a number',
    (w) => w.replace(E, '-73.5673,45.5017', 'west,45.5017'),
    err(E, 3, 'target_lon', 'not a number'),
  ],
  [
    'half a coordinate',
    (w) => w.replace(E, '-73.5673,45.5017', '-73.5673,'),
    err(E, 3, 'target_lat', 'given together'),
  ],
  [
    'commune centroid outside France (swapped lon/lat)',
    (w) => w.replace('geo/communes-centroids-2018.csv', '1.43209,43.59604', '43.59604,1.43209'),
    err('communes-centroids-2018.csv', 7, 'lon', 'outside France'),
  ],
];

const syntax: Case[] = [
  [
    'semicolon-separated',
    (w) =>
      w.write(
        'data/member_counts.csv',
        'pole;members_count;year;note;source\nminalogic;300;2015;adhérents;https://example.org/c\n',
      ),
    err(
      'member_counts.csv',
      1,
      'field 1',
      'expected comma-separated values, but the header is semicolon-separated',
    ),
  ],
  [
    'tab-separated',
    (w) => w.write('data/member_counts.csv', 'pole\tmembers_count\tyear\tnote\tsource\n'),
    err('member_counts.csv', 1, 'field 1', 'tab-separated'),
  ],
  [
    'UTF-8 BOM',
    (w) => w.write(E, '\uFEFF' + w.read(E)),
    err(E, 1, 'source_pole', 'save it as UTF-8 without BOM'),
  ],
  [
    'unterminated quote',
    (w) => w.replace(M, '"CEA, Leti"', '"CEA, Leti'),
    err(M, 3, 'organisation', 'unterminated quoted field'),
  ],
  [
    'unterminated quote at the end',
    (w) => w.replace(M, 'Port du Havre', '"Port du Havre'),
    err(M, 5, 'organisation', 'is never closed'),
  ],
  [
    'stray quote',
    (w) => w.replace(M, 'Airbus France', 'Airbus "France"'),
    err(M, 2, 'organisation', 'stray double quote'),
  ],
  [
    'text after a closing quote',
    (w) => w.replace(M, '"CEA, Leti"', '"CEA, Leti"x'),
    err(M, 3, 'organisation', 'unexpected text after a closing double quote'),
  ],
  [
    'Latin-1 encoding',
    (w) => w.write(M, Buffer.from(w.read(M), 'latin1')),
    err(M, 4, 'organisation', 'invalid UTF-8 (byte 0xE8'),
  ],
  [
    'Latin-1 in two fields of a row: the field of the first bad byte is named',
    (w) =>
      w.write(M, Buffer.from(w.read(M).replace('press-mention,,', 'press-mention,Imaginové,'), 'latin1')),
    err(M, 4, 'organisation', 'invalid UTF-8 (byte 0xE8'),
  ],
  [
    'Latin-1 in a later field only',
    (w) =>
      w.write(
        M,
        Buffer.from(w.read(M).replace('Lumière', 'Lumiere').replace(',Le Havre,', ',Lé Havre,'), 'latin1'),
      ),
    err(M, 5, 'commune', 'invalid UTF-8 (byte 0xE9'),
  ],
  [
    'too many fields',
    (w) => w.replace(M, 'https://example.org/m4', 'https://example.org/m4,extra'),
    err(M, 5, 'field 12', 'expected 11 fields as in the header, found 12'),
  ],
  [
    'too few fields',
    (w) => w.replace(M, ',https://example.org/m4', ''),
    err(M, 5, 'source', 'expected 11 fields as in the header, found 10'),
  ],
];

// Rules of every table, present and future (src/data/table-rules.ts, src/data/field-scan.ts).
const everyTable: Case[] = [
  [
    'duplicate member row (same pôle, organisation, commune code and site basis; case aside)',
    append(
      M,
      'aerospace-valley,AIRBUS FRANCE,grand-groupe,fondateur,Toulouse,31555,head-office,2008,stated,,https://example.org/d\n',
    ),
    err(M, 6, 'site_basis', 'duplicate row: same pole, organisation, insee, site_basis as row 2'),
  ],
  [
    'NUL byte',
    (w) => w.replace(M, 'Airbus France', 'Airbus\u0000France'),
    err(M, 2, 'organisation', 'control character U+0000'),
  ],
  [
    'C1 control character',
    (w) => w.replace(E, 'Joint projects', 'Joint\u0085projects'),
    err(E, 2, 'description', 'control character U+0085'),
  ],
  [
    'tab outside a quoted field',
    (w) => w.replace(P, 'Aerospace Valley,Aerospace Valley', 'Aerospace Valley,Aerospace\tValley'),
    err(P, 2, 'short_name', 'control character U+0009'),
  ],
  [
    'field over 10,000 characters',
    (w) => w.replace(M, 'Port du Havre', 'P'.repeat(10_001)),
    err(M, 5, 'organisation', 'field longer than 10,000 characters'),
  ],
  [
    'a 50 MB quoted field',
    (w) => w.replace(M, '"CEA, Leti"', `"${'é'.repeat(25_000_000)}"`),
    err(M, 3, 'organisation', 'field longer than 10,000 characters'),
  ],
  [
    'javascript: website',
    (w) => w.replace(P, 'aerospace-valley.com', 'javascript:alert(1)'),
    err(P, 2, 'website', '"javascript:alert(1)" is not an http(s) link'),
  ],
  [
    'data: source, its scheme split by a tab',
    (w) => w.replace(M, 'https://example.org/m2', '"da\tta:text/html,x"'),
    err(M, 3, 'source', 'is not an http(s) link'),
  ],
  [
    'javascript: link among http ones',
    (w) =>
      w.replace(
        E,
        'https://example.org/p1 | https://example.org/p2',
        'https://example.org/p1 | JavaScript:void(0)',
      ),
    err(E, 2, 'source', '"JavaScript:void(0)" is not an http(s) link'),
  ],
];

describe.each([
  ['rules of every table', everyTable],
  ['cross-table references and commune codes', crossTable],
  ['schema of the reference tables', schema],
  ['coordinates', coordinates],
  ['CSV syntax and encoding', syntax],
])('%s', (_group, cases) => {
  it.each(cases)('%s', async (_name, edit, expected) => {
    const ws = makeWorkspace();
    edit(ws);
    await expectBuildError(ws, expected);
  });
});

describe('error collection', () => {
  it('reports a missing file', async () => {
    const ws = makeWorkspace();
    rmSync(join(ws.dataDir, 'members_unplaced.csv'));
    await expectBuildError(ws, err('members_unplaced.csv', null, null, 'file not found'));
  });

  it('reports the errors of every file at once, capped at 20 per file', async () => {
    const ws = makeWorkspace();
    const bad = Array.from(
      { length: 30 },
      (_, i) => `ghost-${i},Org,pme,membre,Lyon,69123,named-site,2010,stated,,https://example.org/g\n`,
    );
    ws.write(M, ws.read(M) + bad.join(''));
    ws.replace(P, 'numerique,mondial', 'digital,mondial');
    const e = await expectBuildError(ws, err(M, 6, 'pole', 'unknown pôle id "ghost-0"'));
    expect(e.errors.filter((x) => x.file.endsWith('members.csv'))).toHaveLength(20);
    expect(e.omitted.get(e.errors.find((x) => x.file.endsWith('members.csv'))!.file)).toBe(10);
    expect(e.errors.some((x) => x.file.endsWith('poles.csv') && x.column === 'sector')).toBe(true);
    expect(e.message).toContain('10 more error(s) not shown');
  });
});
