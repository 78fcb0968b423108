// SPDX-License-Identifier: MIT
// package.json's "sideEffects" tells the bundler which modules may not be dropped: a module imported
// only for what it does (`import './x.ts'`) and missing from the list is silently left out of the
// build. engine-preload.ts was, and the engine download it starts early never ran.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `./src/...` paths of the relative modules that `file` imports without any binding. */
function bareImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+['"](\.{1,2}\/[^'"]+)['"];?$/gm)].map(
    (match) => `./${relative(ROOT, resolve(dirname(file), match[1]!))}`,
  );
}

describe('package.json sideEffects', () => {
  const listed: string[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).sideEffects;

  it('lists every module of src/ imported only for its side effects', () => {
    const imported = new Set(sources(join(ROOT, 'src')).flatMap(bareImports));
    // The scan itself finds them (a test that finds nothing would pass whatever the list).
    expect([...imported]).toEqual(expect.arrayContaining(['./src/app/engine-preload.ts', './src/define.ts']));
    // Style sheets are covered by the list's "**/*.css".
    const missing = [...imported].filter((path) => !path.endsWith('.css') && !listed.includes(path));
    expect(missing).toEqual([]);
  });
});
