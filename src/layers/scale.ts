// SPDX-License-Identifier: MIT
// Sizes in pixels grown for a big screen (MapView.scale), the same way for every layer: through
// deck.gl's own size factors, multiplied, so that no layer needs to know about the stage and its
// accessors, attributes and updateTriggers stay as they are (a factor is a uniform, not a re-upload).
import type { Layer } from '@deck.gl/core';

/**
 * deck.gl's factors of sizes: circles' radii and outlines (ScatterplotLayer, GeoJsonLayer's points),
 * lines' and outlines' widths (PathLayer, LineLayer, GeoJsonLayer, PolygonLayer), texts and icons.
 */
const SIZE_FACTORS = [
  'radiusScale',
  'pointRadiusScale',
  'lineWidthScale',
  'widthScale',
  'sizeScale',
] as const;

/** `layer` with each size factor it has multiplied by `scale`; the same layer when it has none. */
export function scaleLayer(layer: Layer, scale: number): Layer {
  const props = layer.props as unknown as Partial<Record<(typeof SIZE_FACTORS)[number], unknown>>;
  const scaled: Record<string, number> = {};
  for (const name of SIZE_FACTORS) {
    const value = props[name];
    if (typeof value === 'number') scaled[name] = value * scale;
  }
  return Object.keys(scaled).length ? layer.clone(scaled) : layer;
}
