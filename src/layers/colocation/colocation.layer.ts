// SPDX-License-Identifier: MIT
// The marks of co-located symbols: a thin leader line from a group's true point to each symbol moved
// onto its ring, a small hub on the true point (hovered or clicked, it lists the whole group), and
// the count badge of sites folded together (its number is a label, layers/labels).
import type { Layer } from '@deck.gl/core';
import { LineLayer, ScatterplotLayer } from '@deck.gl/layers';
import { BADGE_RADIUS, pointKey, type ColocatedGroup, type Offset } from '../../geo/colocation.ts';
import { offsetLonLat } from '../../geo/colocation.ts';
import type { Placer } from './colocation.ts';
import { LEADER_COLOUR } from '../../theme/palette.ts';

/** The layer id under which hubs and badges are picked; `id` is then groupId(). */
export const COLOCATED_LAYER = 'colocated';
const BADGE_LAYER = 'colocated-badges';

/** A group's id: its first symbol's key, stable while the group is. */
export const groupId = (group: ColocatedGroup): string => {
  const first = group.points[0]!;
  return pointKey(first.layer, first.id, first.position);
};

interface Leader {
  from: [number, number];
  to: [number, number];
}

interface Mark {
  id: string;
  position: [number, number];
}

export const BADGE_COLOUR: [number, number, number] = [60, 60, 60];

/**
 * The leaders (drawn under the symbols), and the hubs and badges (over the sites, under the HQs) of
 * the groups of `placer`, at its zoom.
 */
export function createColocationLayers(placer: Placer): { leaders: Layer; marks: Layer[] } {
  const { layout, zoom } = placer;
  const leaders: Leader[] = [];
  const hubs: Mark[] = [];
  const badges: Mark[] = [];
  for (const group of layout.groups) {
    const id = groupId(group);
    const to = (offset: Offset) => offsetLonLat(group.position, offset, zoom);
    for (const p of group.points) {
      const key = pointKey(p.layer, p.id, p.position);
      const offset = layout.offsets.get(key);
      if (offset && !layout.folded.has(key)) leaders.push({ from: group.position, to: to(offset) });
    }
    if (group.badge) {
      leaders.push({ from: group.position, to: to(group.badge) });
      badges.push({ id, position: to(group.badge) });
    }
    hubs.push({ id, position: group.position });
  }
  return {
    leaders: new LineLayer<Leader>({
      id: 'colocated-leaders',
      data: leaders,
      getSourcePosition: (d) => d.from,
      getTargetPosition: (d) => d.to,
      getColor: LEADER_COLOUR,
      getWidth: 1,
      widthUnits: 'pixels',
      updateTriggers: { getSourcePosition: placer.key, getTargetPosition: placer.key },
    }),
    marks: [
      new ScatterplotLayer<Mark>({
        id: COLOCATED_LAYER,
        data: hubs,
        pickable: true,
        radiusUnits: 'pixels',
        lineWidthUnits: 'pixels',
        stroked: true,
        getPosition: (d) => d.position,
        getRadius: 2.5,
        getFillColor: LEADER_COLOUR,
        getLineColor: [255, 255, 255],
        getLineWidth: 1,
      }),
      new ScatterplotLayer<Mark>({
        id: BADGE_LAYER,
        data: badges,
        pickable: true,
        radiusUnits: 'pixels',
        lineWidthUnits: 'pixels',
        stroked: true,
        getPosition: (d) => d.position,
        getRadius: BADGE_RADIUS,
        getFillColor: BADGE_COLOUR,
        getLineColor: [255, 255, 255],
        getLineWidth: 1.5,
      }),
    ],
  };
}

/** Whether a picked deck.gl layer id is one of the group marks (hub or badge). */
export const isGroupLayer = (layerId: string): boolean =>
  layerId === COLOCATED_LAYER || layerId === BADGE_LAYER;
