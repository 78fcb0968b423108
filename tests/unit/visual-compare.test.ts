// SPDX-License-Identifier: MIT
// The visual regression tolerance: it forgives the renderer's antialiasing noise and a one-pixel
// blur, and still catches a moved symbol or a changed fill.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { compareImages, shrink } from '../e2e/visual/compare.ts';

const WHITE = [255, 255, 255];

function image(width: number, height: number, paint: (x: number, y: number) => number[] = () => WHITE): PNG {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) png.data.set([...paint(x, y), 255], (y * width + x) * 4);
  }
  return png;
}

/** A dark square of side 8 at (left, top) on white. */
const square = (left: number, top: number) =>
  image(200, 100, (x, y) => (x >= left && x < left + 8 && y >= top && y < top + 8 ? [30, 30, 30] : WHITE));

describe('compareImages', () => {
  it('matches an image with itself', () => {
    expect(compareImages(square(50, 50), square(50, 50))).toMatchObject({ differentShare: 0, matches: true });
  });

  it('forgives small antialiasing noise everywhere', () => {
    const noisy = image(200, 100, (x, y) => ((x + y) % 3 ? WHITE : [240, 240, 240]));
    expect(compareImages(image(200, 100), noisy).matches).toBe(true);
  });

  it('catches a symbol moved by 12 pixels', () => {
    const result = compareImages(square(50, 50), square(62, 50));
    expect(result.matches).toBe(false);
    // The diff marks the blocks at both places in magenta.
    expect([...result.diff.data.subarray((51 * 200 + 51) * 4, (51 * 200 + 51) * 4 + 3)]).toEqual([
      255, 0, 255,
    ]);
  });

  it('catches one small marker moved on a whole stored screenshot', () => {
    // 640×400: a 1280×800 screenshot at its stored half size; a 10 px marker is 5 px there.
    const marker = (left: number) =>
      image(640, 400, (x, y) => (x >= left && x < left + 5 && y >= 200 && y < 205 ? [30, 30, 30] : WHITE));
    expect(compareImages(marker(300), marker(307)).matches).toBe(false);
  });

  it('catches a changed fill of a large area', () => {
    const tinted = image(200, 100, (x) => (x < 40 ? [200, 230, 255] : WHITE));
    expect(compareImages(image(200, 100), tinted).matches).toBe(false);
  });

  it('fails images of another size', () => {
    expect(compareImages(image(200, 100), image(100, 100))).toMatchObject({
      differentShare: 1,
      matches: false,
    });
  });
});

describe('shrink', () => {
  it('averages 2×2 pixels', () => {
    const half = shrink(image(4, 2, (x) => (x % 2 ? [0, 0, 0] : [200, 100, 50])));
    expect([half.width, half.height]).toEqual([2, 1]);
    expect([...half.data.subarray(0, 4)]).toEqual([100, 50, 25, 255]);
  });
});
