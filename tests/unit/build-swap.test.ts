// SPDX-License-Identifier: MIT
// The output folder's swap survives a kill between its two renames and a failed rename: the next
// run puts the previous folder back before anything else, and no staging folder is ever left in
// public/ (Vite copies every entry of public/ into dist/, dot names included).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputError, recoverInterruptedSwap, replaceDirAtomically } from '../../scripts/lib/fs.ts';
import { build, makeWorkspace, removeWorkspaces } from './support.ts';

afterAll(removeWorkspaces);

const files = (text: string): Map<string, Uint8Array> =>
  new Map([['poles.geojson', new TextEncoder().encode(text)]]);
const owned = new Set(['poles.geojson']);
const dots = (dir: string): string[] => readdirSync(dir).filter((f) => f.startsWith('.'));

describe('the swap of the output folder', () => {
  it('after a kill between the two renames, the next run restores the previous folder first, then builds', async () => {
    const ws = makeWorkspace();
    const publicDir = join(ws.dir, 'public');
    // The "kill": the second rename never returns, so nothing after it runs (no rollback, no cleanup).
    let calls = 0;
    const killed = (from: string, to: string): Promise<void> =>
      ++calls === 2 ? new Promise<void>(() => undefined) : rename(from, to);
    void replaceDirAtomically(ws.outDir, files('next build'), owned, { rename: killed });
    await expect.poll(() => calls).toBe(2);
    expect(existsSync(ws.outDir)).toBe(false);
    // The staging folders are beside public/, never in it: a site build now copies nothing stray.
    expect(dots(publicDir)).toEqual([]);
    expect(dots(ws.dir).map((f) => f.replace(/\d+$/, 'PID'))).toEqual([
      '.public-data.new-PID',
      '.public-data.old-PID',
    ]);

    // The next run: public/data is back (the previous build, untouched) before it reads anything.
    const seen: boolean[] = [];
    const watched = (from: string, to: string): Promise<void> => {
      seen.push(existsSync(ws.outDir));
      return rename(from, to);
    };
    await recoverInterruptedSwap(ws.outDir, { rename: watched });
    expect(seen).toEqual([false]);
    expect(readFileSync(join(ws.outDir, 'poles.geojson'), 'utf8')).toBe('previous build');
    expect(readFileSync(join(ws.outDir, 'sentinel.txt'), 'utf8')).toBe('not owned by the build');
    expect(dots(ws.dir)).toEqual([]);

    await build(ws);
    expect(JSON.parse(readFileSync(join(ws.outDir, 'poles.geojson'), 'utf8')).type).toBe('FeatureCollection');
    expect(readdirSync(publicDir)).toEqual(['data']);
    expect(dots(ws.dir)).toEqual([]);
  });

  it('a full build recovers on its own from the same kill', async () => {
    const ws = makeWorkspace();
    let calls = 0;
    void replaceDirAtomically(ws.outDir, files('next build'), owned, {
      rename: (from, to) => (++calls === 2 ? new Promise<void>(() => undefined) : rename(from, to)),
    });
    await expect.poll(() => calls).toBe(2);
    await build(ws);
    expect(readFileSync(join(ws.outDir, 'sentinel.txt'), 'utf8')).toBe('not owned by the build');
    expect(dots(ws.dir)).toEqual([]);
  });

  it('when the second rename fails, puts the previous folder back and removes the new one', async () => {
    const ws = makeWorkspace();
    let calls = 0;
    const failing = (from: string, to: string): Promise<void> =>
      ++calls === 2
        ? Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }))
        : rename(from, to);
    await expect(replaceDirAtomically(ws.outDir, files('next'), owned, { rename: failing })).rejects.toThrow(
      OutputError,
    );
    expect(readFileSync(join(ws.outDir, 'poles.geojson'), 'utf8')).toBe('previous build');
    expect(dots(ws.dir)).toEqual([]);
  });

  it('puts back and removes what earlier builds left inside public/ (which Vite would copy into dist/)', async () => {
    const ws = makeWorkspace();
    const publicDir = join(ws.dir, 'public');
    await rename(ws.outDir, join(publicDir, '.data-old-4194999'));
    mkdirSync(join(publicDir, '.data-tmp-4194999'));
    await recoverInterruptedSwap(ws.outDir);
    expect(readdirSync(publicDir)).toEqual(['data']);
    expect(readFileSync(join(ws.outDir, 'poles.geojson'), 'utf8')).toBe('previous build');
  });

  it('removes the staging folders of dead runs, and leaves those of a running one', async () => {
    const ws = makeWorkspace();
    const dead = join(ws.dir, '.public-data.new-4194999');
    const running = join(ws.dir, `.public-data.new-${process.ppid}`);
    for (const d of [dead, running]) mkdirSync(d);
    writeFileSync(join(dead, 'poles.geojson'), 'half written');
    await replaceDirAtomically(ws.outDir, files('next'), owned);
    expect(dots(ws.dir)).toEqual([`.public-data.new-${process.ppid}`]);
    expect(readFileSync(join(ws.outDir, 'poles.geojson'), 'utf8')).toBe('next');
  });
});
