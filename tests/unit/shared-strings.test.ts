// SPDX-License-Identifier: MIT
// The imported sites keep one copy of each repeated string (data/shared-strings.ts), and the same values.
import { describe, expect, it } from 'vitest';
import { shareStrings, type StringTable } from '../../src/data/shared-strings.ts';
import type { Feature, MemberProperties, PointGeometry } from '../../src/types.ts';

/** A site as a worker's message gives it: every string a copy of its own. */
const site = (id: string, commune: string): Feature<MemberProperties, PointGeometry> =>
  structuredClone({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [4.8, 45.7] },
    properties: {
      pole: 'lyonbiopole',
      organisation: `Organisation ${id}`,
      kind: 'pme',
      role: null,
      commune,
      insee: '69123',
      departement: '69',
      region: '84',
      siteBasis: 'imported',
      year: null,
      evidence: null,
      poleNameInSource: 'Lyonbiopôle',
      source: 'liste.csv',
      siret: null,
    },
  } as Feature<MemberProperties, PointGeometry>);

describe('shareStrings', () => {
  it('keeps the values and shares them across batches', () => {
    const table: StringTable = new Map();
    const first = [site('a', 'Lyon'), site('b', 'Lyon')];
    const second = [site('c', 'Lyon')];
    const before = structuredClone([...first, ...second]);
    shareStrings(first, table);
    shareStrings(second, table);
    expect([...first, ...second]).toEqual(before);
    expect(table.get('Lyon')).toBe('Lyon');
    expect(table.has('Organisation a')).toBe(false);
    expect(table.has('a')).toBe(false);
    expect(table.size).toBeLessThan(15);
  });
});
