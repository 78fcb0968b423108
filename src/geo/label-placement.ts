// SPDX-License-Identifier: MIT
// Which names to write, and where (pure): greedy by priority, each name at the first of its candidate
// places (its anchor, then a line above or below) where its box touches no name already kept and
// stays on the map; a name with no such place is dropped rather than drawn over another or cut.

/** A label's box in CSS pixels, centred on (x, y); higher priority is placed first. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  priority: number;
  /** Not shown (a name below its zoom): it takes no room. */
  hidden?: boolean;
  /** The name must not cover the obstacles either. */
  avoid?: boolean;
}

/** Free space kept between two names, in CSS pixels. */
export const LABEL_GAP = 3;

const overlaps = (a: LabelBox, b: LabelBox, gap: number): boolean =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * gap &&
  Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * gap;

const inside = (b: LabelBox, width: number, height: number): boolean =>
  b.x - b.width / 2 >= 0 &&
  b.x + b.width / 2 <= width &&
  b.y - b.height / 2 >= 0 &&
  b.y + b.height / 2 <= height;

/** Vertical shifts tried in turn, in lines (the box's height and the gap): a line stays within a territory. */
const LABEL_SHIFTS = [0, -1, 1] as const;

/**
 * For each box (in input order), the vertical shift in CSS pixels at which it is shown in a
 * `width` × `height` map, or null where it is not shown.
 */
export function placeLabels(
  boxes: readonly LabelBox[],
  width: number,
  height: number,
  /** Boxes that names marked `avoid` must not cover (the symbols they name). */
  obstacles: readonly LabelBox[] = [],
  gap = LABEL_GAP,
): (number | null)[] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[b]!.priority - boxes[a]!.priority || a - b);
  const kept: LabelBox[] = [];
  const shifts: (number | null)[] = boxes.map(() => null);
  for (const i of order) {
    const box = boxes[i]!;
    if (box.hidden) continue;
    for (const lines of LABEL_SHIFTS) {
      const dy = lines * (box.height + gap);
      const moved = { ...box, y: box.y + dy };
      if (!inside(moved, width, height) || kept.some((k) => overlaps(moved, k, gap))) continue;
      if (box.avoid && obstacles.some((o) => overlaps(moved, o, 0))) continue;
      kept.push(moved);
      shifts[i] = dy;
      break;
    }
  }
  return shifts;
}
