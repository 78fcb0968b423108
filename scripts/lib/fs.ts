// SPDX-License-Identifier: MIT
// Node-only file helpers: hashing, the checks of the build's inputs, and the all-or-nothing
// replacement of the output folder (build everything into a staging folder, then swap), so that a
// failed or killed build never leaves public/data half-written, nor absent after the next run.
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file's content: one buffer, or the parts of a big one (never joined: written one after another). */
export type Bytes = Uint8Array | readonly Uint8Array[];

const partsOf = (bytes: Bytes): readonly Uint8Array[] => (bytes instanceof Uint8Array ? [bytes] : bytes);

export function sha256(bytes: Bytes): string {
  const hash = createHash('sha256');
  for (const part of partsOf(bytes)) hash.update(part);
  return hash.digest('hex');
}

export function byteLength(bytes: Bytes): number {
  return partsOf(bytes).reduce((n, part) => n + part.length, 0);
}

/** What keeps a path from being read as a file (or a folder), in words; null when it can be. */
export function inputProblem(path: string, kind: 'file' | 'folder' = 'file'): string | null {
  try {
    const isDir = statSync(path).isDirectory();
    if (kind === 'file' && isDir) return 'is a folder, expected a file';
    if (kind === 'folder' && !isDir) return 'is a file, expected a folder';
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `${kind} not found`;
    if (code === 'ENOTDIR') return `${kind} not found (a part of the path is a file)`;
    return `cannot be read (${code ?? (e as Error).message})`;
  }
}

/** The output folder cannot be written: a user's mistake (a file in the way, no permission, full disk). */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

export interface SwapResult {
  /** Entries of the old folder that the build does not own, copied over unchanged. */
  carriedOver: string[];
}

/** The renames of the swap, replaceable by a test to simulate a kill between them. */
export interface SwapIo {
  rename: (from: string, to: string) => Promise<void>;
}

/**
 * The staging folders of `outDir`: beside its parent, not in it, so that the site build's copy of
 * public/ never takes a leftover along (Vite copies every entry of public/, dot names included).
 * `.public-data.new-<pid>` is the next folder being written, `.public-data.old-<pid>` the previous
 * one during the swap. Same filesystem as `outDir` in practice, so the renames are atomic.
 */
function staging(outDir: string): { dir: string; prefix: string } {
  const parent = dirname(outDir);
  return { dir: dirname(parent), prefix: `.${basename(parent)}-${basename(outDir)}.` };
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return pid !== process.pid;
  } catch {
    return false;
  }
};

/**
 * Puts things back after a run that was killed: the previous folder of a run killed between its
 * two renames goes back in place, and folders left by dead runs are removed.
 */
export async function recoverInterruptedSwap(outDir: string, io: SwapIo = { rename }): Promise<void> {
  const { dir, prefix } = staging(outDir);
  // Earlier builds staged inside public/ (`.data-tmp-<pid>`, `.data-old-<pid>`): theirs go too.
  const places: [string, RegExp][] = [
    [dir, new RegExp(`^${escape(prefix)}(new|old)-(\\d+)$`)],
    [dirname(outDir), new RegExp(`^\\.${escape(basename(outDir))}-(tmp|old)-(\\d+)$`)],
  ];
  for (const [where, pattern] of places) {
    // A file where a folder should be is the output check's to report (OutputError), not ours.
    if (!existsSync(where) || !statSync(where).isDirectory()) continue;
    for (const name of (await readdir(where)).sort()) {
      const m = pattern.exec(name);
      if (!m || alive(Number(m[2]))) continue;
      if (m[1] === 'old' && !existsSync(outDir)) await io.rename(join(where, name), outDir);
      else await rm(join(where, name), { recursive: true, force: true });
    }
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces `outDir` by a folder holding exactly `files`, plus any entry of the old folder whose
 * name is not in `owned` (so that a file someone else put there survives a rebuild).
 */
export async function replaceDirAtomically(
  outDir: string,
  files: ReadonlyMap<string, Bytes>,
  owned: ReadonlySet<string>,
  io: SwapIo = { rename },
): Promise<SwapResult> {
  const { dir, prefix } = staging(outDir);
  const tmp = join(dir, `${prefix}new-${process.pid}`);
  const old = join(dir, `${prefix}old-${process.pid}`);
  const carriedOver: string[] = [];
  try {
    await recoverInterruptedSwap(outDir, io);
    const problem = existsSync(outDir) ? inputProblem(outDir, 'folder') : null;
    if (problem) throw new OutputError(`${outDir} ${problem}`);
    await mkdir(dirname(outDir), { recursive: true });
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp);
    for (const [name, bytes] of files) await writeFile(join(tmp, name), partsOf(bytes));
    if (existsSync(outDir)) {
      for (const entry of await readdir(outDir, { withFileTypes: true })) {
        if (owned.has(entry.name) || files.has(entry.name)) continue;
        await cp(join(outDir, entry.name), join(tmp, entry.name), { recursive: true });
        carriedOver.push(entry.name);
      }
    }
  } catch (e) {
    await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw asOutputError(outDir, e);
  }
  // The swap: the old folder is kept (renamed) until the new one is in place. A kill between the
  // two renames leaves it as `old-<pid>`, which the next run puts back first.
  const hadOld = existsSync(outDir);
  try {
    if (hadOld) await io.rename(outDir, old);
    await io.rename(tmp, outDir);
  } catch (e) {
    if (hadOld && !existsSync(outDir) && existsSync(old)) await rename(old, outDir);
    await rm(tmp, { recursive: true, force: true });
    throw asOutputError(outDir, e);
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
  return { carriedOver: carriedOver.sort() };
}

/** A system error while writing (EACCES, ENOSPC, ENOTDIR...) becomes one line naming the folder. */
function asOutputError(outDir: string, e: unknown): unknown {
  if (e instanceof OutputError || typeof (e as NodeJS.ErrnoException).code !== 'string') return e;
  return new OutputError(`cannot write ${outDir}: ${(e as Error).message}`);
}
