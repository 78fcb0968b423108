// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBox } from '../../src/geo/label-placement.ts';

const box = (x: number, y: number, priority: number, width = 40, height = 10): LabelBox => ({
  x,
  y,
  width,
  height,
  priority,
});

describe('placeLabels', () => {
  it('keeps the higher priority of two overlapping names in place, whatever their order, and moves the other a line', () => {
    expect(placeLabels([box(50, 50, 1), box(60, 52, 2)], 200, 200)).toEqual([-13, 0]);
    expect(placeLabels([box(60, 52, 2), box(50, 50, 1)], 200, 200)).toEqual([0, -13]);
  });

  it('tries above, then below, then drops a name with no free place', () => {
    // Lines are 13 px apart (10 px boxes, 3 px gap).
    expect(placeLabels([box(50, 50, 9), box(50, 50, 1)], 200, 200)).toEqual([0, -13]);
    expect(placeLabels([box(50, 50, 9), box(50, 37, 8), box(50, 50, 1)], 200, 200)).toEqual([0, 0, 13]);
    expect(placeLabels([box(50, 50, 9), box(50, 37, 8), box(50, 63, 7), box(50, 50, 1)], 200, 200)).toEqual([
      0,
      0,
      0,
      null,
    ]);
  });

  it('keeps names that are apart by more than the gap, and moves those closer than it', () => {
    // Boxes 40 wide centred 42 apart leave 2 px between them: less than the 3 px gap.
    expect(placeLabels([box(50, 50, 2), box(92, 50, 1)], 200, 200)).toEqual([0, -13]);
    expect(placeLabels([box(50, 50, 2), box(94, 50, 1)], 200, 200)).toEqual([0, 0]);
  });

  it('moves a name cut by the edge of the map a line in, and drops it where no line fits', () => {
    expect(
      placeLabels([box(10, 50, 1), box(100, 198, 1), box(100, 260, 1), box(100, 100, 1)], 200, 200),
    ).toEqual([null, -13, null, 0]);
  });

  it('never keeps two overlapping boxes among many', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const boxes = Array.from({ length: 200 }, (_, i) =>
      box(20 + random() * 360, 20 + random() * 260, i % 13),
    );
    const shifts = placeLabels(boxes, 400, 300);
    const kept = boxes.flatMap((b, i) => (shifts[i] === null ? [] : [{ ...b, y: b.y + shifts[i]! }]));
    expect(kept.length).toBeGreaterThan(10);
    for (const a of kept)
      for (const b of kept)
        if (a !== b) expect(Math.abs(a.x - b.x) >= 40 || Math.abs(a.y - b.y) >= 10).toBe(true);
  });

  it('keeps a pôle’s name off the symbols it must avoid, and gives a name below its zoom no room', () => {
    const symbol = box(50, 50, 0, 14, 14);
    // Centred on a symbol: moved a line away; a territory's name (no avoid) stays.
    expect(placeLabels([{ ...box(50, 50, 1), avoid: true }], 200, 200, [symbol])).toEqual([-13]);
    expect(placeLabels([box(50, 50, 1)], 200, 200, [symbol])).toEqual([0]);
    // Boxed in by symbols on every candidate line: dropped rather than drawn over one.
    const wall = [-13, 0, 13].map((dy) => box(50, 50 + dy, 0, 14, 14));
    expect(placeLabels([{ ...box(50, 50, 1), avoid: true }], 200, 200, wall)).toEqual([null]);
    // Hidden below its zoom: not drawn, and the lesser name beneath keeps its place.
    expect(placeLabels([{ ...box(50, 50, 9), hidden: true }, box(50, 50, 1)], 200, 200)).toEqual([null, 0]);
  });
});
