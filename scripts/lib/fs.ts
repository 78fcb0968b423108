// SPDX-License-Identifier: MIT
// Node-only file helpers: hashing and the all-or-nothing replacement of the output folder (build
// everything into a sibling temp folder, then swap), so that a failed build never leaves
// public/data half-written.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface SwapResult {
  /** Entries of the old folder that the build does not own, copied over unchanged. */
  carriedOver: string[];
}

/**
 * Replaces `outDir` by a folder holding exactly `files`, plus any entry of the old folder whose
 * name is not in `owned` (so that a file someone else put there survives a rebuild).
 */
export async function replaceDirAtomically(
  outDir: string,
  files: ReadonlyMap<string, Uint8Array>,
  owned: ReadonlySet<string>,
): Promise<SwapResult> {
  const parent = dirname(outDir);
  // e.g. public/.data-tmp-1234 and public/.data-old-1234: same folder, so renames are atomic.
  const tmp = join(parent, `.${basename(outDir)}-tmp-${process.pid}`);
  const old = join(parent, `.${basename(outDir)}-old-${process.pid}`);
  const carriedOver: string[] = [];
  await mkdir(parent, { recursive: true });
  await rm(tmp, { recursive: true, force: true });
  try {
    await mkdir(tmp);
    for (const [name, bytes] of files) await writeFile(join(tmp, name), bytes);
    if (existsSync(outDir)) {
      for (const entry of await readdir(outDir, { withFileTypes: true })) {
        if (owned.has(entry.name) || files.has(entry.name)) continue;
        await cp(join(outDir, entry.name), join(tmp, entry.name), { recursive: true });
        carriedOver.push(entry.name);
      }
    }
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  // The swap: two renames within one folder. Between them outDir is briefly absent, never partial.
  const hadOld = existsSync(outDir);
  if (hadOld) await rename(outDir, old);
  try {
    await rename(tmp, outDir);
  } catch (e) {
    if (hadOld) await rename(old, outDir);
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
  return { carriedOver: carriedOver.sort() };
}
