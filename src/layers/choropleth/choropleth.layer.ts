// SPDX-License-Identifier: MIT
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';
import { NO_DATA_COLOUR, classColours, classOf } from '../../analysis/classes.ts';
import { hexToRgb } from '../../theme/palette.ts';

export interface AreaProperties {
  code: string;
  name: string;
  /** The mapped value (count, or count per 100,000 inhabitants or 1,000 km²); null: no data. */
  value: number | null;
}

/** A territory to fill; `id` is its code, so that picking reports the territory. */
export type ChoroplethArea = Feature<Geometry, AreaProperties> & { id: string };

export interface ChoroplethLayerOptions {
  /** Class limits of the values (classBreaks); no limit: one class. @default [] */
  breaks?: readonly number[];
  /** One colour per class, for a scale of its own (a diverging one); YlGnBu when absent. @default null */
  colours?: readonly string[] | null;
}

type Rgba = [number, number, number, number];

/**
 * Territories filled with the class colour of their value, grey where the value is unknown (no
 * population or area), with white borders: deck.gl draws over the base map's boundary lines.
 */
export function createChoroplethLayer(
  areas: readonly ChoroplethArea[],
  options: ChoroplethLayerOptions = {},
): GeoJsonLayer<AreaProperties> {
  const breaks = options.breaks ?? [];
  const colours = (options.colours ?? classColours(breaks.length + 1)).map(hexToRgb);
  const noData = hexToRgb(NO_DATA_COLOUR);
  const fill = (value: number | null): Rgba => {
    const k = classOf(value, breaks);
    return [...(k === null ? noData : colours[k]!), 230];
  };
  return new GeoJsonLayer<AreaProperties>({
    id: 'choropleth',
    data: [...areas],
    pickable: true,
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    getLineColor: [255, 255, 255, 255],
    getFillColor: (f) => fill(f.properties.value),
    updateTriggers: {
      getFillColor: options.colours ? `${breaks.join(',')}|${options.colours.join(',')}` : breaks.join(','),
    },
  });
}
