// SPDX-License-Identifier: MIT
// The data build's `--projects <file>` option: the list checked with the browser's rules
// (src/data/projects/parse.ts) into one more output, public/data/projects.json.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { PoleRef } from '../../src/data/import-headers.ts';
import { projectsFileOf, type ProjectsFile } from '../../src/data/projects/file.ts';
import { importProjects } from '../../src/data/projects/parse.ts';
import { prettyBytes } from './serialise.ts';

export type ProjectsOutput = [
  name: 'projects.json',
  bytes: Uint8Array,
  records: number,
  sources: string[],
  attribution: string,
];

/** Reads and checks the list; throws ProjectImportError when the file cannot be read at all. */
export function buildProjects(
  path: string,
  poles: readonly PoleRef[],
): { file: ProjectsFile; output: ProjectsOutput } {
  const file = projectsFileOf(importProjects(readFileSync(path), basename(path), poles));
  const attribution = file.synthetic
    ? 'SYNTHETIC sample (scripts/bench/synthetic-projects.ts): not real projects'
    : 'Generated from the imported list of partnership projects';
  return {
    file,
    output: ['projects.json', prettyBytes(file), file.projects.length, [`import:${file.file}`], attribution],
  };
}

/** The CLI's summary: how many projects kept, and each row set aside with its column and reason. */
export function printProjects(file: ProjectsFile): void {
  const mark = file.synthetic ? ' (SYNTHETIC sample)' : '';
  console.log(
    `Projects from ${file.file}${mark}: ${file.projects.length} kept, ${file.rejected.length} set aside.`,
  );
  for (const r of file.rejected)
    console.log(`  row ${r.row}${r.column ? `, column ${r.column}` : ''}: ${r.reason}`);
}
