// SPDX-License-Identifier: MIT
// Item 7: gzip weight of the JS of the app's default view (initial, then the lazy map engine chunk)
// against the engines alone; the chunks of the other views, loaded on demand, are reported apart.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dynamicImports, entryBundle, pageBundle, staticImports, type PageBundle } from './bundle-graph.ts';

const importsOf = (code: string): string[] =>
  [...staticImports(code), ...dynamicImports(code)].map((spec) => spec.replace(/^\.\//, ''));
import type { Composition } from './builds.ts';
import { row, type Row } from './table.ts';

export interface BundleFigures {
  app: PageBundle;
  bare: PageBundle;
  embed: PageBundle | null;
  /** Minified bytes of the largest packages and source folders in the initial JS. */
  initialParts: [string, number][];
  rows: Row[];
}

/** dist/embed/ (vite.embed.config.ts), when built: its entry is the JS file no other file imports. */
function embedBundle(dir = 'dist/embed'): PageBundle | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => /\.m?js$/.test(f));
  const imported = new Set(files.flatMap((f) => importsOf(readFileSync(join(dir, f), 'utf8'))));
  const entries = files.filter((f) => !imported.has(f));
  return entries.length > 0
    ? entryBundle(
        dir,
        entries.map((f) => join(dir, f)),
      )
    : null;
}

/** The biggest parts of `files` (minified bytes before gzip), e.g. what the initial JS is made of. */
function largestParts(files: string[], parts: Composition, top = 8): [string, number][] {
  const sum = new Map<string, number>();
  for (const file of files) {
    for (const [group, bytes] of parts.get(file) ?? []) sum.set(group, (sum.get(group) ?? 0) + bytes);
  }
  return [...sum].sort((a, b) => b[1] - a[1]).slice(0, top);
}

export function measureBundles(
  appDir: string,
  bareDir: string,
  bareEntry: string,
  parts: Composition,
): BundleFigures {
  const app = pageBundle(appDir);
  const bare = entryBundle(bareDir, [bareEntry]);
  // The bare entry has no dynamic import of its own; count everything it loads as the engines.
  const bareJs = bare.initial.gzip + bare.lazy.gzip;
  // Built by the project's `npm run build` only (its config writes into dist/): read, never rebuilt here.
  const embed = embedBundle();
  const rows: Row[] = [
    row('7 bundle', 'initial JS (before any import())', 'B gzip', app.initial.gzip, null),
    row('7 bundle', 'lazy map chunk(s) vs engines', 'B gzip', app.lazy.gzip, bareJs),
    row(
      '7 bundle',
      'default view: initial + map vs engines',
      'B gzip',
      app.initial.gzip + app.lazy.gzip,
      bareJs,
      {
        max: 1.15,
      },
    ),
    row('7 bundle', 'other views, on demand (view.* chunks)', 'B gzip', app.views.gzip, null),
    row('7 bundle', 'MapLibre worker', 'B gzip', app.workers.gzip, bare.workers.gzip),
    ...(embed
      ? [
          row('7 bundle', 'embed module, initial JS (dist/embed/)', 'B gzip', embed.initial.gzip, null),
          row(
            '7 bundle',
            'embed initial + map vs engines',
            'B gzip',
            embed.initial.gzip + embed.lazy.gzip,
            bareJs,
            { max: 1.15 },
          ),
        ]
      : [
          row(
            '7 bundle',
            'embed',
            'B gzip',
            null,
            null,
            {},
            'no dist/embed/: run npm run build first; skipped',
          ),
        ]),
  ];
  const initialParts = largestParts(app.initial.files, parts);
  return { app, bare, embed, initialParts, rows };
}
