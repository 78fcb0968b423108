// SPDX-License-Identifier: MIT
// `npm run data` answers a user's mistake (a folder for a file, a folder that does not exist, an
// output path it cannot write) with one clear line and exit code 1, usage mistakes with code 2:
// never a stack trace.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeWorkspace, removeWorkspaces, ROOT, type Workspace } from './support.ts';

afterAll(removeWorkspaces);

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  return promisify(execFile)('npx', ['tsx', 'scripts/build-data.ts', ...args], { cwd: ROOT }).then(
    () => ({ code: 0, stderr: '' }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
  );
}

const paths = (ws: Workspace, over: Record<string, string> = {}): string[] =>
  Object.entries({ data: ws.dataDir, geo: ws.geoDir, out: ws.outDir, ...over }).flatMap(([k, v]) => [
    `--${k}`,
    v,
  ]);

const cases: [name: string, args: (ws: Workspace) => string[], code: number, message: RegExp][] = [
  [
    '--data folder that does not exist',
    (ws) => paths(ws, { data: join(ws.dir, 'nope') }),
    1,
    /nope: folder not found/,
  ],
  [
    '--geo given a file',
    (ws) => paths(ws, { geo: join(ws.dataDir, 'poles.csv') }),
    1,
    /poles\.csv: is a file, expected a folder/,
  ],
  [
    'a folder where a table is expected',
    (ws) => {
      rmSync(join(ws.dataDir, 'members.csv'));
      mkdirSync(join(ws.dataDir, 'members.csv'));
      return paths(ws);
    },
    1,
    /members\.csv: is a folder, expected a file/,
  ],
  [
    '--members given a folder',
    (ws) => [...paths(ws), '--members', ws.geoDir],
    1,
    /geo: is a folder, expected a file/,
  ],
  [
    '--out under a file',
    (ws) => {
      writeFileSync(join(ws.dir, 'a-file'), '');
      return paths(ws, { out: join(ws.dir, 'a-file', 'data') });
    },
    1,
    /^Nothing was written: cannot write .*a-file\/data: E(NOTDIR|EXIST)/m,
  ],
  [
    '--out an existing file',
    (ws) => paths(ws, { out: join(ws.dataDir, 'poles.csv') }),
    1,
    /^Nothing was written: .*poles\.csv is a file, expected a folder$/m,
  ],
  ['--out without its value', () => ['--out'], 2, /--out.*argument missing[\s\S]*usage: npm run data/],
  ['an unknown option', () => ['--outdir', 'x'], 2, /Unknown option '--outdir'[\s\S]*usage: npm run data/],
];

describe('command line mistakes', () => {
  it.each(cases)(
    '%s: one clear message, no stack trace',
    async (_name, args, code, message) => {
      const ws = makeWorkspace();
      const before = ws.outSnapshot();
      const result = await run(args(ws));
      expect(result.code).toBe(code);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(ws.outSnapshot()).toEqual(before);
    },
    60_000,
  );
});
