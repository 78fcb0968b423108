// SPDX-License-Identifier: MIT
// The committed public/data must match its manifest, and (when ../shared is present) must be what
// `npm run data` produces today: a stale commit fails here rather than in the browser.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/types.ts';
import { buildData } from '../../scripts/lib/build.ts';
import { sha256 } from '../../scripts/lib/fs.ts';
import { cog, ROOT } from './support.ts';

const PUBLIC = join(ROOT, 'public/data');
const SHARED_GEO = resolve(ROOT, '../shared/data/geo');

describe('public/data', () => {
  it('matches the sha256 and sizes of its manifest', () => {
    const manifest = JSON.parse(readFileSync(join(PUBLIC, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.files.length).toBeGreaterThanOrEqual(6);
    for (const f of manifest.files) {
      const bytes = readFileSync(join(PUBLIC, f.file));
      expect(sha256(bytes), f.file).toBe(f.sha256);
      expect(bytes.length, f.file).toBe(f.bytes);
    }
    const listed = new Set([...manifest.files.map((f) => f.file), 'manifest.json']);
    for (const f of readdirSync(PUBLIC)) expect(listed.has(f), `${f} is not in the manifest`).toBe(true);
  });

  it.skipIf(!existsSync(SHARED_GEO))(
    'is up to date with data/ and ../shared/data/geo (skipped when ../shared is absent, e.g. in a clone without it)',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'poles-stale-'));
      try {
        await buildData({ root: ROOT, outDir: join(out, 'data'), cog: cog() });
        const built = readdirSync(join(out, 'data')).sort();
        expect(built).toEqual(readdirSync(PUBLIC).sort());
        for (const f of built) {
          const same = readFileSync(join(out, 'data', f)).equals(readFileSync(join(PUBLIC, f)));
          expect(same, `public/data/${f} is stale: run npm run data`).toBe(true);
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    30_000,
  );
});
