// SPDX-License-Identifier: MIT
// The Évolutions map's own marks: a line from a merged pôle's seat to its successor's and from a
// moved pôle's former seat to its new one, and one dot per pôle coloured by what changed (the
// selected one larger, with a dark ring). The régions' net change is the choropleth layer.
import { LineLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { EvolutionLayers, EvolutionLine, EvolutionMark } from '../../map/evolutions.ts';
import { hexToRgb } from '../../theme/palette.ts';
import { MARK_COLOURS } from './evolutions.colours.ts';

export const EVOLUTION_MARKS = 'evolution-marks';

export interface EvolutionLayersOptions {
  /** Radius of a mark in CSS pixels (unchanged pôles are smaller). @default 7 */
  radius?: number;
}

export function createEvolutionLayers(
  view: Pick<EvolutionLayers, 'marks' | 'lines' | 'selectedId'>,
  options: EvolutionLayersOptions = {},
): [LineLayer<EvolutionLine>, ScatterplotLayer<EvolutionMark>] {
  const radius = options.radius ?? 7;
  const selected = view.selectedId;
  const on = (m: EvolutionMark) => m.id === selected;
  return [
    new LineLayer<EvolutionLine>({
      id: 'evolution-lines',
      data: view.lines,
      pickable: false,
      widthUnits: 'pixels',
      getWidth: 2.5,
      getSourcePosition: (l) => l.from,
      getTargetPosition: (l) => l.to,
      getColor: (l) => [...hexToRgb(MARK_COLOURS[l.kind]), 220],
    }),
    new ScatterplotLayer<EvolutionMark>({
      id: EVOLUTION_MARKS,
      // The selected mark last, drawn over its neighbours.
      data: selected ? [...view.marks.filter((m) => !on(m)), ...view.marks.filter(on)] : view.marks,
      pickable: true,
      stroked: true,
      filled: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPosition: (m) => m.position,
      getFillColor: (m) => [...hexToRgb(MARK_COLOURS[m.kind]), 255],
      getRadius: (m) => (on(m) ? radius * 1.6 : m.kind === 'unchanged' ? radius * 0.7 : radius),
      getLineColor: (m) => (on(m) ? [20, 20, 20] : [255, 255, 255]),
      getLineWidth: (m) => (on(m) ? 3 : 1.5),
      updateTriggers: { getRadius: selected, getLineColor: selected, getLineWidth: selected },
    }),
  ];
}
