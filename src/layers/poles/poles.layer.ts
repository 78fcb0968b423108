// SPDX-License-Identifier: MIT
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, PointGeometry, PoleProperties } from '../../types.ts';
import { SECTOR_COLOURS, hexToRgb, type Rgb } from '../../theme/palette.ts';
import { phaseFilterProps, spanValue, type PhaseFilter } from '../phase-filter/phase-filter.ts';
import { sectorKey } from '../phase-filter/sector-filter.extension.ts';
import { POLE_RADIUS, SELECTED_POLE_RADIUS } from '../../geo/colocation.ts';
import type { Placer } from '../colocation/colocation.ts';

/** A pôle at a seat; `span`: the years it stands there labelled (for the GPU filter). */
export type PlacedPole = Feature<PoleProperties, PointGeometry> & { span?: [number, number] };

export interface PolesLayerOptions {
  /** Ids of the selected pôles (a pôle, or both ends of a partnership), drawn larger with a dark ring. @default [] */
  selectedIds?: readonly string[];
  /** Where each HQ is drawn: pôles of one seat are spread on a ring (geo/colocation.ts). @default its seat */
  placer?: Placer;
  /** When set, only the pôles labelled that year, in those sectors, are drawn and picked. */
  filter?: PhaseFilter;
}

const positionOf = (f: PlacedPole): [number, number] => f.geometry.coordinates;
/** The same functions for every layer: deck.gl then has no accessor to re-run on a new year. */
const FILTER_ACCESSORS = {
  getFilterValue: spanValue,
  getFilterCategory: (f: PlacedPole) => sectorKey(f.properties.sector),
};

const SECTOR_RGB = Object.fromEntries(
  Object.entries(SECTOR_COLOURS).map(([sector, hex]) => [sector, hexToRgb(hex)]),
) as Record<PoleProperties['sector'], Rgb>;

/**
 * Pôle headquarters, filled with their sector colour in a white ring; the others fade when one is
 * selected. Pôles without a documented HQ are not given.
 */
export function createPolesLayer(
  poles: PlacedPole[],
  options: PolesLayerOptions = {},
): ScatterplotLayer<PlacedPole, DataFilterExtensionProps<PlacedPole>> {
  const ids = new Set(options.selectedIds ?? []);
  const on = (f: PlacedPole) => ids.has(f.id);
  // A stable string for updateTriggers: accessors are re-run only when the selection changes.
  const selectedKey = [...ids].sort().join(',');
  const placer = options.placer;
  return new ScatterplotLayer<PlacedPole, DataFilterExtensionProps<PlacedPole>>({
    id: 'poles',
    // Selected pôles last, so that they are drawn over their neighbours.
    data: ids.size ? [...poles.filter((f) => !on(f)), ...poles.filter(on)] : poles,
    pickable: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: placer ? (f) => placer.position('poles', f.id, f.geometry.coordinates) : positionOf,
    getFillColor: (f) => [...SECTOR_RGB[f.properties.sector], ids.size === 0 || on(f) ? 255 : 110],
    getRadius: (f) => (on(f) ? SELECTED_POLE_RADIUS : POLE_RADIUS),
    getLineColor: (f) => (on(f) ? [20, 20, 20] : [255, 255, 255]),
    getLineWidth: (f) => (on(f) ? 3 : 1.5),
    updateTriggers: {
      getPosition: placer?.key,
      getFillColor: selectedKey,
      getRadius: selectedKey,
      getLineColor: selectedKey,
      getLineWidth: selectedKey,
    },
    ...(options.filter && phaseFilterProps(options.filter, FILTER_ACCESSORS)),
  });
}
