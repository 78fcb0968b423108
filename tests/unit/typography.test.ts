// SPDX-License-Identifier: MIT
// French wording in the catalogue: a count agrees with its noun, a partnership kind has one name.
// (The narrow no-break spaces before : ; ! ? are not enforced yet: the catalogue and the tests that
// quote it move together, in a change of their own.)
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { PARTNERSHIP_KINDS } from '../../src/types.ts';

/** Counts that are never 1, by construction: a filter of several régions, a grouping of pôles. */
const ALWAYS_PLURAL = new Set(['summary.regions', 'links.grouping.node']);

describe('French wording', () => {
  it('agrees every count with its noun: a plural noun after {n} only in an .other form', () => {
    const bad = Object.entries(fr).filter(
      ([key, text]) => !key.endsWith('.other') && !ALWAYS_PLURAL.has(key) && /\{n\} [\p{L}’]+s\b/u.test(text),
    );
    expect(bad.map(([k]) => k)).toEqual([]);
    // Every counted .other form has its .one (an .other without {n} is a category, such as a kind).
    const counted = Object.entries(fr).filter(([k, v]) => k.endsWith('.other') && v.includes('{n}'));
    const lone = counted.filter(([k]) => !Object.hasOwn(fr, `${k.slice(0, -'.other'.length)}.one`));
    expect(lone.map(([k]) => k)).toEqual([]);
  });

  it('gives each partnership kind one name, in both languages', () => {
    for (const catalogue of [fr, en]) {
      const names = Object.keys(catalogue).filter((k) =>
        PARTNERSHIP_KINDS.some((kind) => k.endsWith(`.${kind}`) && /kind/i.test(k)),
      );
      expect(names.sort()).toEqual(PARTNERSHIP_KINDS.map((kind) => `links.kind.${kind}`).sort());
    }
  });
});
