// SPDX-License-Identifier: MIT
// SYNTHETIC member sites and member lists for the benchmark (`npm run bench`), from a seeded PRNG so
// that every run draws the same points. They are not data about real organisations: every file says
// so in its name and content, and they are written only to a temp dir (or under bench/), never into
// public/data, where the app would show them as real.
//
//   npm run synthetic -- --out <dir> [--points 1000,10000] [--csv 100000] [--seed 20050712]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { MEMBER_KINDS } from '../../src/types.ts';
import type { CommunesFile } from '../../src/types.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Metropolitan France, [west, south, east, north]: where the synthetic sites fall. */
export const FRANCE_BBOX = [-5.14, 41.33, 9.56, 51.09] as const;
export const DEFAULT_SEED = 20050712;
export const SYNTHETIC_NOTE =
  'SYNTHETIC benchmark data made by scripts/bench/synthetic.ts: not real members.';

/** mulberry32: tiny, fast and good enough to scatter points; the seed makes runs comparable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Refuses any folder inside public/: synthetic sites must never be served as the app's data. */
export function assertOutsidePublic(dir: string): void {
  const rel = relative(join(ROOT, 'public'), resolve(dir));
  if (!rel.startsWith('..') && !isAbsolute(rel)) {
    throw new Error(`refusing to write synthetic data into ${dir}: it is inside public/`);
  }
}

export interface SyntheticPoints {
  count: number;
  /** lon, lat interleaved. */
  positions: Float32Array;
  /** Index into MEMBER_KINDS. */
  kinds: Uint8Array;
  /** Index into the pôle ids given. */
  poles: Uint8Array;
}

/** `count` sites spread uniformly over FRANCE_BBOX, with a kind and a pôle each. */
export function syntheticPoints(count: number, poleCount: number, seed = DEFAULT_SEED): SyntheticPoints {
  if (poleCount < 1 || poleCount > 256) throw new Error('poleCount must be 1..256 (stored as a byte)');
  const random = seededRandom(seed);
  const [west, south, east, north] = FRANCE_BBOX;
  const positions = new Float32Array(count * 2);
  const kinds = new Uint8Array(count);
  const poles = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    positions[2 * i] = west + random() * (east - west);
    positions[2 * i + 1] = south + random() * (north - south);
    kinds[i] = Math.floor(random() * MEMBER_KINDS.length);
    poles[i] = Math.floor(random() * poleCount);
  }
  return { count, positions, kinds, poles };
}

/** One file: positions (Float32, 8 bytes a site), then kinds, then pôles (1 byte each). */
export function pointsBytes(points: SyntheticPoints): Uint8Array {
  const out = new Uint8Array(points.count * 10);
  out.set(new Uint8Array(points.positions.buffer, points.positions.byteOffset, points.count * 8), 0);
  out.set(points.kinds, points.count * 8);
  out.set(points.poles, points.count * 9);
  return out;
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A member list of `rows` rows as a CRM would export it, with real commune codes and pôle ids: 90%
 * placed by commune code, 10% by postal code and commune name (the slower fallback of the import).
 */
export function syntheticCsv(
  rows: number,
  communes: CommunesFile,
  poleIds: readonly string[],
  seed = DEFAULT_SEED,
): string {
  const random = seededRandom(seed ^ 0x5eed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const lines = ['Organisation,Code INSEE,Code postal,Commune,Pole,Kind,SIRET'];
  const withPostal = communes.code.map((_, i) => i).filter((i) => communes.postalCodes[i]);
  for (let r = 0; r < rows; r++) {
    const org = `Synthetic member ${r + 1} (synthetic)`;
    const pole = pick(poleIds);
    const kind = pick(MEMBER_KINDS);
    if (random() < 0.9) {
      lines.push(
        [org, communes.code[Math.floor(random() * communes.code.length)]!, '', '', pole, kind, ''].join(','),
      );
    } else {
      const i = pick(withPostal);
      const cp = communes.postalCodes[i]!.split(' ')[0]!;
      lines.push([org, '', cp, csvField(communes.name[i]!), pole, kind, ''].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

export function readCommunes(): CommunesFile {
  return JSON.parse(readFileSync(join(ROOT, 'public/data/communes.json'), 'utf8')) as CommunesFile;
}

export function readPoleIds(): string[] {
  const poles = JSON.parse(readFileSync(join(ROOT, 'public/data/poles.geojson'), 'utf8')) as {
    features: { id: string }[];
  };
  return poles.features.map((f) => f.id);
}

export const pointsFile = (count: number): string => `synthetic-members-${count}.bin`;
export const csvFile = (rows: number): string => `synthetic-members-${rows}.csv`;

/** Writes the point files and the CSV into `dir`, each with a JSON sidecar saying it is synthetic. */
export function writeSynthetic(
  dir: string,
  pointCounts: readonly number[],
  csvRows: number | null,
  seed = DEFAULT_SEED,
): string[] {
  assertOutsidePublic(dir);
  mkdirSync(dir, { recursive: true });
  const poleIds = readPoleIds();
  const written: string[] = [];
  for (const count of pointCounts) {
    const file = pointsFile(count);
    writeFileSync(join(dir, file), pointsBytes(syntheticPoints(count, poleIds.length, seed)));
    const meta = {
      synthetic: true,
      note: SYNTHETIC_NOTE,
      seed,
      count,
      bbox: FRANCE_BBOX,
      kinds: MEMBER_KINDS,
      poles: poleIds,
    };
    writeFileSync(join(dir, `${file}.json`), JSON.stringify(meta));
    written.push(file);
  }
  if (csvRows !== null) {
    writeFileSync(join(dir, csvFile(csvRows)), syntheticCsv(csvRows, readCommunes(), poleIds, seed));
    written.push(csvFile(csvRows));
  }
  writeFileSync(join(dir, 'SYNTHETIC-README.txt'), `${SYNTHETIC_NOTE}\nSeed ${seed}.\n`);
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: join(tmpdir(), 'poles-bench-synthetic') },
      points: { type: 'string', default: '1000,10000,100000' },
      csv: { type: 'string', default: '100000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  });
  const counts = values.points.split(',').filter(Boolean).map(Number);
  const files = writeSynthetic(
    values.out,
    counts,
    values.csv ? Number(values.csv) : null,
    Number(values.seed),
  );
  console.log(`${SYNTHETIC_NOTE}\nWrote ${files.join(', ')} into ${values.out}`);
}
