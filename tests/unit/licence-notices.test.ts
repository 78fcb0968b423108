// SPDX-License-Identifier: MIT
// THIRD-PARTY-NOTICES.txt, written next to the bundles of both builds, lists every npm package whose
// code is in them (and every dependency our sources import), each with its licence text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { NOTICES_FILE, packageOf } from '../../scripts/licence-notices.ts';
import { ROOT } from './support.ts';

describe('packageOf', () => {
  it('finds the package of a module id, scoped, nested or with a query, and nothing for our code', () => {
    expect(packageOf('/r/node_modules/lit-html/lit-html.js')?.name).toBe('lit-html');
    expect(packageOf('/r/node_modules/@deck.gl/core/dist/index.js')).toEqual({
      name: '@deck.gl/core',
      dir: '/r/node_modules/@deck.gl/core',
    });
    expect(packageOf('/r/node_modules/a/node_modules/@b/c/x.js?worker&url')?.name).toBe('@b/c');
    expect(packageOf('\0/r/node_modules/earcut/src/earcut.js')?.name).toBe('earcut');
    expect(packageOf('/r/src/embed.ts')).toBeNull();
    expect(packageOf('\0vite/preload-helper.js')).toBeNull();
  });
});

/** Dependencies of package.json that a source file imports (so they are bundled). */
function importedDependencies(): string[] {
  const deps = Object.keys(
    (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: object }).dependencies,
  );
  const sources = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(ROOT, 'src', f), 'utf8'))
    .join('\n');
  return deps.filter((d) => new RegExp(`from '${d}(/[^']*)?'|import\\('${d}(/[^']*)?'\\)`).test(sources));
}

describe.each([
  ['the app', 'vite.config.ts'],
  ['the embed', 'vite.embed.config.ts'],
])('notices of %s', (_name, configFile) => {
  it('list every package of the bundle and every imported dependency, with its licence text', async () => {
    const result = (await build({
      root: ROOT,
      configFile: join(ROOT, configFile),
      logLevel: 'silent',
      build: { write: false },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
    const asset = output.find((o) => o.fileName === NOTICES_FILE);
    expect(asset?.type).toBe('asset');
    const text = String((asset as Rolldown.OutputAsset).source);
    const listed = new Set([...text.matchAll(/^- (\S+) (\S+) \((.+)\)$/gm)].map((m) => m[1]));

    const bundled = new Set(
      output.flatMap((o) => (o.type === 'chunk' ? o.moduleIds.map((id) => packageOf(id)?.name ?? null) : [])),
    );
    bundled.delete(null);
    expect(bundled.size).toBeGreaterThan(20);
    expect([...bundled].filter((p) => !listed.has(p!))).toEqual([]);
    const imported = importedDependencies();
    expect(imported).toEqual(
      expect.arrayContaining(['maplibre-gl', 'lit', '@deck.gl/core', 'topojson-client']),
    );
    expect(imported.filter((p) => !listed.has(p))).toEqual([]);

    // Each entry has its full text: a copyright line, and no package lacks its licence file.
    for (const name of listed) {
      const section = text.split(`${'='.repeat(78)}\n${name} `)[1]?.split('='.repeat(78))[0] ?? '';
      expect(section, name).toMatch(/copyright/i);
    }
    expect(text).toMatch(/^maplibre-gl 6\.\d+\.\d+ \(BSD-3-Clause\)$/m);
    expect(text).not.toContain('ships no licence file');
  }, 180_000);
});
