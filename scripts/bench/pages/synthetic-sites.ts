// SPDX-License-Identifier: MIT
// The SYNTHETIC sites of scripts/bench/synthetic.ts, decoded into member-like features for the bench
// pages (not real members: see that file).
import type { MemberSite } from '../../../src/layers/members/members.layer.ts';
import { MEMBER_KINDS } from '../../../src/types.ts';

export interface SyntheticMeta {
  synthetic: true;
  count: number;
  poles: string[];
}

/** Decodes the file of synthetic.ts (positions, kinds, pôles) into member-like features. */
export function decode(bytes: Uint8Array, meta: SyntheticMeta): MemberSite[] {
  const n = meta.count;
  const positions = new Float32Array(bytes.buffer, bytes.byteOffset, n * 2);
  const sites = new Array<MemberSite>(n);
  for (let i = 0; i < n; i++) {
    // Only what the layer reads: a full MemberProperties per site would measure object creation.
    sites[i] = {
      type: 'Feature',
      id: `synthetic-${i}`,
      geometry: { type: 'Point', coordinates: [positions[2 * i]!, positions[2 * i + 1]!] },
      properties: {
        pole: meta.poles[bytes[n * 9 + i]!]!,
        kind: MEMBER_KINDS[bytes[n * 8 + i]!]!,
        synthetic: true,
      },
    } as unknown as MemberSite;
  }
  return sites;
}
