// SPDX-License-Identifier: MIT
// A SYNTHETIC list of partnership projects (issue 17), in the format of
// data/templates/projets-partenariat.csv, for demos and tests: no source gives the projects
// themselves (only aggregates, src/data/projects/sourced.ts), so none is real. Every title says
// "synthétique", every source says who made it and with which seed, the file name starts with
// "synthetique-", and the script refuses public/: the app never loads it by default.
//
//   npm run synthetic:projects -- [--out <dir>] [--count 80] [--seed 20080522]
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  STAGES,
  STATUS_LABEL_FR,
  TEMPLATE_HEADER,
  type ProjectStatus,
} from '../../src/data/projects/format.ts';
import { SYNTHETIC_PROJECT_SOURCE } from '../../src/data/projects/sourced.ts';
import { assertOutsidePublic, readPoleIds, seededRandom } from './synthetic.ts';

export const PROJECTS_SEED = 20080522;
export const projectsFile = (count: number): string => `synthetique-projets-partenariat-${count}.csv`;

/** Foreign sides drawn from: a country and, for some, a region (Québec apart from the rest of Canada). */
const FOREIGN: readonly [country: string, region: string][] = [
  ['CA', 'Québec'],
  ['CA', 'Québec'],
  ['CA', 'Québec'],
  ['CA', 'Ontario'],
  ['DE', 'Bade-Wurtemberg'],
  ['DE', 'Bavière'],
  ['US', 'Massachusetts'],
  ['CN', ''],
  ['JP', ''],
  ['BR', 'São Paulo'],
];
const SECTORS = ['aéronautique', 'biotechnologies', 'matériaux', 'nutrition', 'énergie', 'numérique'];
const PROGRAMMES = ['Symposium France-Québec 2008', 'Symposium France-Québec 2010', 'COOPOL', ''];

/**
 * `count` projects as CSV text (`;`, French headers). Each starts between 2008 and 2012 at "idée"
 * or "contact établi", then at each stage moves on with probability 0.7 a few months later, stops,
 * or is abandoned with probability 0.1.
 */
export function syntheticProjectsCsv(
  count: number,
  poleIds: readonly string[],
  seed = PROJECTS_SEED,
): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const lines = [TEMPLATE_HEADER.join(';')];
  for (let i = 1; i <= count; i++) {
    const poles = [pick(poleIds)];
    if (random() < 0.15) poles.push(pick(poleIds.filter((p) => p !== poles[0])));
    const [country, region] = pick(FOREIGN);
    const dates = new Map<ProjectStatus, string>();
    let month = (2008 + Math.floor(random() * 5)) * 12 + Math.floor(random() * 12);
    const date = (): string => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    let k = random() < 0.5 ? 0 : 1;
    dates.set(STAGES[k]!, date());
    let status: ProjectStatus = STAGES[k]!;
    while (k < STAGES.length - 1) {
      const r = random();
      month += 2 + Math.floor(random() * 14);
      if (r < 0.1) {
        status = 'abandonne';
        dates.set(status, date());
        break;
      }
      if (r > 0.8) break;
      status = STAGES[++k]!;
      // One stage in five is passed on a date the list does not know.
      if (random() < 0.2 && status !== STAGES[STAGES.length - 1]) continue;
      dates.set(status, date());
    }
    if (status !== 'abandonne' && !dates.has(status)) dates.set(status, date());
    const n = String(i).padStart(3, '0');
    lines.push(
      [
        `SYN-${n}`,
        `Projet ${n} (synthétique)`,
        poles.join(' | '),
        `Organisation française ${n} (synthétique)`,
        `Partenaire étranger ${n} (synthétique)`,
        country,
        region,
        pick(SECTORS),
        pick(PROGRAMMES),
        STATUS_LABEL_FR[status],
        ...[...STAGES, 'abandonne' as const].map((s) => dates.get(s) ?? ''),
        `${SYNTHETIC_PROJECT_SOURCE} (seed ${seed})`,
        // No value holds a ';', a quote or a line break: no field needs quoting.
      ].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Writes the sample into `dir` (never under public/) and returns its path. */
export function writeSyntheticProjects(dir: string, count: number, seed = PROJECTS_SEED): string {
  assertOutsidePublic(dir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, projectsFile(count));
  writeFileSync(path, syntheticProjectsCsv(count, readPoleIds(), seed));
  return path;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: join(tmpdir(), 'poles-synthetic') },
      count: { type: 'string', default: '80' },
      seed: { type: 'string', default: String(PROJECTS_SEED) },
    },
  });
  const path = writeSyntheticProjects(values.out, Number(values.count), Number(values.seed));
  console.log(`${SYNTHETIC_PROJECT_SOURCE}\nWrote ${path}`);
}
