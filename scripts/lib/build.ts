// SPDX-License-Identifier: MIT
// The data build as a function (the CLI in scripts/build-data.ts and the tests call it): read and
// validate the reference tables and raw boundaries, geocode, write public/data all at once.
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { assemble } from '../../src/data/assemble.ts';
import { ErrorCollector } from '../../src/data/errors.ts';
import type { MemberImportReport } from '../../src/data/member-import.ts';
import * as tables from '../../src/data/tables.ts';
import { assembleTime, parseTimeTables, TIME_TABLE_FILES, withTime } from '../../src/data/time/tables.ts';
import { CommuneIndex } from '../../src/geo/commune-index.ts';
import type { ProjectsFile } from '../../src/data/projects/file.ts';
import type { Manifest, ManifestEntry } from '../../src/types.ts';
import { buildCommunesFile, readCentroids } from './communes.ts';
import { buildProjects } from './projects.ts';
import { loadCog, packageFile, packageVersion, type Cog } from './cog.ts';
import { importMemberFile } from './member-stream.ts';
import {
  byteLength,
  inputProblem,
  recoverInterruptedSwap,
  replaceDirAtomically,
  sha256,
  type Bytes,
} from './fs.ts';
import * as out from './serialise.ts';
import { buildTerritories, withRegion2015 } from './territories.ts';
import { buildFranceTopology, countGeometries, worldCountries, type FranceLayers } from './topo.ts';

export const ATTRIBUTION = 'Contours : IGN Admin Express, INSEE COG — Licence Ouverte';
const TABLES_ATTRIBUTION = `Compiled from the public sources cited on each row (MIT); ${ATTRIBUTION}`;
const OVERSEAS = ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte'];
export const GEO_FILES = {
  centroids: 'communes-centroids-2018.csv',
  land: 'metropole-et-outre-mer.geojson',
  regions: 'regions-avec-outre-mer.geojson',
  regions2015: 'regions-avant-redecoupage-2015.geojson',
  departements: 'departements-avec-outre-mer.geojson',
} as const;
export const OUTPUT_FILES = [
  'poles.geojson',
  'members.geojson',
  'partnerships.json',
  'france.topo.json',
  'world.topo.json',
  'communes.json',
  'territories.json',
  'time.json',
  'manifest.json',
  'members-import-report.json',
  'projects.json',
] as const;

export interface BuildOptions {
  /** Repository root: defaults are data/, ../shared/data/geo and public/data relative to it. */
  root: string;
  dataDir?: string;
  geoDir?: string;
  outDir?: string;
  /** A full member list (CSV) to use instead of data/members.csv. */
  membersFile?: string;
  /** A list of partnership projects (CSV): projects.json is written only when given. */
  projectsFile?: string;
  /** The current COG, injectable so that tests load it once. */
  cog?: Cog;
}

export interface BuildResult {
  outDir: string;
  files: ManifestEntry[];
  unplacedPoles: { id: string; name: string }[];
  importReport: MemberImportReport | null;
  projects: ProjectsFile | null;
  carriedOver: string[];
}

const shown = (path: string): string => relative(process.cwd(), path) || path;

export async function buildData(options: BuildOptions): Promise<BuildResult> {
  const root = resolve(options.root);
  const dataDir = resolve(root, options.dataDir ?? 'data');
  const geoDir = resolve(root, options.geoDir ?? '../shared/data/geo');
  const outDir = resolve(root, options.outDir ?? 'public/data');
  const errors = new ErrorCollector(20);
  // First of all, a run killed during its swap gets its previous output folder back.
  await recoverInterruptedSwap(outDir);

  // A missing input folder is one error, not one per file it should hold.
  for (const dir of [dataDir, geoDir]) {
    const problem = inputProblem(dir, 'folder');
    if (problem) errors.add(shown(dir), null, null, problem);
  }
  errors.throwIfAny();
  const read = (path: string): Uint8Array => {
    const problem = inputProblem(path);
    if (problem) {
      errors.add(shown(path), null, null, problem);
      return new Uint8Array();
    }
    return readFileSync(path);
  };
  const readJson = <T>(path: string): T | null => {
    const bytes = read(path);
    if (bytes.length === 0) return null;
    try {
      return JSON.parse(new TextDecoder().decode(bytes)) as T;
    } catch (e) {
      errors.add(shown(path), null, null, `invalid JSON: ${(e as Error).message}`);
      return null;
    }
  };

  // 1. Reference tables (strict).
  const f = Object.fromEntries(
    Object.entries(tables.TABLE_FILES).map(([k, name]) => [k, shown(join(dataDir, name))]),
  ) as Record<keyof typeof tables.TABLE_FILES, string>;
  const file = (k: keyof typeof tables.TABLE_FILES): Uint8Array => read(join(dataDir, tables.TABLE_FILES[k]));
  const rows = {
    poles: tables.parsePoles(f.poles, file('poles'), errors),
    members: tables.parseMembers(f.members, file('members'), errors),
    memberCounts: tables.parseMemberCounts(f.memberCounts, file('memberCounts'), errors),
    unplaced: tables.parseUnplaced(f.unplaced, file('unplaced'), errors),
    partnerships: tables.parsePartnerships(f.partnerships, file('partnerships'), errors),
  };
  const timeFiles = Object.fromEntries(
    Object.entries(TIME_TABLE_FILES).map(([k, name]) => [k, shown(join(dataDir, name))]),
  ) as Record<keyof typeof TIME_TABLE_FILES, string>;
  const timeRows = parseTimeTables(timeFiles, (k) => read(join(dataDir, TIME_TABLE_FILES[k])), errors);

  // 2. Raw boundaries and communes.
  const geo = (k: keyof typeof GEO_FILES): string => join(geoDir, GEO_FILES[k]);
  const centroids = readCentroids(shown(geo('centroids')), read(geo('centroids')), errors);
  // Boundary layers must be FeatureCollections whose features carry a code and a name.
  const readLayer = (k: 'regions' | 'regions2015' | 'departements'): FeatureCollection | null => {
    const fc = readJson<FeatureCollection>(geo(k));
    if (fc === null) return null;
    const bad = Array.isArray(fc.features)
      ? fc.features.findIndex((x) => !x?.geometry || !x.properties?.code || !x.properties?.nom)
      : 0;
    if (fc.type !== 'FeatureCollection' || bad >= 0) {
      const which = Array.isArray(fc.features) ? ` (feature ${bad + 1})` : '';
      errors.add(
        shown(geo(k)),
        null,
        null,
        `expected a FeatureCollection of features with a geometry and code and nom properties${which}`,
      );
      return null;
    }
    return fc;
  };
  const layers = {
    land: readJson<FranceLayers['land']>(geo('land')),
    regions: readLayer('regions'),
    regions2015: readLayer('regions2015'),
    departements: readLayer('departements'),
  };
  // Schema errors do not stop here: cross-table checks still run so that one run lists everything.
  // Without readable boundaries or communes, though, nothing can be geocoded.
  if (Object.values(layers).includes(null) || errors.countFor(shown(geo('centroids'))) > 0)
    errors.throwIfAny();
  const cog = options.cog ?? loadCog();
  const communesFile = buildCommunesFile(centroids, cog);
  const communes = CommuneIndex.fromFile(communesFile);
  const regionNames = new Set([
    ...layers.regions2015!.features.map((x) => String(x.properties?.nom)),
    ...OVERSEAS,
  ]);

  // 3. Optional member-list import (lenient), then cross-table checks and geocoding.
  let imported: ReturnType<typeof importMemberFile> | null = null;
  if (options.membersFile) {
    const path = resolve(options.membersFile);
    const problem = inputProblem(path);
    if (problem) errors.add(shown(path), null, null, problem);
    // Report the reference tables' errors first: the import relies on poles.csv.
    errors.throwIfAny();
    imported = importMemberFile(path, basename(path), rows.poles, communes);
  }
  let projects: ReturnType<typeof buildProjects> | null = null;
  if (options.projectsFile) {
    const path = resolve(options.projectsFile);
    const problem = inputProblem(path);
    if (problem) errors.add(shown(path), null, null, problem);
    errors.throwIfAny();
    projects = buildProjects(path, rows.poles);
  }
  const assembled = assemble(rows, f, communes, errors, {
    regionNames,
    ...(imported ? { imported: { members: imported.members, unplacedByPole: imported.unplacedByPole } } : {}),
  });
  // 4. Boundaries, territories (population, area, pre-2016 région of each département).
  const territories = buildTerritories(
    layers as FranceLayers,
    cog,
    communesFile,
    { regions2015: shown(geo('regions2015')), departements: shown(geo('departements')) },
    errors,
  );
  const time = assembleTime(
    timeRows,
    rows.poles,
    { ...timeFiles, poles: f.poles },
    communes,
    territories.region2015Of,
    errors,
  );
  errors.throwIfAny();
  const { poles, members } = withTime(
    withRegion2015(assembled.poles, assembled.members, territories.region2015Of),
    time,
  );
  const regionOfDep = new Map(cog.departements.map((d) => [d.code, d.region]));
  const france = buildFranceTopology(layers as FranceLayers, regionOfDep);
  const worldPath = packageFile('world-atlas', 'countries-110m.json');
  const world = worldCountries(JSON.parse(readFileSync(worldPath, 'utf8')) as Topology);

  // 5. Bytes, manifest, swap.
  const cogSource = `npm:${cog.package}`;
  const geoSource = (k: keyof typeof GEO_FILES): string => `geo/${GEO_FILES[k]}`;
  const dataSource = (k: keyof typeof tables.TABLE_FILES): string => `data/${tables.TABLE_FILES[k]}`;
  const memberSources = imported
    ? [`import:${imported.report.file}`]
    : [dataSource('members'), dataSource('unplaced')];
  const outputs: [string, Bytes, number, string[], string][] = [
    [
      'poles.geojson',
      out.featureCollectionBytes(poles.features),
      poles.features.length,
      [dataSource('poles'), dataSource('memberCounts'), ...memberSources, geoSource('centroids'), cogSource],
      TABLES_ATTRIBUTION,
    ],
    [
      'members.geojson',
      out.featureCollectionBytes(members.features, members.map),
      members.features.length,
      [...memberSources, dataSource('poles'), geoSource('centroids'), cogSource],
      TABLES_ATTRIBUTION,
    ],
    [
      'partnerships.json',
      out.listBytes('edges', assembled.partnerships.edges),
      assembled.partnerships.edges.length,
      [dataSource('partnerships'), dataSource('poles'), geoSource('centroids')],
      TABLES_ATTRIBUTION,
    ],
    [
      'france.topo.json',
      out.compactBytes(france),
      countGeometries(france),
      [
        geoSource('land'),
        geoSource('regions'),
        geoSource('regions2015'),
        geoSource('departements'),
        cogSource,
      ],
      ATTRIBUTION,
    ],
    [
      'world.topo.json',
      out.compactBytes(world),
      countGeometries(world),
      [`npm:${packageVersion('world-atlas')}/countries-110m.json`],
      'Natural Earth (public domain), via world-atlas',
    ],
    [
      'communes.json',
      out.columnsBytes({ ...communesFile }),
      communesFile.code.length,
      [geoSource('centroids'), cogSource],
      `${ATTRIBUTION}; postal codes, populations and current COG: @etalab/decoupage-administratif (MIT)`,
    ],
    [
      'territories.json',
      out.sectionsBytes({ ...territories.file }),
      territories.file.regions.length +
        territories.file.regions2015.length +
        territories.file.departements.length,
      [geoSource('regions'), geoSource('regions2015'), geoSource('departements'), cogSource],
      `${ATTRIBUTION}; populations: @etalab/decoupage-administratif (MIT), from INSEE's populations légales`,
    ],
    [
      'time.json',
      out.sectionsBytes({ ...time }),
      time.periods.length + time.events.length + time.hq.length + time.counts.length,
      [
        ...Object.values(TIME_TABLE_FILES).map((name) => `data/${name}`),
        dataSource('poles'),
        geoSource('centroids'),
        cogSource,
      ],
      TABLES_ATTRIBUTION,
    ],
  ];
  if (imported) {
    outputs.push([
      'members-import-report.json',
      out.prettyBytes(imported.report),
      imported.report.unplaced.length,
      [`import:${imported.report.file}`],
      'Generated from the imported member list',
    ]);
  }
  if (projects) outputs.push(projects.output);
  const entries: ManifestEntry[] = outputs
    .map(([name, bytes, records, sources, attribution]) => ({
      file: name,
      records,
      sha256: sha256(bytes),
      bytes: byteLength(bytes),
      sources,
      attribution,
    }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  const manifest: Manifest = { generator: 'scripts/build-data.ts', attribution: ATTRIBUTION, files: entries };
  const files = new Map<string, Bytes>(outputs.map(([name, bytes]) => [name, bytes]));
  files.set('manifest.json', out.prettyBytes(manifest));
  const { carriedOver } = await replaceDirAtomically(outDir, files, new Set(OUTPUT_FILES));
  return {
    outDir,
    files: entries,
    unplacedPoles: assembled.unplacedPoles.map((p) => ({ id: p.id, name: p.name })),
    importReport: imported?.report ?? null,
    projects: projects?.file ?? null,
    carriedOver,
  };
}
