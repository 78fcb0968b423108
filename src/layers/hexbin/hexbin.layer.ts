// SPDX-License-Identifier: MIT
import { HexagonLayer } from '@deck.gl/aggregation-layers';
import { classColours, classOf } from '../../analysis/classes.ts';
import type { MemberFeature } from '../../data/selection.ts';
import { hexToRgb } from '../../theme/palette.ts';
import { hexZones } from './bins.ts';

export interface HexbinLayerOptions {
  /** Hexagon radius (centre to corner), km (ViewState.hexKm). */
  radiusKm: number;
  /** Class limits of the site counts per hexagon (concentrationView); no limit: one class. @default [] */
  breaks?: readonly number[];
}

/**
 * The density of the documented sites shown: one HexagonLayer per zone (see HexZone), flat, coloured
 * by the class of its site count so that the map and the legend share one classed scale.
 *
 * CPU aggregation: a custom getColorValue needs it anyway, and the picked count then needs no GPU
 * read-back (a few hundred sites bin in milliseconds). The colour of class k is read
 * at the middle of its texel: a domain of [-0.5, n - 0.5] for n colours maps class k to colour k
 * under the 'quantize' scale (nearest sampling), with no division by zero for a single class.
 * Picking gives `{count, position}` (HexagonLayerPickingInfo), not an id.
 */
export function createHexbinLayers(
  sites: readonly MemberFeature[],
  options: HexbinLayerOptions,
): HexagonLayer<MemberFeature>[] {
  const breaks = options.breaks ?? [];
  const colours = classColours(breaks.length + 1).map(hexToRgb);
  const key = breaks.join(',');
  return hexZones(sites).map(
    (zone) =>
      new HexagonLayer<MemberFeature>({
        id: zone.layerId,
        data: zone.sites,
        radius: options.radiusKm * 1000,
        gpuAggregation: false,
        extruded: false,
        pickable: true,
        opacity: 0.85,
        coverage: 0.92,
        getPosition: (f) => f.geometry.coordinates,
        getColorValue: (points) => classOf(points.length, breaks) ?? 0,
        colorScaleType: 'quantize',
        colorDomain: [-0.5, colours.length - 0.5],
        colorRange: colours,
        updateTriggers: { getColorValue: key },
      }),
  );
}
