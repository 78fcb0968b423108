// SPDX-License-Identifier: MIT
// Map layers of the partnerships with non-pôle partners: a great-circle line from the pôle's HQ to
// each partner, and a dot per partner. A PathLayer fed with greatCirclePath() is used rather than
// ArcLayer's `greatCircle` mode: ArcLayer interpolates on the GPU and breaks its line at ±180°,
// while our paths are continuous (unwrapped longitudes), unit-tested on the CPU, and picked and
// highlighted like any other path.
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import { partnerEdges } from '../../data/partnership-international.ts';
import { edgeMatches, parseSelection } from '../../data/partnership-selection.ts';
import { KIND_COLOURS } from '../../diagrams/colours.ts';
import { hexToRgb, type Rgb } from '../../theme/palette.ts';
import type { Partnership, PartnershipKind } from '../../types.ts';
import { greatCirclePath, type LonLat } from './great-circle.ts';

/** One drawn partnership: the edge and its path. */
export interface PartnerArc {
  /** The edge id, so that picking reports `edge:<id>`. */
  id: string;
  edge: Partnership;
  path: LonLat[];
}

/** One partner dot, at the end of its arcs. */
export interface PartnerPoint {
  /** The partner slug, so that picking reports `partner:<id>`. */
  id: string;
  name: string;
  position: LonLat;
  edges: Partnership[];
}

export interface ArcsLayerOptions {
  /** A selection string (data/partnership-selection.ts); others fade while one is set. @default null */
  selected?: string | null;
  /** Segments per arc. @default 64 */
  segments?: number;
  /** Line width in CSS pixels; selected arcs are twice as wide. @default 1.5 */
  width?: number;
}

type Rgba = [number, number, number, number];

const KIND_RGB = Object.fromEntries(
  Object.entries(KIND_COLOURS).map(([kind, hex]) => [kind, hexToRgb(hex)]),
) as Record<PartnershipKind, Rgb>;

/** The arcs of the drawable non-pôle edges: both ends placed; others are listed, not drawn. */
export function partnerArcs(edges: readonly Partnership[], segments = 64): PartnerArc[] {
  return partnerEdges(edges).flatMap((edge) =>
    edge.sourceLonLat && edge.targetLonLat
      ? [{ id: edge.id, edge, path: greatCirclePath(edge.sourceLonLat, edge.targetLonLat, segments) }]
      : [],
  );
}

/** One point per partner, placed at the end of its first arc (so on the same world copy). */
export function partnerPoints(arcs: readonly PartnerArc[]): PartnerPoint[] {
  const points = new Map<string, PartnerPoint>();
  for (const arc of arcs) {
    const point = points.get(arc.edge.target);
    if (point) point.edges.push(arc.edge);
    else
      points.set(arc.edge.target, {
        id: arc.edge.target,
        name: arc.edge.targetName,
        position: arc.path.at(-1)!,
        edges: [arc.edge],
      });
  }
  return [...points.values()];
}

/**
 * The partner arcs and partner dots (bottom to top) for `edges` (the app filters them first, as
 * for the diagrams). Pickable: arc objects have the edge id, dots the partner slug.
 */
export function createArcsLayers(
  edges: readonly Partnership[],
  options: ArcsLayerOptions = {},
): [PathLayer<PartnerArc>, ScatterplotLayer<PartnerPoint>] {
  const selectedKey = options.selected ?? null;
  const selection = parseSelection(selectedKey);
  const width = options.width ?? 1.5;
  const on = (edge: Partnership) => !selection || edgeMatches(selection, edge);
  const colour = (edge: Partnership): Rgba => [...KIND_RGB[edge.kind], on(edge) ? 220 : 40];
  const arcs = partnerArcs(edges, options.segments);
  const points = partnerPoints(arcs);
  return [
    new PathLayer<PartnerArc>({
      id: 'partner-arcs',
      data: arcs,
      pickable: true,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      getPath: (d) => d.path,
      getColor: (d) => colour(d.edge),
      getWidth: (d) => (selection && on(d.edge) ? width * 2 : width),
      updateTriggers: { getColor: selectedKey, getWidth: selectedKey },
    }),
    new ScatterplotLayer<PartnerPoint>({
      id: 'partner-points',
      data: points,
      pickable: true,
      stroked: true,
      radiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPosition: (d) => d.position,
      getRadius: 4,
      getFillColor: (d) => (d.edges.some(on) ? [255, 255, 255, 255] : [255, 255, 255, 60]),
      getLineColor: (d) => (d.edges.some(on) ? [40, 40, 40, 255] : [40, 40, 40, 60]),
      getLineWidth: 1.5,
      updateTriggers: { getFillColor: selectedKey, getLineColor: selectedKey },
    }),
  ];
}
