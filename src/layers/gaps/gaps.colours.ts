// SPDX-License-Identifier: MIT
// Colours of the coverage-gap layers, apart from their deck.gl factory so that the legend (built by
// pure code that must not load deck.gl) shows exactly what is drawn, transparency included.

export type Rgba = [number, number, number, number];

/** A territory without a pôle HQ: translucent grey, so the base map's boundaries still show. */
export const GAP_TERRITORY_FILL: Rgba = [158, 158, 158, 110];
/** Its outline, dark enough to read as a boundary over any fill. */
export const GAP_TERRITORY_LINE: Rgba = [77, 77, 77, 255];
/** A commune with no documented site within the distance: dark grey, apart from every site colour. */
export const GAP_COMMUNE: Rgba = [91, 91, 91, 210];

/** [r, g, b, a] (a in 0-255, as deck.gl takes it) → a CSS colour for a legend swatch. */
export function cssRgba([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
}
