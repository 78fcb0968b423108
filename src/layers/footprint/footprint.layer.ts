// SPDX-License-Identifier: MIT
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature as GeoJsonFeature } from 'geojson';
import type { Rgb } from '../../theme/palette.ts';

export interface FootprintLayerOptions {
  /** Fill colour of the territories covered (the pôle's sector colour). */
  colour: Rgb;
}

/** The territories a selected pôle covers, tinted with its sector colour under the points. */
export function createFootprintLayer(
  territories: GeoJsonFeature[],
  options: FootprintLayerOptions,
): GeoJsonLayer {
  return new GeoJsonLayer({
    id: 'footprint',
    data: territories,
    pickable: false,
    stroked: true,
    filled: true,
    getFillColor: [...options.colour, 70],
    getLineColor: [...options.colour, 230],
    lineWidthUnits: 'pixels',
    getLineWidth: 2.5,
    updateTriggers: { getFillColor: options.colour, getLineColor: options.colour },
  });
}
