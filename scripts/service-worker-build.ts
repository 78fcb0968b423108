// SPDX-License-Identifier: MIT
// A Vite plugin of the app's build (not the embed's): once the files are written, it writes at the
// top of dist/sw.js what the service worker precaches (src/sw/routing.ts precacheList) and the
// build's version, a hash of every file it precaches, so that any change of the app, the presenter
// or the data makes a new worker with new caches, and an unchanged build keeps the same one.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { precacheList } from '../src/sw/routing.ts';

/** The service worker's file name, at the root of the build next to index.html (its scope). */
export const SW_FILE = 'sw.js';

/** The global the worker reads its build from (declared in src/sw/sw.ts). */
const BUILD_GLOBAL = '__POLES_SW_BUILD__';

export function serviceWorkerBuild(): Plugin {
  let publicDir = 'public';
  return {
    name: 'poles-service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    writeBundle(options, bundle) {
      const outDir = resolve(options.dir ?? 'dist');
      const worker = bundle[SW_FILE];
      if (!worker || worker.type !== 'chunk') return this.error(`${SW_FILE} was not built`);
      // A classic worker script: it must be one file, importing nothing.
      if (worker.imports.length || worker.dynamicImports.length)
        return this.error(
          `${SW_FILE} imports other chunks (${worker.imports.join(', ')}): keep its modules to itself`,
        );
      const manifest = JSON.parse(readFileSync(join(publicDir, 'data', 'manifest.json'), 'utf8')) as {
        files: { file: string }[];
      };
      const files = precacheList(
        Object.keys(bundle),
        manifest.files.map((f) => f.file),
      );
      const hash = createHash('sha256');
      for (const file of files)
        hash
          .update(file)
          .update('\0')
          .update(readFileSync(join(outDir, file)));
      const version = hash.digest('hex').slice(0, 16);
      const path = join(outDir, SW_FILE);
      const code = readFileSync(path, 'utf8');
      writeFileSync(path, `const ${BUILD_GLOBAL} = ${JSON.stringify({ version, files })};\n${code}`);
    },
  };
}
