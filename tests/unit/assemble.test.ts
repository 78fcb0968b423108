// SPDX-License-Identifier: MIT
// Cross-table checks that the fixture build cannot reach (the centroid table itself rejects
// out-of-France points), tested on a hand-made commune index.
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/data/assemble.ts';
import { ErrorCollector } from '../../src/data/errors.ts';
import type { MemberRow, PoleRow } from '../../src/data/tables.ts';
import { CommuneIndex } from '../../src/geo/commune-index.ts';

const pole: PoleRow = {
  line: 2,
  id: 'p',
  name: 'P',
  shortName: 'P',
  theme: 't',
  sector: 'autre',
  category2005: null,
  hqCommune: 'Null Island',
  hqInsee: '00000',
  regions: ['Bretagne'],
  labelledYear: 2005,
  endedYear: null,
  endReason: null,
  successorId: null,
  website: null,
  confidence: 'high',
  sources: ['https://example.org'],
};
const member: MemberRow = {
  line: 7,
  index: 6,
  pole: 'p',
  organisation: 'O',
  kind: 'pme',
  role: 'membre',
  commune: 'Null Island',
  insee: '00000',
  siteBasis: 'named-site',
  year: '2010',
  evidence: 'stated',
  poleNameInSource: null,
  source: 'https://example.org',
};
const files = {
  poles: 'poles.csv',
  members: 'members.csv',
  memberCounts: 'mc.csv',
  unplaced: 'u.csv',
  partnerships: 'e.csv',
};
const communes = new CommuneIndex([
  { code: '00000', name: 'Null Island', lon: 0, lat: 0, departement: '00', region: '00', postalCodes: [] },
  {
    code: '35238',
    name: 'Rennes',
    lon: -1.68,
    lat: 48.11,
    departement: '35',
    region: '53',
    postalCodes: ['35000'],
  },
]);

describe('assemble', () => {
  it('rejects a placed row whose commune centroid lies outside France', () => {
    const errors = new ErrorCollector();
    const rows = { poles: [pole], members: [member], memberCounts: [], unplaced: [], partnerships: [] };
    assemble(rows, files, communes, errors, { regionNames: new Set(['Bretagne']) });
    expect(errors.errors.map((e) => [e.file, e.row, e.column])).toEqual([
      ['poles.csv', 2, 'hq_insee'],
      ['members.csv', 7, 'insee'],
    ]);
    expect(errors.errors[1]!.message).toBe(
      'members.csv, row 7, column insee: the centroid of 00000 Null Island (0, 0) is outside France and its overseas départements',
    );
  });

  it('builds ids from data row numbers and counts documented sites per pôle', () => {
    const errors = new ErrorCollector();
    const rennes = { ...pole, hqInsee: '35238', hqCommune: 'Rennes' };
    const rows = {
      poles: [rennes],
      members: [{ ...member, insee: '35238' }],
      memberCounts: [],
      unplaced: [],
      partnerships: [],
    };
    const out = assemble(rows, files, communes, errors, { regionNames: null });
    expect(errors.count).toBe(0);
    expect(out.members.features[0]!.id).toBe('m6');
    expect(out.poles.features[0]!.properties.documentedSites).toBe(1);
    expect(out.unplacedPoles).toEqual([]);
  });
});
