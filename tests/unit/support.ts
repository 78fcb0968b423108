// SPDX-License-Identifier: MIT
// Shared helpers for the data-build tests: a temp copy of the fixture dataset that a test can
// break in one place, and the COG loaded once per test file (it is 8 MB of JSON).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { DataErrors, ErrorCollector, type DataError } from '../../src/data/errors.ts';
import type { CommunesFile } from '../../src/types.ts';
import { buildCommunesFile, readCentroids } from '../../scripts/lib/communes.ts';
import { buildData, type BuildOptions, type BuildResult } from '../../scripts/lib/build.ts';
import { loadCog, type Cog } from '../../scripts/lib/cog.ts';
import { CommuneIndex } from '../../src/geo/commune-index.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');

/** The fixture communes (tests/fixtures/geo), as communes.json holds them. */
export const fixtureCommunesFile = (): CommunesFile =>
  buildCommunesFile(
    readCentroids(
      'c.csv',
      readFileSync(join(FIXTURES, 'geo/communes-centroids-2018.csv')),
      new ErrorCollector(),
    ),
    cog(),
  );

let cogCache: Cog | undefined;
export function cog(): Cog {
  cogCache ??= loadCog();
  return cogCache;
}

const created: string[] = [];
/** The commune index of the fixture centroids, as the member-list import uses it. */
export function fixtureCommunes(): CommuneIndex {
  return CommuneIndex.fromFile(fixtureCommunesFile());
}

export function removeWorkspaces(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}

export interface Workspace {
  dir: string;
  dataDir: string;
  geoDir: string;
  outDir: string;
  read(rel: string): string;
  write(rel: string, content: string | Uint8Array): void;
  /** Replaces exactly one occurrence of `from` (so a fixture change cannot silently miss). */
  replace(rel: string, from: string, to: string): void;
  /** Every file of the output folder with its content, to prove a failed build left it untouched. */
  outSnapshot(): Record<string, string>;
}

/** A temp copy of tests/fixtures/{data,geo} and an output folder that already holds files. */
export function makeWorkspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'poles-data-'));
  created.push(dir);
  const dataDir = join(dir, 'data');
  const geoDir = join(dir, 'geo');
  const outDir = join(dir, 'public', 'data');
  cpSync(join(FIXTURES, 'data'), dataDir, { recursive: true });
  cpSync(join(FIXTURES, 'geo'), geoDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'poles.geojson'), 'previous build');
  writeFileSync(join(outDir, 'sentinel.txt'), 'not owned by the build');
  const ws: Workspace = {
    dir,
    dataDir,
    geoDir,
    outDir,
    read: (rel) => readFileSync(join(dir, rel), 'utf8'),
    write: (rel, content) => writeFileSync(join(dir, rel), content),
    replace(rel, from, to) {
      const text = ws.read(rel);
      const n = text.split(from).length - 1;
      if (n !== 1) throw new Error(`fixture ${rel}: expected one "${from}", found ${n}`);
      ws.write(rel, text.replace(from, to));
    },
    outSnapshot: () =>
      Object.fromEntries(
        readdirSync(outDir)
          .sort()
          .map((f) => [f, readFileSync(join(outDir, f), 'utf8')]),
      ),
  };
  return ws;
}

export function build(ws: Workspace, extra: Partial<BuildOptions> = {}): Promise<BuildResult> {
  return buildData({
    root: ROOT,
    dataDir: ws.dataDir,
    geoDir: ws.geoDir,
    outDir: ws.outDir,
    cog: cog(),
    ...extra,
  });
}

export interface Expected {
  file: string;
  row: number | null;
  column: string | null;
  text: string;
}

/** Runs the build, expects it to fail with the given error, and checks the output is untouched. */
export async function expectBuildError(ws: Workspace, expected: Expected): Promise<DataErrors> {
  const before = ws.outSnapshot();
  const error = await build(ws).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataErrors);
  const errors = (error as DataErrors).errors;
  const match = errors.find(
    (e: DataError) =>
      e.file.endsWith(expected.file) &&
      e.row === expected.row &&
      e.column === expected.column &&
      e.message.includes(expected.text),
  );
  expect(match, `no error ${JSON.stringify(expected)} among:\n${(error as Error).message}`).toBeDefined();
  // The message itself names the place, for people reading the console.
  expect(match!.message).toContain(expected.file);
  if (expected.row !== null) expect(match!.message).toContain(`row ${expected.row}`);
  if (expected.column !== null) expect(match!.message).toContain(`column ${expected.column}`);
  expect(ws.outSnapshot()).toEqual(before);
  expect(readdirSync(dirname(ws.outDir)).filter((f) => f.startsWith('.'))).toEqual([]);
  expect(readdirSync(ws.dir).filter((f) => f.startsWith('.'))).toEqual([]);
  return error as DataErrors;
}
