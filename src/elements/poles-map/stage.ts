// SPDX-License-Identifier: MIT
// The stage layout of <poles-map> (present.html): how long a move between two stops takes, and the
// room its overlays leave the framed subject, measured as they are drawn.
import { stagePadding, type Box2, type FramePadding } from '../../map/frame.ts';

/** A camera move between two stops of a talk: long enough to follow, short enough not to wait. */
export const STAGE_MOVE_MS = 1200;

/**
 * The padding that keeps the subject clear of the keys (legend and attribution: at the right or
 * at the bottom, as their class says) and of the overseas insets (at the left).
 */
export function measureStagePadding(root: ParentNode, host: DOMRect): FramePadding {
  const box = (selector: string): Box2[] => {
    const element = root.querySelector(selector);
    if (!element) return [];
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return [];
    return [
      {
        left: r.left - host.left,
        top: r.top - host.top,
        right: r.right - host.left,
        bottom: r.bottom - host.top,
      },
    ];
  };
  return stagePadding(
    { width: host.width, height: host.height },
    {
      left: box('.insets'),
      right: box('.stage-keys.side'),
      bottom: box('.stage-keys.bottom'),
    },
  );
}
