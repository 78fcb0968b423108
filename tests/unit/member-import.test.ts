// SPDX-License-Identifier: MIT
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPoleMatcher, importMemberKind, mapImportHeaders } from '../../src/data/import-headers.ts';
import { importMemberList, MemberImportError, placeCommune } from '../../src/data/member-import.ts';
import { CommuneIndex } from '../../src/geo/commune-index.ts';
import { build, fixtureCommunes, FIXTURES, makeWorkspace, removeWorkspaces } from './support.ts';

afterAll(removeWorkspaces);

const POLES = [
  { id: 'aerospace-valley', name: 'Aerospace Valley', shortName: 'Aerospace Valley' },
  { id: 'imaginove', name: 'Imaginove', shortName: 'Imaginove' },
  {
    id: 'minalogic',
    name: 'Minalogic (Micro-nanotechnologies et logiciel Grenoble-Isère compétitivité)',
    shortName: 'Minalogic',
  },
  {
    id: 'pole-mer-mediterranee',
    name: 'Pôle Mer Méditerranée (Pôle Mer PACA)',
    shortName: 'Pôle Mer Méditerranée',
  },
];
const fixture = (name: string): Uint8Array => readFileSync(join(FIXTURES, 'members-import', name));
const csv = (text: string): Uint8Array => new TextEncoder().encode(text);

let communes: CommuneIndex;
beforeAll(() => {
  communes = fixtureCommunes();
});

describe('header and value recognition', () => {
  it('recognises French and English headers in any case, with or without accents', () => {
    expect(
      mapImportHeaders([
        'RAISON SOCIALE',
        'code postal',
        'Localité',
        'POLE DE COMPETITIVITE',
        'catégorie',
        'Siret',
      ]),
    ).toEqual({
      organisation: 0,
      postalCode: 1,
      commune: 2,
      pole: 3,
      kind: 4,
      siret: 5,
    });
    expect(mapImportHeaders(['Établissement', 'Code INSEE', 'pole_id'])).toEqual({
      organisation: 0,
      insee: 1,
      pole: 2,
    });
    expect(mapImportHeaders(['Denomination', 'COG', 'Pôle', 'Nom'])).toEqual({
      organisation: 0,
      insee: 1,
      pole: 2,
    });
  });

  it('maps member types to the project kinds', () => {
    const kinds = [
      'PME',
      'Start-up',
      'ETI',
      'Grand groupe',
      'Grande entreprise',
      'Laboratoire',
      'Recherche',
      'Organisme de recherche',
      'Formation',
      'École',
      'Université',
      'Collectivité',
      'Association',
      '',
      'pme',
      'grand-groupe',
    ];
    expect(kinds.map(importMemberKind)).toEqual([
      'pme',
      'pme',
      'eti',
      'grand-groupe',
      'grand-groupe',
      'recherche',
      'recherche',
      'recherche',
      'formation',
      'formation',
      'formation',
      'collectivite',
      'autre',
      'autre',
      'pme',
      'grand-groupe',
    ]);
  });

  it('matches pôles by id, short name, name or bracketed former name', () => {
    const match = createPoleMatcher(POLES);
    expect(
      ['minalogic', 'MINALOGIC', 'Aerospace-Valley', 'Pôle Mer PACA', 'pole mer mediterranee', 'Inconnu'].map(
        match,
      ),
    ).toEqual([
      'minalogic',
      'minalogic',
      'aerospace-valley',
      'pole-mer-mediterranee',
      'pole-mer-mediterranee',
      null,
    ]);
  });
});

describe('placeCommune', () => {
  const place = (site: { code?: string; postalCode?: string; name?: string }): string =>
    ((r) => ('commune' in r ? r.commune.code : `! ${r.reason}`))(placeCommune(communes, site));

  it('places by code first, a retired code at its chef-lieu, a district at its city', () => {
    expect(place({ code: '31555', postalCode: '38000' })).toBe('31555');
    expect(place({ code: '23153' })).toBe('23090');
    expect(place({ code: '75107' })).toBe('75056');
  });

  it('falls back to postal code and name, then to a postal code held by one commune', () => {
    expect(place({ code: '99999', postalCode: '38610', name: 'Venon' })).toBe('38533');
    expect(place({ postalCode: '38610', name: 'GIERES' })).toBe('38179');
    expect(place({ postalCode: '76600' })).toBe('76351');
    expect(place({ postalCode: '38041', name: 'Grenoble CEDEX 9' })).toBe('38185');
    expect(place({ name: 'Le Havre' })).toBe('76351');
  });

  it('explains why a site cannot be placed', () => {
    expect(place({ postalCode: '38610' })).toBe(
      '! postal code 38610 is shared by 2 communes (Gières, Venon): add the commune name or code',
    );
    expect(place({ code: '99999' })).toContain('unknown commune code "99999"');
    expect(place({})).toBe('! no commune code, postal code or commune name');
  });
});

describe('importMemberList', () => {
  it('reads a Windows-1252, semicolon-separated list with French headers and reports unplaced rows', () => {
    const { members, report, unplacedByPole } = importMemberList(
      fixture('adherents-fr.csv'),
      'adherents-fr.csv',
      POLES,
      communes,
    );
    expect(report).toMatchObject({ encoding: 'windows-1252', delimiter: 'semicolon', rows: 8, placed: 5 });
    expect(report.columns).toMatchObject({
      organisation: 'Raison sociale',
      postalCode: 'Code postal',
      commune: 'Ville',
      pole: 'Pôle de compétitivité',
      insee: null,
    });
    expect(
      members.features.map((f) => [f.id, f.properties.organisation, f.properties.insee, f.properties.kind]),
    ).toEqual([
      ['m1', "Société Générale d'Électronique", '38185', 'pme'],
      ['m2', 'Labo Énergie', '38185', 'recherche'],
      ['m3', 'Venon SA', '38533', 'eti'],
      ['m7', 'Airbus Opérations', '31555', 'grand-groupe'],
      ['m8', 'Cœur Industries €', '69123', 'collectivite'],
    ]);
    const first = members.features[0]!;
    expect(first.properties).toMatchObject({
      siteBasis: 'imported',
      evidence: null,
      source: 'adherents-fr.csv',
      siret: '12345678900012',
      pole: 'minalogic',
      departement: '38',
      region: '84',
    });
    expect(first.geometry.coordinates).toEqual([5.72112, 45.18219]);
    expect(report.unplaced.map((u) => [u.row, u.reason.slice(0, 30)])).toEqual([
      [5, 'postal code 38610 is shared by'],
      [6, 'no commune has postal code "99'],
      [7, 'unknown pôle "Pôle Inexistant"'],
    ]);
    expect([...unplacedByPole]).toEqual([['minalogic', 2]]);
  });

  it('reads a UTF-8 list with a BOM, commune codes and English headers', () => {
    const { members, report } = importMemberList(
      fixture('members-insee.csv'),
      'members-insee.csv',
      POLES,
      communes,
    );
    expect(report).toMatchObject({ encoding: 'utf-8', delimiter: 'comma', rows: 5, placed: 5, unplaced: [] });
    expect(members.features.map((f) => f.properties.insee)).toEqual([
      '31555',
      '01001',
      '23090',
      '75056',
      '69123',
    ]);
    expect(members.features.map((f) => f.properties.kind)).toEqual([
      'grand-groupe',
      'pme',
      'autre',
      'eti',
      'pme',
    ]);
  });

  it('reads tab-separated lists and reports malformed rows', () => {
    const text = 'Nom\tCode commune\tPôle\nA\t31555\tminalogic\nB "x\t31555\tminalogic\nC\t31555\n';
    const { report } = importMemberList(csv(text), 'tab.tsv', POLES, communes);
    expect(report).toMatchObject({ delimiter: 'tab', rows: 3, placed: 1 });
    expect(report.unplaced.map((u) => [u.row, u.reason.split(':')[0]])).toEqual([
      [3, 'malformed CSV'],
      [4, 'expected 3 fields as in the header, found 2'],
    ]);
  });

  it('fails with the columns found and the accepted names when a column is missing', () => {
    const run = (): unknown => importMemberList(csv('Société,Ville\nA,Lyon\n'), 'bad.csv', POLES, communes);
    expect(run).toThrow(MemberImportError);
    expect(run).toThrow(
      /missing column\(s\): organisation; pôle\. Columns found: "Société", "Ville"\. Accepted names.*"Raison sociale"/,
    );
  });

  it('fails when no row can be placed', () => {
    const run = (): unknown =>
      importMemberList(csv('Nom,CP,Pôle\nA,99999,minalogic\n'), 'none.csv', POLES, communes);
    expect(run).toThrow(/no row could be placed \(1 data rows; row 2: no commune has postal code "99999"/);
  });
});

describe('npm run data -- --members', () => {
  it('builds members.geojson from the list and writes the report, counted per pôle', async () => {
    const ws = makeWorkspace();
    const result = await build(ws, { membersFile: join(FIXTURES, 'members-import/adherents-fr.csv') });
    expect(result.importReport?.placed).toBe(5);
    const report = JSON.parse(readFileSync(join(ws.outDir, 'members-import-report.json'), 'utf8'));
    expect(report.unplaced).toHaveLength(3);
    const poles = JSON.parse(readFileSync(join(ws.outDir, 'poles.geojson'), 'utf8'));
    const minalogic = poles.features.find((f: { id: string }) => f.id === 'minalogic');
    expect(minalogic.properties).toMatchObject({ documentedSites: 3, unplacedMembers: 2 });
    const manifest = JSON.parse(readFileSync(join(ws.outDir, 'manifest.json'), 'utf8'));
    expect(manifest.files.find((f: { file: string }) => f.file === 'members.geojson').sources[0]).toBe(
      'import:adherents-fr.csv',
    );
  });

  it('leaves the output untouched when the list cannot be imported', async () => {
    const ws = makeWorkspace();
    ws.write('bad.csv', 'Société,Ville\nA,Lyon\n');
    const before = ws.outSnapshot();
    await expect(build(ws, { membersFile: join(ws.dir, 'bad.csv') })).rejects.toThrow(MemberImportError);
    expect(ws.outSnapshot()).toEqual(before);
    expect(existsSync(join(ws.outDir, 'members-import-report.json'))).toBe(false);
  });
});
