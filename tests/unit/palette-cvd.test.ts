// SPDX-License-Identifier: MIT
// Do the legend colours stay apart for a deuteranope (about 5% of men)? Each colour is passed
// through Machado, Oliveira & Fernandes (2009)'s deuteranopia matrix (severity 1, applied to linear
// RGB), then compared with CIEDE2000 in CIELAB (D65).
//
// Thresholds, and why: ΔE00 ≈ 2.3 is a just-noticeable difference for large patches side by side;
// our swatches and map points are a few pixels wide, where the difference needed to tell colours
// apart grows several-fold (Stone, Szafir & Setlur 2014, colour difference as a function of size).
// - Adjacent legend entries must differ by ΔE00 ≥ 8 (≈ 3.5 JND): a reader matches a point to its
//   swatch by comparing neighbours in the legend.
// - Any two colours of one legend must differ by ΔE00 ≥ 5 (services-finance was #555555, 1.2 from
//   chimie-materiaux for a deuteranope: this test found it).
import { describe, expect, it } from 'vitest';
import { MEMBER_KIND_COLOURS, SECTOR_COLOURS, hexToRgb } from '../../src/theme/palette.ts';
import { MEMBER_KINDS, SECTORS } from '../../src/types.ts';

type Lab = [number, number, number];

const ADJACENT_MIN = 8;
const ANY_MIN = 5;

// Machado et al. 2009, deuteranopia, severity 1.0 (rows sum to 1: greys are unchanged).
const DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
] as const;

const toLinear = (c: number): number => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

function simulate(linear: readonly number[]): number[] {
  return DEUTERANOPIA.map((row) =>
    Math.min(1, Math.max(0, row[0] * linear[0]! + row[1] * linear[1]! + row[2] * linear[2]!)),
  );
}

/** Linear sRGB → CIELAB (D65 white). */
function lab([r, g, b]: readonly number[]): Lab {
  const x = (0.4124564 * r! + 0.3575761 * g! + 0.1804375 * b!) / 0.95047;
  const y = 0.2126729 * r! + 0.7151522 * g! + 0.072175 * b!;
  const z = (0.0193339 * r! + 0.119192 * g! + 0.9503041 * b!) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** CIEDE2000 (Sharma, Wu & Dalal 2005), kL = kC = kH = 1. */
function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1 = Math.hypot(a1p, b1);
  const c2 = Math.hypot(a2p, b2);
  const hue = (a: number, b: number) =>
    a === 0 && b === 0 ? 0 : ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
  const h1 = hue(a1p, b1);
  const h2 = hue(a2p, b2);
  let dh = 0;
  if (c1 * c2 !== 0) dh = h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin(rad(dh / 2));
  const lBar = (l1 + l2) / 2;
  const cBarP = (c1 + c2) / 2;
  let hBar = h1 + h2;
  if (c1 * c2 !== 0) {
    hBar =
      Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos(rad(hBar - 30)) +
    0.24 * Math.cos(rad(2 * hBar)) +
    0.32 * Math.cos(rad(3 * hBar + 6)) -
    0.2 * Math.cos(rad(4 * hBar - 63));
  const dTheta = 30 * Math.exp(-(((hBar - 275) / 25) ** 2));
  const rC = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7));
  const sL = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sC = 1 + 0.045 * cBarP;
  const sH = 1 + 0.015 * cBarP * t;
  const rT = -Math.sin(rad(2 * dTheta)) * rC;
  const [x, y, z] = [(l2 - l1) / sL, (c2 - c1) / sC, dH / sH];
  return Math.sqrt(x * x + y * y + z * z + rT * y * z);
}

const asDeuteranope = (hex: string): Lab => lab(simulate(hexToRgb(hex).map(toLinear)));

interface Pair {
  a: string;
  b: string;
  dE: number;
}

function pairs<K extends string>(
  keys: readonly K[],
  colours: Record<K, string>,
  adjacentOnly: boolean,
): Pair[] {
  const out: Pair[] = [];
  keys.forEach((a, i) =>
    keys.slice(i + 1, adjacentOnly ? i + 2 : undefined).forEach((b) => {
      out.push({ a, b, dE: deltaE2000(asDeuteranope(colours[a]), asDeuteranope(colours[b])) });
    }),
  );
  return out.sort((p, q) => p.dE - q.dE);
}

const show = (p: Pair) => `${p.a}/${p.b} ΔE00 ${p.dE.toFixed(1)}`;

describe('the colour-difference maths', () => {
  it('matches the CIEDE2000 test data of Sharma, Wu & Dalal (2005)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
  });

  it('leaves greys unchanged and makes red and green close for a deuteranope', () => {
    expect(deltaE2000(asDeuteranope('#777777'), lab(hexToRgb('#777777').map(toLinear)))).toBeLessThan(0.1);
    const normal = deltaE2000(lab(hexToRgb('#d62728').map(toLinear)), lab(hexToRgb('#2ca02c').map(toLinear)));
    expect(deltaE2000(asDeuteranope('#d62728'), asDeuteranope('#2ca02c'))).toBeLessThan(normal / 3);
  });
});

describe.each([
  { legend: 'sectors', keys: SECTORS, colours: SECTOR_COLOURS as Record<string, string> },
  { legend: 'member kinds', keys: MEMBER_KINDS, colours: MEMBER_KIND_COLOURS as Record<string, string> },
])('$legend under deuteranopia', ({ keys, colours }) => {
  const adjacent = pairs(keys, colours, true);
  const all = pairs(keys, colours, false);

  it(`keeps adjacent legend entries ≥ ${ADJACENT_MIN} apart (weakest: ${adjacent.slice(0, 2).map(show).join('; ')})`, () => {
    expect(adjacent.filter((p) => p.dE < ADJACENT_MIN).map(show)).toEqual([]);
  });

  it(`keeps any two colours ≥ ${ANY_MIN} apart (weakest: ${all.slice(0, 3).map(show).join('; ')})`, () => {
    expect(all.filter((p) => p.dE < ANY_MIN).map(show)).toEqual([]);
  });
});

/** CIELAB hue angle (degrees) and chroma of a colour, for normal vision. */
function hueOf(hex: string): { hue: number; chroma: number } {
  const [, a, b] = lab(hexToRgb(hex).map(toLinear));
  return { hue: ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360, chroma: Math.hypot(a, b) };
}

/** Below this chroma a colour is a grey: its hue means nothing (both "autre" are greys). */
const GREY_CHROMA = 10;
/** Least hue difference between a sector's colour (HQs) and a kind's (sites) on one map. */
const HUE_MIN = 15;

describe('sector and member-kind colours', () => {
  it(`share no hue: every kind is ≥ ${HUE_MIN}° of CIELAB hue from every sector`, () => {
    const clashes: string[] = [];
    for (const [sector, s] of Object.entries(SECTOR_COLOURS)) {
      for (const [kind, k] of Object.entries(MEMBER_KIND_COLOURS)) {
        const a = hueOf(s);
        const b = hueOf(k);
        if (a.chroma < GREY_CHROMA || b.chroma < GREY_CHROMA) continue;
        const d = Math.abs(a.hue - b.hue);
        if (Math.min(d, 360 - d) < HUE_MIN)
          clashes.push(`${sector}/${kind} ${Math.min(d, 360 - d).toFixed(1)}°`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('tells greys apart by lightness: the sectors\' and the kinds\' "autre"', () => {
    const l = (hex: string) => lab(hexToRgb(hex).map(toLinear))[0];
    expect(Math.abs(l(SECTOR_COLOURS.autre) - l(MEMBER_KIND_COLOURS.autre))).toBeGreaterThan(8);
  });
});
