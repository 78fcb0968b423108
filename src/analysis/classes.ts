// SPDX-License-Identifier: MIT
// Classed colour scale for choropleths: a few classes with round limits read better than a
// continuous ramp, and quantiles keep every class populated when counts are very skewed (most
// départements have no pôle HQ, a few have ten).
import { ascending, bisectLeft, bisectRight, extent, quantileSorted, tickIncrement } from 'd3-array';

/** Most classes a palette offers (ColorBrewer's YlGnBu goes up to 9). */
export const MAX_CLASSES = 9;

/**
 * ColorBrewer's YlGnBu for 3 to 9 classes (Cynthia Brewer, Apache-2.0), as d3-scale-chromatic
 * ships it: written out because importing one scheme from there brings its interpolators along
 * (~11 kB gzip in the JS of every page); a unit test keeps the two equal.
 */
export const YL_GN_BU: Readonly<Record<3 | 4 | 5 | 6 | 7 | 8 | 9, readonly string[]>> = {
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  8: ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  9: ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'],
};

/** Fill of a territory without data (unknown population or area); grey is outside the ramp. */
export const NO_DATA_COLOUR = '#d9d9d9';

/**
 * `q` rounded to a step of about a tenth of it, on the 1-2-5 grid of d3's ticks (1,234 → 1,200;
 * 0.37 → 0.35; 176.9 → 180), or to a whole number for whole-number data, so that a count class
 * ends on a count. Within 5 % of the quantile, so the classes stay balanced.
 */
function nice(q: number, integers: boolean): number {
  if (q === 0) return 0;
  const inc = tickIncrement(0, Math.abs(q), 10);
  // A negative increment means a step of 1/-inc: dividing by it avoids 0.1 + 0.2 style errors.
  if (inc < 0) return integers ? Math.round(q) : Math.round(q * -inc) / -inc;
  return Math.round(q / inc) * inc;
}

/**
 * Class limits for `values`: at most k - 1 strictly increasing thresholds; class i holds the values
 * v with breaks[i - 1] ≤ v < breaks[i]. Quantiles are taken over the distinct values, so that a mass
 * of ties (many zeros) gets one class rather than swallowing them all, then rounded to nice numbers;
 * a threshold that would leave a class empty is dropped. No threshold (one class) when there are
 * fewer than two distinct finite values (e.g. all zero).
 */
export function classBreaks(values: readonly number[], k = 5): number[] {
  const distinct = [...new Set(values.filter(Number.isFinite))].sort(ascending);
  const classes = Math.min(Math.max(1, Math.floor(k)), MAX_CLASSES);
  const integers = distinct.every(Number.isInteger);
  const max = distinct.at(-1);
  const breaks: number[] = [];
  if (max === undefined) return breaks;
  for (let i = 1; i < classes; i++) {
    const b = nice(quantileSorted(distinct, i / classes)!, integers);
    const lower = breaks.at(-1) ?? -Infinity;
    // The class [lower, b) needs a value, and so does the class above b.
    const firstInClass = distinct[bisectLeft(distinct, lower)]!;
    if (b > lower && firstInClass < b && b <= max) breaks.push(b);
  }
  return breaks;
}

/** Class index of `value` (0 … breaks.length); null for a missing value (no data). */
export function classOf(value: number | null | undefined, breaks: readonly number[]): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return bisectRight(breaks, value);
}

/**
 * `n` colours from light to dark, from ColorBrewer's YlGnBu (sequential, colour-blind safe and
 * printable in grey). Its schemes start at 3 classes: 1 and 2 classes take colours of the 3-class one.
 */
export function classColours(n: number): string[] {
  const three = YL_GN_BU[3];
  if (n <= 1) return [three[1]!];
  if (n === 2) return [three[0]!, three[2]!];
  return [...YL_GN_BU[Math.min(n, MAX_CLASSES) as keyof typeof YL_GN_BU]];
}

export interface LegendEntry {
  /** Smallest value of the class (the data minimum for the first class). */
  from: number;
  /** Largest value of the class: the data maximum for the last; for whole numbers, the break minus 1. */
  to: number;
  colour: string;
  /** "from – to", or one value when from = to, written with `format` (e.g. fr-FR numbers). */
  text: string;
}

/**
 * Legend of the classes of `breaks` for `values` (the same values as for classBreaks), one entry
 * per class. For whole numbers a class [2, 5) reads "2 – 4"; otherwise the usual "2 – 5", where a
 * limit belongs to the class above it. Empty when there is no finite value.
 */
export function legendEntries(
  breaks: readonly number[],
  values: readonly number[],
  format: (n: number) => string,
): LegendEntry[] {
  const finite = values.filter(Number.isFinite);
  const [min, max] = extent(finite);
  if (min === undefined || max === undefined) return [];
  const integers = finite.every(Number.isInteger);
  const colours = classColours(breaks.length + 1);
  return colours.map((colour, i) => {
    const from = i === 0 ? min : breaks[i - 1]!;
    const to = i === breaks.length ? max : integers ? breaks[i]! - 1 : breaks[i]!;
    return { from, to, colour, text: from === to ? format(from) : `${format(from)} – ${format(to)}` };
  });
}
