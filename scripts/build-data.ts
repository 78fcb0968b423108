// SPDX-License-Identifier: MIT
// `npm run data`: rebuilds public/data from data/ (reference tables) and ../shared/data/geo (raw
// boundaries). Options: --geo <dir>, --data <dir>, --out <dir>, --members <file.csv>, --projects <file.csv>.
// Exit code 1 on any validation error, with public/data left untouched.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DataErrors } from '../src/data/errors.ts';
import { MemberImportError } from '../src/data/member-import.ts';
import { ProjectImportError } from '../src/data/projects/parse.ts';
import { buildData } from './lib/build.ts';
import { OutputError } from './lib/fs.ts';
import { printProjects } from './lib/projects.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'usage: npm run data -- [--geo <dir>] [--data <dir>] [--out <dir>] [--members <file.csv>] [--projects <file.csv>]';

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        geo: { type: 'string' },
        data: { type: 'string' },
        out: { type: 'string' },
        members: { type: 'string' },
        projects: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  try {
    // Paths given on the command line are relative to the current folder, as usual for a CLI.
    const result = await buildData({
      root: ROOT,
      ...(values.data ? { dataDir: resolve(values.data) } : {}),
      ...(values.geo ? { geoDir: resolve(values.geo) } : {}),
      ...(values.out ? { outDir: resolve(values.out) } : {}),
      ...(values.members ? { membersFile: resolve(values.members) } : {}),
      ...(values.projects ? { projectsFile: resolve(values.projects) } : {}),
    });
    console.log(`Wrote ${result.outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
    for (const f of result.files) console.log(`  ${f.file.padEnd(28)} ${kb(f.bytes)}  ${f.records} records`);
    if (result.unplacedPoles.length > 0) {
      console.log(
        `Pôles without a documented HQ (kept with a null geometry): ${result.unplacedPoles.length}`,
      );
      for (const p of result.unplacedPoles) console.log(`  ${p.id} (${p.name})`);
    }
    const report = result.importReport;
    if (report) {
      console.log(
        `Imported ${report.file} (${report.encoding}, ${report.delimiter}-separated): ${report.placed} of ${report.rows} rows placed.`,
      );
      for (const u of report.unplaced)
        console.log(`  row ${u.row}: ${u.organisation || '(no name)'}: ${u.reason}`);
      if (report.unplaced.length > 0) console.log('  (also in members-import-report.json)');
    }
    if (result.projects) printProjects(result.projects);
    if (result.carriedOver.length > 0) {
      console.log(`Kept files the build does not own: ${result.carriedOver.join(', ')}`);
    }
    return 0;
  } catch (e) {
    if (e instanceof DataErrors) {
      console.error(`Data errors (${e.errors.length} shown); nothing was written:\n${e.message}`);
      return 1;
    }
    if (e instanceof ProjectImportError) {
      console.error(`Project list not imported; nothing was written:\n${e.message}`);
      return 1;
    }
    if (e instanceof MemberImportError) {
      console.error(`Member list not imported; nothing was written:\n${e.message}`);
      return 1;
    }
    if (e instanceof OutputError) {
      console.error(`Nothing was written: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main();
