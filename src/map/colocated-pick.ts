// SPDX-License-Identifier: MIT
// What the pointer is over among the pôles and sites (pure): every symbol whose drawn disc holds it,
// not only the one deck.gl picked on top, with the symbols sharing the picked one's point, so that
// the tooltip and the click list name all of them.
import type { DrawnSymbol } from '../layers/colocation/colocation.ts';
import type { PlacedPoint } from '../geo/colocation.ts';

/** A pôle or a site, by layer and id. */
export interface SymbolRef {
  layer: PlacedPoint['layer'];
  id: string;
}

/** Slack around a symbol's disc, in CSS pixels: its outline and the pointer's own imprecision. */
const SLACK = 1.5;

/**
 * The pôles then the sites (each in the order given) under `at` among `drawn`, with `group` (the
 * symbols sharing a point with the picked one), once each.
 */
export function symbolsAt(
  drawn: readonly DrawnSymbol[],
  at: { x: number; y: number; layer?: string; id?: string },
  group: readonly SymbolRef[],
): SymbolRef[] {
  const found: SymbolRef[] = [];
  const seen = new Set<string>();
  const add = (s: SymbolRef) => {
    const key = `${s.layer}:${s.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ layer: s.layer, id: s.id });
  };
  if ((at.layer === 'poles' || at.layer === 'members') && at.id) add({ layer: at.layer, id: at.id });
  for (const s of drawn) {
    if (Math.hypot(s.x - at.x, s.y - at.y) <= s.radius + SLACK) add(s);
  }
  for (const s of group) add(s);
  return [...found.filter((s) => s.layer === 'poles'), ...found.filter((s) => s.layer === 'members')];
}
