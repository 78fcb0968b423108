// SPDX-License-Identifier: MIT
// The three Vite builds the benchmark measures, each into its own temp folder so that a concurrent
// `vite build` of dist/ by someone else cannot change the figures half-way: the app (with the
// project's vite.config.ts), the bench pages (bench/*.html) and the bare engines bundle.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { ROOT } from './synthetic.ts';

// Errors only: the app's own size warning is for its build, not news in a benchmark.
const quiet = { logLevel: 'error' as const, clearScreen: false };

/** Minified bytes per package (node_modules) or source folder (src/…), per output file. */
export type Composition = Map<string, Map<string, number>>;

function groupOf(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1]!;
  const src = /\/src\/([^/]+)\//.exec(id);
  return src ? `src/${src[1]}` : 'other';
}

function composition(output: unknown): Composition {
  const result: Composition = new Map();
  const outputs = (Array.isArray(output) ? output : [output]) as { output?: unknown[] }[];
  for (const chunk of outputs.flatMap((o) => o.output ?? [])) {
    const c = chunk as {
      type?: string;
      fileName?: string;
      modules?: Record<string, { renderedLength: number }>;
    };
    if (c.type !== 'chunk' || !c.fileName || !c.modules) continue;
    const groups = new Map<string, number>();
    for (const [id, info] of Object.entries(c.modules)) {
      groups.set(groupOf(id), (groups.get(groupOf(id)) ?? 0) + info.renderedLength);
    }
    result.set(c.fileName, groups);
  }
  return result;
}

/** Builds the app and tells what each output file is made of (to explain the bundle figures). */
export async function buildApp(outDir: string): Promise<Composition> {
  const output = await build({
    ...quiet,
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    build: { outDir, emptyOutDir: true },
  });
  return composition(output);
}

/** A build outside the project's config (bench pages, bare engines), into its own folder. */
function standaloneConfig(
  outDir: string,
  rolldownOptions: NonNullable<InlineConfig['build']>['rolldownOptions'],
): InlineConfig {
  return {
    ...quiet,
    root: ROOT,
    configFile: false,
    base: './',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000, rolldownOptions },
  };
}

/** bench/*.html, with public/ copied next to them (the pages read ../data/ like the app does). */
export function benchPagesConfig(outDir: string): InlineConfig {
  const pages = readdirSync(join(ROOT, 'bench')).filter((f) => f.endsWith('.html'));
  return standaloneConfig(outDir, { input: pages.map((f) => join(ROOT, 'bench', f)) });
}

export async function buildBenchPages(outDir: string): Promise<void> {
  await build(benchPagesConfig(outDir));
}

/** The engines alone, from one JS entry: the baseline of the bundle benchmark. */
export async function buildBareEngines(outDir: string): Promise<string> {
  await build({
    ...standaloneConfig(outDir, {
      input: join(ROOT, 'scripts/bench/pages/bare-engines.ts'),
      output: { entryFileNames: 'bare-engines.js' },
    }),
    publicDir: false,
  });
  return join(outDir, 'bare-engines.js');
}
