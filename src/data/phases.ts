// SPDX-License-Identifier: MIT
// The counting rule of data/README.md and the official counts it is compared with. The two differ
// for 2005 (66 by the rule, 67 officially: the 67th pôle is not identified by any stored source),
// so the app shows both figures rather than inventing a pôle.

/** Labelled in `year` when labelled_year ≤ year and (ended_year is empty or ended_year > year). */
export function isLabelledIn(p: { labelledYear: number; endedYear: number | null }, year: number): boolean {
  return p.labelledYear <= year && (p.endedYear === null || p.endedYear > year);
}

/** Number of pôles labelled in `year` according to the counting rule. */
export function countLabelledIn(poles: readonly { labelledYear: number; endedYear: number | null }[], year: number): number {
  return poles.filter((p) => isLabelledIn(p, year)).length;
}

/**
 * Official figures: 67 labelled on 12 July 2005, 71 in 2007-2013, 66 at the end of phase 3 (2018),
 * 56 labelled in 2019 (phase 4). Sources: data/README.md and data/notes/poles-notes.md.
 */
export const OFFICIAL_COUNTS: Readonly<Record<2005 | 2007 | 2010 | 2013 | 2018 | 2019, number>> = {
  2005: 67,
  2007: 71,
  2010: 71,
  2013: 71,
  2018: 66,
  2019: 56,
};

/** First and last years of the modelled scope: what happened after 2019 is not in the data. */
export const SCOPE = { first: 2005, last: 2019 } as const;
