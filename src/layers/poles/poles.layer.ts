// SPDX-License-Identifier: MIT
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, PointGeometry, PoleProperties } from '../../types.ts';
import { SECTOR_COLOURS, hexToRgb, type Rgb } from '../../theme/palette.ts';

export type PlacedPole = Feature<PoleProperties, PointGeometry>;

export interface PolesLayerOptions {
  /** Id of the selected pôle, drawn larger with a dark ring. @default null */
  selectedId?: string | null;
  /** Radius of a pôle HQ in CSS pixels. @default 7 */
  radius?: number;
}

const SECTOR_RGB = Object.fromEntries(
  Object.entries(SECTOR_COLOURS).map(([sector, hex]) => [sector, hexToRgb(hex)]),
) as Record<PoleProperties['sector'], Rgb>;

/**
 * Pôle headquarters, filled with their sector colour; the others fade when one is selected. Pôles
 * without a documented HQ are not given.
 */
export function createPolesLayer(
  poles: PlacedPole[],
  options: PolesLayerOptions = {},
): ScatterplotLayer<PlacedPole> {
  const selectedId = options.selectedId ?? null;
  const radius = options.radius ?? 7;
  return new ScatterplotLayer<PlacedPole>({
    id: 'poles',
    data: poles,
    pickable: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (f) => f.geometry.coordinates,
    getFillColor: (f) => [
      ...SECTOR_RGB[f.properties.sector],
      selectedId === null || f.id === selectedId ? 255 : 110,
    ],
    getRadius: (f) => (f.id === selectedId ? radius * 1.6 : radius),
    getLineColor: (f) => (f.id === selectedId ? [20, 20, 20] : [255, 255, 255]),
    getLineWidth: (f) => (f.id === selectedId ? 3 : 1.5),
    updateTriggers: {
      getFillColor: selectedId,
      getRadius: selectedId,
      getLineColor: selectedId,
      getLineWidth: selectedId,
    },
  });
}
