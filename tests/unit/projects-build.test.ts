// SPDX-License-Identifier: MIT
// `npm run data -- --projects <file>`: projects.json only when a list is given, with the rows set
// aside; a file that cannot be read leaves the output untouched.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProjectsFile } from '../../src/data/projects/file.ts';
import { ProjectImportError } from '../../src/data/projects/parse.ts';
import { syntheticProjectsCsv } from '../../scripts/bench/synthetic-projects.ts';
import type { Manifest } from '../../src/types.ts';
import { build, makeWorkspace, removeWorkspaces } from './support.ts';

afterAll(removeWorkspaces);

describe('data build with --projects', () => {
  it('writes projects.json only when given, with the bad rows named and the synthetic sample marked', async () => {
    const ws = makeWorkspace();
    await build(ws);
    expect(existsSync(join(ws.outDir, 'projects.json'))).toBe(false);

    const sample = syntheticProjectsCsv(5, ['aerospace-valley', 'minalogic']);
    const path = join(ws.dir, 'projets.csv');
    writeFileSync(path, `${sample}SYN-999;X;pôle inconnu;;;CA;;;;idée;2010;;;;;;;s\r\n`);
    const result = await build(ws, { projectsFile: path });
    const file = JSON.parse(readFileSync(join(ws.outDir, 'projects.json'), 'utf8')) as ProjectsFile;
    expect(file.synthetic).toBe(true);
    expect(file.projects).toHaveLength(5);
    expect(file.rejected).toEqual([
      {
        row: 7,
        column: 'Pôles',
        id: 'SYN-999',
        reason: 'unknown pôle "pôle inconnu" (expected a pôle id, short name or name)',
      },
    ]);
    expect(result.projects?.projects).toHaveLength(5);
    const manifest = JSON.parse(readFileSync(join(ws.outDir, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.files.find((f) => f.file === 'projects.json')).toMatchObject({
      records: 5,
      sources: ['import:projets.csv'],
    });

    // Built again without the option, the list is gone: the build owns projects.json.
    await build(ws);
    expect(existsSync(join(ws.outDir, 'projects.json'))).toBe(false);
  }, 60_000);

  it('refuses a list without its required columns and writes nothing', async () => {
    const ws = makeWorkspace();
    const before = ws.outSnapshot();
    const path = join(ws.dir, 'bad.csv');
    writeFileSync(path, 'Identifiant;Titre\nP1;T\n');
    await expect(build(ws, { projectsFile: path })).rejects.toThrow(ProjectImportError);
    expect(ws.outSnapshot()).toEqual(before);
  }, 60_000);
});
