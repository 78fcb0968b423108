// SPDX-License-Identifier: MIT
// French wording in the catalogue and the default tour: narrow no-break spaces (U+202F) before
// : ; ! ? and inside « », a count agrees with its noun, a partnership kind has one name.
import { describe, expect, it } from 'vitest';
import defaultTour from '../../src/tour/default-tour.json';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { PARTNERSHIP_KINDS } from '../../src/types.ts';

/** Counts that are never 1, by construction: a filter of several régions, a grouping of pôles. */
const ALWAYS_PLURAL = new Set(['summary.regions', 'links.grouping.node']);

/** Every French text of the default tour, named by its place. */
const tourTexts = (defaultTour.stops as Record<string, unknown>[]).flatMap((stop, i) =>
  ['title', 'caption', 'sources', 'notes'].flatMap((field) => {
    const text = (stop[field] as { fr?: string } | undefined)?.fr;
    return text === undefined ? [] : [[`stops[${i}].${field}.fr`, text] as const];
  }),
);

/** The places where French typography wants a narrow no-break space and finds another space. */
function badSpaces(text: string): string[] {
  return [...text.matchAll(/[ \u00a0][:;!?](?=\s|$)|«[ \u00a0]|[ \u00a0]»/g)].map((m) => m[0]);
}

describe('French typography', () => {
  it('puts a narrow no-break space before : ; ! ? and inside « » in the catalogue and the tour', () => {
    const texts = [...Object.entries(fr), ...tourTexts];
    expect(texts.length).toBeGreaterThan(500);
    const bad = texts.filter(([, text]) => badSpaces(text).length).map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('finds what it looks for', () => {
    expect(badSpaces('Sites : 3 ; « mot » !')).toEqual([' :', ' ;', '« ', ' »', ' !']);
    expect(badSpaces('Sites\u202f: 3\u202f; «\u202fmot\u202f»\u202f! http://x 10:30')).toEqual([]);
  });
});

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
