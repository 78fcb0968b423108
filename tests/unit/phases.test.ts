// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCollector } from '../../src/data/errors.ts';
import { countLabelledIn, isLabelledIn, OFFICIAL_COUNTS } from '../../src/data/phases.ts';
import { parsePoles } from '../../src/data/tables.ts';
import { ROOT } from './support.ts';

describe('counting rule', () => {
  it('is labelled from labelled_year until the year before ended_year', () => {
    const p = { labelledYear: 2005, endedYear: 2019 };
    expect([2004, 2005, 2018, 2019].map((y) => isLabelledIn(p, y))).toEqual([false, true, true, false]);
    expect(isLabelledIn({ labelledYear: 2010, endedYear: null }, 2030)).toBe(true);
  });

  it('gives 66 (2005), 71 (2010) and 55 (2019: PICOM ended at the end of 2019) on data/poles.csv', () => {
    const errors = new ErrorCollector();
    const poles = parsePoles('data/poles.csv', readFileSync(join(ROOT, 'data/poles.csv')), errors);
    expect(errors.count).toBe(0);
    expect(countLabelledIn(poles, 2005)).toBe(66);
    expect(countLabelledIn(poles, 2010)).toBe(71);
    expect(countLabelledIn(poles, 2019)).toBe(55);
    // The rule and the official figures agree except in 2005 (67th pôle not identified) and 2019 (PICOM).
    for (const [year, official] of Object.entries(OFFICIAL_COUNTS)) {
      if (year !== '2005' && year !== '2019') expect(countLabelledIn(poles, Number(year)), year).toBe(official);
    }
    expect(OFFICIAL_COUNTS[2005]).toBe(67);
  });
});
