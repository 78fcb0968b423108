// SPDX-License-Identifier: MIT
// The benchmark's synthetic data: seeded (the same points every run), inside France, labelled
// synthetic, and never written where the app would serve it as real data.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FRANCE_BBOX,
  ROOT,
  assertOutsidePublic,
  pointsBytes,
  syntheticCsv,
  syntheticPoints,
  writeSynthetic,
} from '../../scripts/bench/synthetic.ts';
import type { CommunesFile } from '../../src/types.ts';

describe('bench synthetic data', () => {
  it('draws the same points for the same seed, and other points for another', () => {
    const a = syntheticPoints(500, 10, 7);
    expect(syntheticPoints(500, 10, 7).positions).toEqual(a.positions);
    expect(syntheticPoints(500, 10, 8).positions).not.toEqual(a.positions);
  });

  it('puts every site inside the bbox of metropolitan France', () => {
    const { positions, poles } = syntheticPoints(2000, 3);
    const [west, south, east, north] = FRANCE_BBOX;
    const lons = Array.from({ length: 2000 }, (_, i) => positions[2 * i]!);
    const lats = Array.from({ length: 2000 }, (_, i) => positions[2 * i + 1]!);
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(Math.fround(west));
    expect(Math.max(...lons)).toBeLessThanOrEqual(Math.fround(east));
    expect(Math.min(...lats)).toBeGreaterThanOrEqual(Math.fround(south));
    expect(Math.max(...lats)).toBeLessThanOrEqual(Math.fround(north));
    expect(Math.max(...poles)).toBeLessThan(3);
    expect(pointsBytes(syntheticPoints(10, 3)).length).toBe(100);
  });

  it('labels CSV rows as synthetic and uses the real codes and pôle ids given', () => {
    const communes = {
      code: ['01001', '75056'],
      name: ['Abergement', 'Paris'],
      postalCodes: ['01400', '75001 75002'],
    };
    const csv = syntheticCsv(200, communes as CommunesFile, ['minalogic'])
      .trim()
      .split('\n');
    expect(csv[0]).toBe('Organisation,Code INSEE,Code postal,Commune,Pole,Kind,SIRET');
    expect(csv).toHaveLength(201);
    for (const line of csv.slice(1)) {
      expect(line).toMatch(/^Synthetic member \d+ \(synthetic\),(01001|75056|),(01400|75001|),/);
      expect(line).toContain(',minalogic,');
    }
  });

  it('refuses to write into public/, and labels what it writes elsewhere', () => {
    expect(() => assertOutsidePublic(join(ROOT, 'public/data'))).toThrow(/public/);
    expect(() => assertOutsidePublic(join(ROOT, 'public'))).toThrow(/public/);
    const dir = mkdtempSync(join(tmpdir(), 'bench-synthetic-'));
    try {
      writeSynthetic(dir, [100], null);
      expect(readdirSync(dir).every((f) => /synthetic|SYNTHETIC/.test(f))).toBe(true);
      const meta = JSON.parse(readFileSync(join(dir, 'synthetic-members-100.bin.json'), 'utf8'));
      expect(meta).toMatchObject({ synthetic: true, count: 100 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
