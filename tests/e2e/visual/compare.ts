// SPDX-License-Identifier: MIT
// The comparison behind the visual regression tests: two screenshots match when, once both are
// averaged over blocks of a few pixels, few blocks differ by more than a channel tolerance. Averaging
// forgives the sub-pixel antialiasing differences of the CPU renderer (SwiftShader) from one run to
// the next, while a moved symbol, a label drawn over another or a changed fill still moves whole
// blocks by far more than the tolerance.
import { PNG } from 'pngjs';

export interface CompareOptions {
  /** Side of the averaged blocks, in pixels of the images compared. */
  block: number;
  /** Largest difference of one channel's block average (0-255) that still counts as equal. */
  channelTolerance: number;
  /** Largest share of differing blocks (0-1) of two matching images. */
  maxDifferentShare: number;
}

export const VISUAL_TOLERANCE: CompareOptions = { block: 2, channelTolerance: 28, maxDifferentShare: 0.0002 };

export interface Comparison {
  /** Share of blocks beyond the tolerance (1 when the sizes differ). */
  differentShare: number;
  matches: boolean;
  /** The reference dimmed, with differing blocks in magenta: what to look at when a test fails. */
  diff: PNG;
}

/** `png` halved `times` times by averaging 2×2 pixels: the stored size of a reference screenshot. */
export function shrink(png: PNG, times = 1): PNG {
  let out = png;
  for (let t = 0; t < times; t++) {
    const src = out;
    const width = Math.floor(src.width / 2);
    const height = Math.floor(src.height / 2);
    const next = new PNG({ width, height });
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        for (let c = 0; c < 4; c++) {
          let sum = 0;
          for (const [dx, dy] of [
            [0, 0],
            [1, 0],
            [0, 1],
            [1, 1],
          ] as const) {
            sum += src.data[((y * 2 + dy) * src.width + x * 2 + dx) * 4 + c]!;
          }
          next.data[(y * width + x) * 4 + c] = Math.round(sum / 4);
        }
      }
    }
    out = next;
  }
  return out;
}

/** Mean of channel `c` over the block at (bx, by). */
function blockMean(png: PNG, bx: number, by: number, block: number, c: number): number {
  let sum = 0;
  let n = 0;
  for (let y = by * block; y < Math.min((by + 1) * block, png.height); y++) {
    for (let x = bx * block; x < Math.min((bx + 1) * block, png.width); x++) {
      sum += png.data[(y * png.width + x) * 4 + c]!;
      n++;
    }
  }
  return sum / n;
}

export function compareImages(reference: PNG, actual: PNG, options = VISUAL_TOLERANCE): Comparison {
  const diff = new PNG({ width: reference.width, height: reference.height });
  for (let i = 0; i < reference.data.length; i += 4) {
    for (let c = 0; c < 3; c++) diff.data[i + c] = 128 + (reference.data[i + c]! >> 2);
    diff.data[i + 3] = 255;
  }
  if (reference.width !== actual.width || reference.height !== actual.height) {
    return { differentShare: 1, matches: false, diff };
  }
  const { block, channelTolerance } = options;
  const columns = Math.ceil(reference.width / block);
  const rows = Math.ceil(reference.height / block);
  let different = 0;
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      let worst = 0;
      for (let c = 0; c < 3; c++) {
        worst = Math.max(
          worst,
          Math.abs(blockMean(reference, bx, by, block, c) - blockMean(actual, bx, by, block, c)),
        );
      }
      if (worst <= channelTolerance) continue;
      different++;
      for (let y = by * block; y < Math.min((by + 1) * block, diff.height); y++) {
        for (let x = bx * block; x < Math.min((bx + 1) * block, diff.width); x++) {
          diff.data.set([255, 0, 255, 255], (y * diff.width + x) * 4);
        }
      }
    }
  }
  const differentShare = different / (columns * rows);
  return { differentShare, matches: differentShare <= options.maxDifferentShare, diff };
}
