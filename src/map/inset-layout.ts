// SPDX-License-Identifier: MIT
// Where the insets stand on a map at least NARROW_MAP wide, in CSS pixels (pure): the overseas row at
// the bottom left, over the band that framePadding keeps under France; Paris and the petite couronne
// at the top left, over the Channel. poles-map.styles.ts places them with these numbers, and
// tests/unit/inset-layout.test.ts checks that no box covers metropolitan France at any map size.

/** Distance of the insets from the map's left edge, and of the Paris inset from its top. */
export const INSET_MARGIN = 6;
/** Distance of the overseas row from the map's bottom edge: clear of the attribution line. */
export const INSET_ROW_BOTTOM = 40;
export const INSET_GAP = 4;
/**
 * Outer size of an inset button: its drawing (INSET_SIZE, PARIS_INSET_SIZE in elements/poles-map/
 * insets.ts) with padding, border and caption, as Chromium lays them out (the Paris caption is
 * wider than its drawing).
 */
export const INSET_BUTTON = { width: 78, height: 74 } as const;
export const PARIS_BUTTON = { width: 131, height: 116 } as const;

/**
 * The Paris inset needs a map this tall: on a shorter one France, framed by its height, comes left
 * enough for Brittany's north coast to reach the inset's corner.
 */
export const PARIS_MIN_HEIGHT = 540;

export interface ScreenBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of the Paris inset and of the `overseas` overseas insets on a `width` × `height` map. */
export function insetBoxes(
  width: number,
  height: number,
  overseas: number,
): { paris: ScreenBox; row: ScreenBox } {
  return {
    paris: { x: INSET_MARGIN, y: INSET_MARGIN, ...PARIS_BUTTON },
    row: {
      x: INSET_MARGIN,
      y: height - INSET_ROW_BOTTOM - INSET_BUTTON.height,
      width: Math.min(overseas * (INSET_BUTTON.width + INSET_GAP) - INSET_GAP, width - 2 * INSET_MARGIN),
      height: INSET_BUTTON.height,
    },
  };
}
