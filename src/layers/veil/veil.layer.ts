// SPDX-License-Identifier: MIT
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature as GeoJsonFeature } from 'geojson';
import { BASEMAP, hexToRgb } from '../../theme/palette.ts';

/**
 * The territories outside a région filter, veiled in the sea's colour so that the région framed
 * stands out while its neighbours still give it a context. Drawn under every other layer.
 */
export function createVeilLayer(territories: GeoJsonFeature[]): GeoJsonLayer {
  return new GeoJsonLayer({
    id: 'veil',
    data: territories,
    pickable: false,
    stroked: false,
    filled: true,
    getFillColor: [...hexToRgb(BASEMAP.sea), 170],
  });
}
