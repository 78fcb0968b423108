// SPDX-License-Identifier: MIT
// The data build end to end on the fixture dataset: output shapes, determinism, atomic swap, CLI.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CommunesFile,
  Manifest,
  MembersFile,
  PartnershipsFile,
  PolesFile,
  TerritoriesFile,
} from '../../src/types.ts';
import { FRANCE_OBJECTS } from '../../src/types.ts';
import { sha256 } from '../../scripts/lib/fs.ts';
import { build, makeWorkspace, removeWorkspaces, ROOT, type Workspace } from './support.ts';

afterAll(removeWorkspaces);

let ws: Workspace;
const json = <T>(name: string): T => JSON.parse(readFileSync(join(ws.outDir, name), 'utf8')) as T;

beforeAll(async () => {
  ws = makeWorkspace();
  await build(ws);
});

describe('outputs of the fixture build', () => {
  it('places pôles at their HQ commune, sorted by id, and keeps pôles without HQ with a null geometry', () => {
    const poles = json<PolesFile>('poles.geojson');
    expect(poles.features.map((f) => f.id)).toEqual([
      'aerospace-valley',
      'imaginove',
      'minalogic',
      'pole-sans-siege',
    ]);
    const [av, imaginove, minalogic, sans] = poles.features;
    expect(av!.geometry).toEqual({ type: 'Point', coordinates: [1.43209, 43.59604] });
    expect(av!.properties).toMatchObject({
      hqDepartement: '31',
      hqRegion: '76',
      hqRegion2015: '73',
      regions: ['Midi-Pyrénées', 'Guyane'],
      sources: ['https://example.org/av-1', 'https://example.org/av-2'],
      documentedSites: 2,
      unplacedMembers: 1,
      category2005: 'mondial',
      website: 'aerospace-valley.com',
      endedYear: null,
    });
    expect(av!.properties.memberCounts).toEqual([
      {
        count: '<500',
        year: 2005,
        yearLabel: '2005',
        note: '"un peu moins de 500"',
        source: 'https://example.org/c1',
      },
      { count: '637', year: 2013, yearLabel: '2013', note: 'registry', source: 'https://example.org/c2' },
    ]);
    expect(imaginove!.properties).toMatchObject({
      endedYear: 2018,
      endReason: 'merged',
      successorId: 'minalogic',
    });
    expect(minalogic!.properties.predecessorIds).toEqual(['imaginove']);
    expect(minalogic!.properties.memberCounts[0]).toMatchObject({ year: 2015, yearLabel: 'c.2015' });
    expect(sans!.geometry).toBeNull();
    expect(sans!.properties).toMatchObject({
      hqCommune: null,
      hqInsee: null,
      hqDepartement: null,
      hqRegion2015: null,
      category2005: null,
      theme: 'Un thème "entre guillemets"',
    });
    expect(Object.keys(av!.properties)).toEqual([
      'id',
      'name',
      'shortName',
      'theme',
      'sector',
      'category2005',
      'hqCommune',
      'hqInsee',
      'hqDepartement',
      'hqRegion',
      'hqRegion2015',
      'regions',
      'labelledYear',
      'endedYear',
      'endReason',
      'successorId',
      'predecessorIds',
      'website',
      'confidence',
      'sources',
      'memberCounts',
      'documentedSites',
      'unplacedMembers',
      'periods',
      'hqHistory',
    ]);
  });

  it('geocodes members at their commune, with ids from the row number', () => {
    const members = json<MembersFile>('members.geojson');
    expect(
      members.features.map((f) => [
        f.id,
        f.properties.organisation,
        f.properties.commune,
        f.properties.departement,
        f.properties.region,
        f.properties.region2015,
      ]),
    ).toEqual([
      ['m1', 'Airbus France', 'Toulouse', '31', '76', '73'],
      ['m2', 'CEA, Leti', 'Grenoble', '38', '84', '82'],
      ['m3', 'Studio "Lumière"', 'Lyon', '69', '84', '82'],
      // Seine-Maritime is not among the fixture's départements: its pre-2016 région is unknown.
      ['m4', 'Port du Havre', 'Le Havre', '76', '28', null],
    ]);
    expect(Object.keys(members.features[0]!.properties).slice(6, 10)).toEqual([
      'departement',
      'region',
      'region2015',
      'siteBasis',
    ]);
    expect(members.features[2]!.properties).toMatchObject({
      year: 'c.2012',
      evidence: 'press-mention',
      poleNameInSource: null,
      siret: null,
      siteBasis: 'named-site',
    });
  });

  it('resolves both ends of partnership edges', () => {
    const { edges } = json<PartnershipsFile>('partnerships.json');
    expect(edges.map((e) => [e.id, e.sourceLonLat, e.targetLonLat])).toEqual([
      ['e1', [5.72112, 45.18219], [4.83638, 45.75485]],
      ['e2', [1.43209, 43.59604], [-73.5673, 45.5017]],
      ['e3', [5.72112, 45.18219], [4.83638, 45.75485]],
      ['e4', null, null],
    ]);
    expect(edges[0]!.sources).toEqual(['https://example.org/p1', 'https://example.org/p2']);
  });

  it('writes one France topology with the four objects and their properties', () => {
    const topo = json<Topology>('france.topo.json');
    expect(Object.keys(topo.objects)).toEqual([...FRANCE_OBJECTS]);
    const deps = topo.objects.departements as GeometryCollection<{
      code: string;
      nom: string;
      region: string;
    }>;
    expect(deps.geometries.map((g) => g.properties)).toEqual([
      { code: '31', nom: 'Haute-Garonne', region: '76' },
      { code: '38', nom: 'Isère', region: '84' },
      { code: '69', nom: 'Rhône', region: '84' },
      { code: '974', nom: 'La Réunion', region: '04' },
    ]);
    expect((topo.objects.regions2015 as GeometryCollection).geometries.map((g) => g.properties)).toEqual([
      { code: '73', nom: 'Midi-Pyrénées' },
      { code: '82', nom: 'Rhône-Alpes' },
    ]);
    expect(topo.transform).toBeDefined();
    const land = feature(topo, topo.objects.land as GeometryCollection);
    expect(land.features).toHaveLength(1);
    expect(Object.keys(json<Topology>('world.topo.json').objects)).toEqual(['countries']);
  });

  it('writes communes.json as columns of equal length', () => {
    const c = json<CommunesFile>('communes.json');
    const lengths = [c.code, c.name, c.lon, c.lat, c.departement, c.region, c.postalCodes, c.population].map(
      (a) => a.length,
    );
    expect(new Set(lengths)).toEqual(new Set([13]));
    expect(c.population[c.code.indexOf('69123')]).toBeGreaterThan(400_000);
  });

  it('writes territories.json: populations summed by département, areas, pre-2016 région found on the map', () => {
    const t = json<TerritoriesFile>('territories.json');
    expect(t.populationSource).toMatch(/^population légale du paquet @etalab\/decoupage-administratif@/);
    expect(t.departements.map((d) => [d.code, d.region, d.region2015])).toEqual([
      ['31', '76', '73'],
      ['38', '84', '82'],
      ['69', '84', '82'],
      ['974', '04', '04'],
    ]);
    // The fixture squares are wound as RFC 7946 says (counter-clockwise), which d3 reads inverted:
    // a 1° × 1° square at 43.5° N is about 111.2² × cos(43.5°) ≈ 8,970 km².
    expect(t.departements[0]!.areaKm2).toBeGreaterThan(8900);
    expect(t.departements[0]!.areaKm2).toBeLessThan(9050);
    expect(t.regions2015.map((r) => r.code)).toEqual(['04', '73', '82']);
    const rhoneAlpes = t.regions2015.find((r) => r.code === '82')!;
    expect(rhoneAlpes.population).toBe(t.departements[1]!.population + t.departements[2]!.population);
    expect(t.regions.find((r) => r.code === '84')!.population).toBe(rhoneAlpes.population);
  });

  it('describes every output in the manifest, without timestamps', () => {
    const manifest = json<Manifest>('manifest.json');
    expect(manifest.attribution).toBe('Contours : IGN Admin Express, INSEE COG — Licence Ouverte');
    for (const f of manifest.files) {
      const bytes = readFileSync(join(ws.outDir, f.file));
      expect(f.sha256, f.file).toBe(sha256(bytes));
      expect(f.bytes).toBe(bytes.length);
    }
    expect(manifest.files.map((f) => f.file)).toEqual([
      'communes.json',
      'france.topo.json',
      'members.geojson',
      'partnerships.json',
      'poles.geojson',
      'territories.json',
      'time.json',
      'world.topo.json',
    ]);
    expect(JSON.stringify(manifest)).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('keeps files it does not own and leaves no temp folder behind', () => {
    expect(readFileSync(join(ws.outDir, 'sentinel.txt'), 'utf8')).toBe('not owned by the build');
    expect(readdirSync(join(ws.dir, 'public'))).toEqual(['data']);
    expect(readdirSync(ws.dir).sort()).toEqual(['data', 'geo', 'public']);
  });
});

describe('raw boundaries', () => {
  it('rejects a boundary layer whose features lack a code, leaving the output untouched', async () => {
    const broken = makeWorkspace();
    broken.replace('geo/regions-avec-outre-mer.geojson', '"code": "84",', '');
    const before = broken.outSnapshot();
    await expect(build(broken)).rejects.toThrow(
      /regions-avec-outre-mer\.geojson: expected a FeatureCollection .* \(feature 2\)/,
    );
    expect(broken.outSnapshot()).toEqual(before);
  });
});

describe('determinism', () => {
  it('gives the same bytes when built twice', async () => {
    const again = makeWorkspace();
    await build(again);
    for (const f of readdirSync(ws.outDir)) {
      expect(readFileSync(join(again.outDir, f)).equals(readFileSync(join(ws.outDir, f))), f).toBe(true);
    }
  });
});

describe('command line', () => {
  it('exits 1 with file, row and column, and leaves the output untouched', async () => {
    const broken = makeWorkspace();
    broken.replace('data/members.csv', '69123,named-site', '69999,named-site');
    const before = broken.outSnapshot();
    const args = [
      'tsx',
      'scripts/build-data.ts',
      '--data',
      broken.dataDir,
      '--geo',
      broken.geoDir,
      '--out',
      broken.outDir,
    ];
    const result = await promisify(execFile)('npx', args, { cwd: ROOT }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/members\.csv, row 4, column insee: unknown commune code "69999"/);
    expect(broken.outSnapshot()).toEqual(before);
  }, 30_000);
});
