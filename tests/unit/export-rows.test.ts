// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.ts';
import { applyFilters } from '../../src/data/filters.ts';
import {
  POLE_COLUMNS,
  SITE_COLUMNS,
  polesCsv,
  shownGeoJson,
  shownRows,
  sitesCsv,
} from '../../src/export/rows.ts';
import { decodeHash } from '../../src/state/hash.ts';
import { buildHostileData, HOSTILE, HOSTILE_POLE } from '../fixtures/hostile/build.ts';
import type { MembersFile, PolesFile } from '../../src/types.ts';

const read = <T>(name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;
const data = { poles: read<PolesFile>('poles.geojson'), members: read<MembersFile>('members.geojson') };
const STATES = ['#v=1', '#v=1&year=2005', '#v=1&year=2010&sector=mer', '#v=1&region=76&kind=pme'];

describe('CSV and GeoJSON of the rows shown', () => {
  it.each(STATES)('%s: as many records as applyFilters keeps', (hash) => {
    const state = decodeHash(hash).state;
    const shown = applyFilters(data.poles.features, data.members.features, state.year, state.filters);
    expect(shownRows(data, state)).toEqual(shown);
    const poles = parseCsv(polesCsv(shown.poles));
    const sites = parseCsv(sitesCsv(shown.members));
    expect(poles.issues).toEqual([]);
    expect(sites.issues).toEqual([]);
    expect(poles.records).toHaveLength(shown.poles.length + 1);
    expect(sites.records).toHaveLength(shown.members.length + 1);
    expect(poles.records.map((r) => r.fields[0]).slice(1)).toEqual(shown.poles.map((f) => f.id));
    const geo = shownGeoJson(shown);
    expect(geo.features.filter((f) => f.properties.record === 'pole')).toHaveLength(shown.poles.length);
    expect(geo.features.filter((f) => f.properties.record === 'member-site')).toHaveLength(
      shown.members.length,
    );
  });

  it('writes the header of the data tables, one field per column in every record, CRLF line ends', () => {
    const shown = shownRows(data, decodeHash('#v=1').state);
    const text = polesCsv(shown.poles);
    expect(text.startsWith(`${POLE_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    for (const r of parseCsv(text).records) expect(r.fields).toHaveLength(POLE_COLUMNS.length);
    for (const r of parseCsv(sitesCsv(shown.members)).records)
      expect(r.fields).toHaveLength(SITE_COLUMNS.length);
  });

  it('keeps a pôle without a documented HQ, with empty coordinates and a null geometry', () => {
    const shown = shownRows(data, decodeHash('#v=1').state);
    const unplaced = shown.poles.find((f) => f.geometry === null)!;
    const record = parseCsv(polesCsv([unplaced])).records[1]!.fields;
    expect(record[POLE_COLUMNS.indexOf('lon')]).toBe('');
    expect(shownGeoJson(shown).features.find((f) => f.id === unplaced.id)?.geometry).toBeNull();
  });
});

describe('hostile strings', () => {
  const hostile = buildHostileData();
  const FORMULA = '=HYPERLINK("http://evil.example","click")';
  const member = hostile.members.features.find((f) => f.properties.pole === HOSTILE_POLE)!;
  member.properties.commune = FORMULA;
  const pole = hostile.poles.features.find((f) => f.id === HOSTILE_POLE)!;
  pole.properties.theme = '-2+3';
  const shown = shownRows(hostile, decodeHash('#v=1').state);

  it('stay text in the CSV: markup kept as written, formulas defused with an apostrophe', () => {
    const poles = parseCsv(polesCsv(shown.poles)).records.find((r) => r.fields[0] === HOSTILE_POLE)!.fields;
    expect(poles[POLE_COLUMNS.indexOf('name')]).toBe(HOSTILE.poleName);
    expect(poles[POLE_COLUMNS.indexOf('theme')]).toBe("'-2+3");
    const site = parseCsv(sitesCsv(shown.members)).records.find(
      (r) => r.fields[SITE_COLUMNS.indexOf('organisation')] === HOSTILE.organisation,
    )!.fields;
    expect(site[SITE_COLUMNS.indexOf('commune')]).toBe(`'${FORMULA}`);
    expect(site[SITE_COLUMNS.indexOf('source')]).toBe(HOSTILE.source);
  });

  it('round-trip unchanged through the GeoJSON', () => {
    const back = JSON.parse(JSON.stringify(shownGeoJson(shown))) as ReturnType<typeof shownGeoJson>;
    const names = back.features.map((f) =>
      'name' in f.properties ? f.properties.name : f.properties.organisation,
    );
    expect(names).toContain(HOSTILE.poleName);
    expect(names).toContain(HOSTILE.organisation);
  });
});
