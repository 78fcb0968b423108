// SPDX-License-Identifier: MIT
// Classed choropleth scale: nice increasing limits, no empty class, colours and legend text.
import { describe, expect, it } from 'vitest';
import {
  classBreaks,
  classColours,
  classOf,
  legendEntries,
  MAX_CLASSES,
  NO_DATA_COLOUR,
  YL_GN_BU,
} from '../../src/analysis/classes.ts';
import { schemeYlGnBu } from 'd3-scale-chromatic';
import { normalise, territoryStats } from '../../src/analysis/territory-stats.ts';
import { publicData } from '../fixtures/analysis/public-data.ts';

const fr = (n: number): string => n.toLocaleString('fr-FR');

/** Every class holds at least one value and the limits increase strictly. */
function expectWellFormed(values: number[], breaks: number[]): void {
  for (let i = 1; i < breaks.length; i++) expect(breaks[i]!).toBeGreaterThan(breaks[i - 1]!);
  const used = new Set(values.map((v) => classOf(v, breaks)));
  expect(used.size).toBe(breaks.length + 1);
}

describe('classBreaks', () => {
  it('gives one class for no data, one value, or all zeros', () => {
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([0, 0, 0])).toEqual([]);
    expect(classBreaks([7])).toEqual([]);
    expect(classBreaks([NaN, Infinity, 3])).toEqual([]);
  });

  it('never makes more classes than distinct values', () => {
    expect(classBreaks([0, 0, 0, 0, 5])).toEqual([1]);
    const values = [0, 0, 0, 1, 1, 2];
    const breaks = classBreaks(values, 9);
    expect(breaks).toEqual([1, 2]);
    expectWellFormed(values, breaks);
  });

  it('keeps whole-number limits for counts, and gives zeros a class of their own', () => {
    const counts = [...Array(60).fill(0), ...Array(20).fill(1), 2, 2, 3, 3, 5, 8, 13];
    const breaks = classBreaks(counts, 5);
    expect(breaks.every(Number.isInteger)).toBe(true);
    expect(breaks[0]).toBe(1);
    expectWellFormed(counts, breaks);
  });

  it('rounds quantiles of continuous values to nice numbers', () => {
    const values = [0.013, 0.21, 0.37, 0.52, 0.88, 1.27, 2.41, 3.9, 7.7, 12.6];
    const breaks = classBreaks(values, 5);
    expect(breaks).toHaveLength(4);
    for (const b of breaks) expect(Number(b.toPrecision(2))).toBe(b);
    expectWellFormed(values, breaks);
  });

  it('caps the number of classes at the palette size', () => {
    const values = Array.from({ length: 200 }, (_, i) => i);
    expect(classBreaks(values, 20).length).toBe(MAX_CLASSES - 1);
  });

  it('makes well-formed classes for every map of the committed data', () => {
    const { poles, members, territories } = publicData();
    for (const level of ['region', 'region2015', 'departement'] as const) {
      const stats = [...territoryStats(level, poles.features, members.features, territories).values()];
      for (const metric of ['poles', 'sites'] as const) {
        for (const norm of ['none', 'capita', 'area'] as const) {
          const values = stats.map((s) => normalise(s[metric], norm, s.population, s.areaKm2)!);
          const breaks = classBreaks(values);
          expect(breaks.length, `${level} ${metric} ${norm}`).toBeGreaterThanOrEqual(2);
          expectWellFormed(values, breaks);
        }
      }
    }
  });
});

describe('classOf', () => {
  it('puts a limit in the class above it, and missing values in none', () => {
    expect([-1, 0, 0.99, 1, 4.9, 5, 100].map((v) => classOf(v, [1, 5]))).toEqual([0, 0, 0, 1, 1, 2, 2]);
    expect(classOf(3, [])).toBe(0);
    expect(classOf(null, [1])).toBeNull();
    expect(classOf(NaN, [1])).toBeNull();
  });
});

describe('colours and legend', () => {
  it('gives n distinct hex colours from light to dark, and a grey for no data outside the ramp', () => {
    for (let n = 1; n <= MAX_CLASSES; n++) {
      const colours = classColours(n);
      expect(colours).toHaveLength(n);
      expect(new Set(colours).size).toBe(n);
      for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(classColours(5)).not.toContain(NO_DATA_COLOUR);
    const lightness = (hex: string): number => {
      const n = Number.parseInt(hex.slice(1), 16);
      return ((n >> 16) & 255) + ((n >> 8) & 255) + (n & 255);
    };
    const five = classColours(5).map(lightness);
    expect([...five].sort((a, b) => b - a)).toEqual(five);
  });

  it("keeps the written-out YlGnBu equal to d3-scale-chromatic's", () => {
    for (let n = 3; n <= MAX_CLASSES; n++) {
      expect(YL_GN_BU[n as keyof typeof YL_GN_BU]).toEqual(schemeYlGnBu[n]);
      expect(classColours(n)).toEqual(schemeYlGnBu[n]);
    }
  });

  it('labels whole-number classes by their values, with the caller’s number format', () => {
    const values = [0, 0, 1, 2, 3, 4, 12];
    expect(legendEntries([1, 3], values, fr).map((e) => e.text)).toEqual(['0', '1 – 2', '3 – 12']);
    expect(legendEntries([1, 3], values, fr).map((e) => e.colour)).toEqual(classColours(3));
  });

  it('labels continuous classes by their limits', () => {
    const entries = legendEntries([0.5, 2.5], [0.12, 1, 3.75], fr);
    expect(entries.map((e) => [e.from, e.to, e.text])).toEqual([
      [0.12, 0.5, '0,12 – 0,5'],
      [0.5, 2.5, '0,5 – 2,5'],
      [2.5, 3.75, '2,5 – 3,75'],
    ]);
    expect(legendEntries([], [], fr)).toEqual([]);
    expect(legendEntries([], [4, 4], fr).map((e) => e.text)).toEqual(['4']);
  });
});
