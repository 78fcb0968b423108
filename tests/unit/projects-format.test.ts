// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notAfter, parseProjectDate } from '../../src/data/projects/dates.ts';
import { parseStatus, TEMPLATE_HEADER } from '../../src/data/projects/format.ts';
import { importProjectRows, importProjects, ProjectImportError } from '../../src/data/projects/parse.ts';

const POLES = [
  { id: 'aerospace-valley', name: 'Aerospace Valley', shortName: 'Aerospace Valley' },
  { id: 'alsace-biovalley', name: 'Alsace BioValley', shortName: 'Alsace BioValley' },
  { id: 'up-tex', name: 'UP-TEX', shortName: 'UP-TEX' },
];
const HEADER =
  'Identifiant;Titre;Pôles;Organisations françaises;Partenaires étrangers;Pays;Région étrangère;Thème;Programme;Étape;' +
  'Date idée;Date contact établi;Date projet défini;Date accord signé;Date en réalisation;Date abouti;Date abandonné;Source';
const GOOD =
  'P1;Train;Aerospace Valley;Org A | Org B;Partner X;CA;Québec;aéronautique;Symposium 2008;accord signé;;2008-05;;2009-03-02;;;;note';
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const run = (...rows: string[]) => importProjects(bytes([HEADER, ...rows].join('\n')), 'p.csv', POLES);
/** The one rejected row of a file made of the header, a good row and `row`. */
const rejectedOf = (row: string) => {
  const r = run(GOOD, row);
  expect(r.projects.map((p) => p.id)).toEqual(['P1']);
  expect(r.rejected).toHaveLength(1);
  return r.rejected[0]!;
};
/** GOOD with some fields replaced, by index. */
const edit = (changes: Record<number, string>): string =>
  GOOD.split(';')
    .map((v, k) => changes[k] ?? v)
    .join(';');

describe('project format', () => {
  it('reads a good row with French headers, lists split on | and the dates at their precision', () => {
    const r = run(GOOD);
    expect(r.rejected).toEqual([]);
    expect(r.projects).toEqual([
      {
        id: 'P1',
        title: 'Train',
        poles: ['aerospace-valley'],
        frenchOrganisations: ['Org A', 'Org B'],
        foreignPartners: ['Partner X'],
        country: 'CA',
        foreignRegion: 'Québec',
        sector: 'aéronautique',
        programme: 'Symposium 2008',
        status: 'accord',
        dates: { contact: '2008-05', accord: '2009-03-02' },
        source: 'note',
        row: 2,
      },
    ]);
  });

  it('accepts English headers, commas and Latin-1 (Excel)', () => {
    const en =
      'id,title,poles,country,foreign region,stage,date idea,date completed,date abandoned,source\r\n' +
      'E1,Tissé,up-tex;Alsace BioValley,de,Bade-Württemberg,completed,2010,2012-11,,rapport\r\n';
    const latin1 = Uint8Array.from([...en].map((c) => c.charCodeAt(0)));
    const r = importProjects(latin1, 'en.csv', POLES);
    expect(r.encoding).toBe('windows-1252');
    expect(r.rejected).toEqual([]);
    expect(r.projects[0]).toMatchObject({
      poles: ['up-tex', 'alsace-biovalley'],
      country: 'DE',
      foreignRegion: 'Bade-Württemberg',
      title: 'Tissé',
      status: 'abouti',
      dates: { idee: '2010', abouti: '2012-11' },
    });
  });

  it('the template names every column in French and is accepted as an empty list', () => {
    const template = readFileSync(join(__dirname, '../../data/templates/projets-partenariat.csv'));
    expect(new TextDecoder().decode(template).trim()).toBe(TEMPLATE_HEADER.join(';'));
    expect(importProjects(template, 't.csv', POLES)).toMatchObject({ projects: [], rejected: [], rows: 0 });
  });

  it('refuses a file that is empty or lacks a required column, naming it', () => {
    expect(() => importProjects(bytes(''), 'e.csv', POLES)).toThrow(/e\.csv: the file is empty/);
    expect(() =>
      importProjects(bytes('Identifiant;Titre;Pôles;Pays;Source\nP1;T;up-tex;CA;s'), 'm.csv', POLES),
    ).toThrow(ProjectImportError);
    expect(() => importProjects(bytes('Identifiant;Titre;Pôles;Pays;Source\n'), 'm.csv', POLES)).toThrow(
      /missing column\(s\): "Étape"/,
    );
  });

  it.each([
    ['empty identifier', edit({ 0: '' }), 'Identifiant', /empty identifier/],
    ['empty title', edit({ 0: 'P2', 1: '' }), 'Titre', /empty title/],
    ['empty pôle', edit({ 0: 'P2', 2: '' }), 'Pôles', /empty pôle/],
    ['unknown pôle', edit({ 0: 'P2', 2: 'up-tex | Pôle inconnu' }), 'Pôles', /unknown pôle "Pôle inconnu"/],
    ['empty country', edit({ 0: 'P2', 5: '' }), 'Pays', /empty country/],
    [
      'country not a code',
      edit({ 0: 'P2', 5: 'Canada' }),
      'Pays',
      /"Canada" is not a two-letter country code/,
    ],
    ['French country', edit({ 0: 'P2', 5: 'fr' }), 'Pays', /FR is not foreign/],
    ['empty stage', edit({ 0: 'P2', 9: '' }), 'Étape', /empty stage/],
    ['unknown stage', edit({ 0: 'P2', 9: 'signature' }), 'Étape', /unknown stage "signature"/],
    ['not a date', edit({ 0: 'P2', 11: 'mai 2008' }), 'Date contact établi', /"mai 2008" is not a date/],
    ['impossible day', edit({ 0: 'P2', 13: '31/02/2009' }), 'Date accord signé', /day 31 does not exist/],
    ['impossible month', edit({ 0: 'P2', 13: '2009-13' }), 'Date accord signé', /month 13 does not exist/],
    ['year out of range', edit({ 0: 'P2', 13: '209' }), 'Date accord signé', /not a date/],
    ['year too far', edit({ 0: 'P2', 13: '2208' }), 'Date accord signé', /year 2208 is out of range/],
    [
      'no date for the current stage',
      edit({ 0: 'P2', 13: '' }),
      'Date accord signé',
      /the project is at this stage/,
    ],
    ['a date after the current stage', edit({ 0: 'P2', 15: '2011' }), 'Date abouti', /after the current one/],
    [
      'dates going back',
      edit({ 0: 'P2', 11: '2010' }),
      'Date accord signé',
      /2009-03-02 is before the date of an earlier stage \(2010\)/,
    ],
    ['abandon date but not abandoned', edit({ 0: 'P2', 16: '2010' }), 'Date abandonné', /an abandon date/],
    [
      'abandoned without its date',
      edit({ 0: 'P2', 9: 'abandonné' }),
      'Date abandonné',
      /the project is abandoned/,
    ],
    [
      'abandoned with no stage date',
      'P2;T;up-tex;;;CA;;;;abandoned;;;;;;;2010;s',
      null,
      /at least the last stage/,
    ],
    [
      'abandoned before its last stage',
      edit({ 0: 'P2', 9: 'abandonné', 16: '2009-01' }),
      'Date abandonné',
      /before the date of an earlier stage/,
    ],
    ['empty source', edit({ 0: 'P2', 17: '' }), 'Source', /empty source/],
    ['duplicate identifier', GOOD, 'Identifiant', /duplicate identifier "P1" \(first on row 2\)/],
    ['too few fields', 'P2;T;up-tex', null, /expected 18 fields as in the header, found 3/],
    ['malformed CSV', edit({ 0: 'P2', 1: 'Le "train"' }), null, /malformed CSV: stray double quote/],
  ])('names the row and the column of a bad row: %s', (_, row, column, reason) => {
    const bad = rejectedOf(row);
    expect(bad.row).toBe(3);
    expect(bad.column).toBe(column);
    expect(bad.reason).toMatch(reason);
  });

  it('keeps the good rows around bad ones and counts the blank lines out', () => {
    const r = run(
      edit({ 0: 'P0', 5: 'XX1' }),
      '',
      GOOD,
      edit({ 0: 'P3', 9: 'idée', 10: '2008', 11: '', 13: '' }),
    );
    expect(r.projects.map((p) => [p.id, p.row])).toEqual([
      ['P1', 4],
      ['P3', 5],
    ]);
    expect(r.rejected.map((x) => [x.row, x.id])).toEqual([[2, 'P0']]);
    expect(r.rows).toBe(3);
  });

  it('reports progress while checking rows', () => {
    const steps = importProjectRows(bytes([HEADER, GOOD, edit({ 0: 'P2' })].join('\n')), 'p.csv', POLES, 1);
    const phases: string[] = [];
    let s = steps.next();
    while (!s.done) {
      phases.push(`${s.value.phase}:${s.value.done}/${s.value.total}`);
      s = steps.next();
    }
    expect(phases.slice(2)).toEqual(['check:0/2', 'check:1/2', 'check:2/2']);
    expect(s.value.projects).toHaveLength(2);
  });

  it('dates and stage names', () => {
    expect(parseProjectDate('22/05/2008')).toEqual({ ok: true, date: '2008-05-22' });
    expect(parseProjectDate('5/2008')).toEqual({ ok: true, date: '2008-05' });
    expect(parseProjectDate('2008-5-2')).toEqual({ ok: true, date: '2008-05-02' });
    expect(parseProjectDate('29/02/2009').ok).toBe(false);
    expect(notAfter('2008', '2008-05')).toBe(true);
    expect(notAfter('2008-06', '2008')).toBe(true);
    expect(notAfter('2008-06', '2008-05-30')).toBe(false);
    expect(parseStatus('Contact Etabli')).toBe('contact');
    expect(parseStatus('under way')).toBe('realisation');
    expect(parseStatus('ABANDONNE')).toBe('abandonne');
  });
});
