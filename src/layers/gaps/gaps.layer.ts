// SPDX-License-Identifier: MIT
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';
import { GAP_COMMUNE, GAP_TERRITORY_FILL, GAP_TERRITORY_LINE } from './gaps.colours.ts';

/** A territory without a pôle HQ; `id` is its code, so that picking reports the territory. */
export type GapArea = Feature<Geometry, { code: string; name: string }> & { id: string };

/** A commune whose centroid has no documented site within the distance asked. */
export interface UncoveredCommune {
  /** INSEE code, so that picking reports the commune. */
  id: string;
  name: string;
  position: [number, number];
  /** Distance to the nearest site shown, km (Infinity when no site is shown). */
  nearestKm: number;
}

export interface GapsLayerOptions {
  /** Radius of a commune dot, CSS pixels. @default 1.6 */
  radius?: number;
}

/**
 * Coverage gaps, bottom to top: (a) territories without a pôle HQ, translucent grey with a dark
 * outline (a pattern fill would need @deck.gl/extensions, not worth its weight here); (b) every
 * uncovered commune as a small grey dot at its centroid. Dots rather than a per-département
 * aggregate: the map shows where the gaps are inside a territory (a valley, a coast) and the
 * per-territory ranking is the <poles-gaps> table, so the two views do not repeat each other.
 */
export function createGapsLayers(
  territories: readonly GapArea[],
  communes: readonly UncoveredCommune[],
  options: GapsLayerOptions = {},
): [GeoJsonLayer<GapArea['properties']>, ScatterplotLayer<UncoveredCommune>] {
  return [
    new GeoJsonLayer<GapArea['properties']>({
      id: 'gaps-territories',
      data: [...territories],
      pickable: true,
      stroked: true,
      filled: true,
      getFillColor: GAP_TERRITORY_FILL,
      getLineColor: GAP_TERRITORY_LINE,
      lineWidthUnits: 'pixels',
      getLineWidth: 2,
    }),
    new ScatterplotLayer<UncoveredCommune>({
      id: 'gaps-communes',
      data: [...communes],
      pickable: true,
      radiusUnits: 'pixels',
      getPosition: (d) => d.position,
      getRadius: options.radius ?? 1.6,
      getFillColor: GAP_COMMUNE,
    }),
  ];
}
