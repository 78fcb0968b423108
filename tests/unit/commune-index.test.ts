// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCollector } from '../../src/data/errors.ts';
import { normaliseCommuneName } from '../../src/data/normalise.ts';
import { CommuneIndex, departementOfCode, departementOfPostalCode } from '../../src/geo/commune-index.ts';
import { franceAreaOf, isInFrance } from '../../src/geo/france-extent.ts';
import type { CommunesFile } from '../../src/types.ts';
import { buildCommunesFile, readCentroids } from '../../scripts/lib/communes.ts';
import { cog, FIXTURES } from './support.ts';

let file: CommunesFile;
let index: CommuneIndex;
beforeAll(() => {
  const errors = new ErrorCollector();
  const rows = readCentroids(
    'c.csv',
    readFileSync(join(FIXTURES, 'geo/communes-centroids-2018.csv')),
    errors,
  );
  expect(errors.count).toBe(0);
  file = buildCommunesFile(rows, cog());
  index = CommuneIndex.fromFile(JSON.parse(JSON.stringify(file)) as CommunesFile);
});

describe('communes.json', () => {
  it('has one row per 2018 commune, sorted, with département, 2016 région and postal codes', () => {
    expect(file.code).toHaveLength(13);
    expect([...file.code]).toEqual([...file.code].sort());
    const i = file.code.indexOf('2A004');
    expect([file.name[i], file.departement[i], file.region[i], file.postalCodes[i]]).toEqual([
      'Ajaccio',
      '2A',
      '94',
      '20000 20090 20167',
    ]);
    const r = file.code.indexOf('97411');
    expect([file.departement[r], file.region[r]]).toEqual(['974', '04']);
  });

  it('restores the article that the 2018 table drops ("Havre" → "Le Havre")', () => {
    expect(file.name[file.code.indexOf('76351')]).toBe('Le Havre');
  });

  it('lists retired and arrondissement codes as aliases', () => {
    const k = file.aliases.code.indexOf('23153');
    expect([file.aliases.kind[k], file.aliases.target[k], file.aliases.partOf[k]]).toEqual([
      'retired',
      '23090',
      '23090 Gentioux-Pigerolles',
    ]);
    const a = file.aliases.code.indexOf('75107');
    expect([file.aliases.kind[a], file.aliases.target[a]]).toEqual(['arrondissement', '75056']);
  });
});

describe('CommuneIndex', () => {
  it('finds a commune by code, also without its leading zero', () => {
    expect(index.lookupCode('31555')).toMatchObject({
      status: 'found',
      commune: { name: 'Toulouse', lon: 1.43209, lat: 43.59604 },
    });
    expect(index.lookupCode('1001')).toMatchObject({ status: 'found', commune: { code: '01001' } });
    expect(index.lookupCode('2a004')).toMatchObject({ status: 'found', commune: { code: '2A004' } });
    expect(index.lookupCode('99999')).toEqual({ status: 'unknown' });
  });

  it('resolves a retired code to its chef-lieu and explains it', () => {
    const r = index.lookupCode('23153');
    expect(r.status === 'alias' && r.alias.target?.code).toBe('23090');
    expect(index.explainUnknownCode('23153')).toBe(
      'retired commune code "23153" (Pigerolles), now part of 23090 Gentioux-Pigerolles: use the COG 2018 code',
    );
  });

  it('finds communes by postal code and by normalised name', () => {
    expect(index.withPostalCode('38610').map((c) => c.name)).toEqual(['Gières', 'Venon']);
    expect(index.withName('LE HAVRE').map((c) => c.code)).toEqual(['76351']);
    expect(index.withName('gieres').map((c) => c.code)).toEqual(['38179']);
    expect(index.withName('Grenoble', '38').map((c) => c.code)).toEqual(['38185']);
    expect(index.withName('Grenoble', '69')).toEqual([]);
  });
});

describe('normalisation and codes', () => {
  it('normalises commune names as people write them', () => {
    expect(normaliseCommuneName("L'Isle-d'Abeau")).toBe('isle d abeau');
    expect(normaliseCommuneName('St-Étienne CEDEX 2')).toBe('saint etienne');
    expect(normaliseCommuneName('Paris 7e arrondissement')).toBe('paris');
    expect(normaliseCommuneName('Lyon 3ème')).toBe('lyon');
  });

  it('derives départements from commune and postal codes', () => {
    expect(['31555', '2A004', '97411'].map(departementOfCode)).toEqual(['31', '2A', '974']);
    expect(['20000', '20200', '97400', '1000'].map(departementOfPostalCode)).toEqual([
      '2A',
      '2B',
      '974',
      '01',
    ]);
  });
});

describe('france extent', () => {
  it('accepts metropolitan France, Corsica and the five overseas départements', () => {
    const places: [number, number, string][] = [
      [2.3428, 48.85661, 'metropole'],
      [8.70111, 41.93486, 'corse'],
      [-61.53, 16.24, '971'],
      [-61.07, 14.6, '972'],
      [-52.33, 4.93, '973'],
      [55.447, -20.93306, '974'],
      [45.23, -12.78, '976'],
    ];
    for (const [lon, lat, id] of places) expect(franceAreaOf(lon, lat)?.id).toBe(id);
  });

  it('rejects swapped coordinates and foreign places', () => {
    expect(isInFrance(43.59604, 1.43209)).toBe(false);
    expect(isInFrance(-73.5673, 45.5017)).toBe(false);
    expect(isInFrance(0, 0)).toBe(false);
  });
});
