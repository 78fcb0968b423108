// SPDX-License-Identifier: MIT
// One string for each repeated value of the imported sites (pure). A worker's message is copied
// into the page value by value: 100,000 sites came with 100,000 copies of "Feature", of their
// pôle's id, of their commune... which all outlived the import and made the heap, and the
// garbage collector's pauses over it, grow (issue 14). Each copy is swapped for the first one
// seen, and dies young.
import type { Feature, MemberProperties, PointGeometry } from '../types.ts';

/** The properties whose values repeat from site to site (names, ids and codes that are not). */
const REPEATED = [
  'pole',
  'kind',
  'role',
  'commune',
  'insee',
  'departement',
  'region',
  'region2015',
  'siteBasis',
  'year',
  'evidence',
  'poleNameInSource',
  'source',
] as const satisfies readonly (keyof MemberProperties)[];

/** Values seen so far, each its own first copy. */
export type StringTable = Map<string, string>;

function shared(table: StringTable, value: string): string {
  const first = table.get(value);
  if (first !== undefined) return first;
  table.set(value, value);
  return value;
}

/** Swaps, in place, each repeated string of `features` for the first copy of it in `table`. */
export function shareStrings(features: Feature<MemberProperties, PointGeometry>[], table: StringTable): void {
  for (const f of features) {
    f.type = shared(table, f.type) as 'Feature';
    f.geometry.type = shared(table, f.geometry.type) as 'Point';
    const p = f.properties as unknown as Record<string, unknown>;
    for (const key of REPEATED) {
      const value = p[key];
      if (typeof value === 'string') p[key] = shared(table, value);
    }
  }
}
