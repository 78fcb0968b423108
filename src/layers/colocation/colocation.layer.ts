// SPDX-License-Identifier: MIT
// The marks of co-located symbols: a thin leader line from a group's true point to each symbol moved
// onto its ring, a small hub on the true point (hovered or clicked, it lists the whole group), and
// the count badge of sites folded together (its number is a label, layers/labels).
import type { Layer } from '@deck.gl/core';
import { LineLayer, ScatterplotLayer } from '@deck.gl/layers';
import {
  BADGE_RADIUS,
  offsetLonLats,
  pointKey,
  type ColocatedGroup,
  type Colocation,
  type Offset,
} from '../../geo/colocation.ts';
import { runToEnd } from '../../data/steps.ts';
import { runSliced } from '../../map/sliced.ts';
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

interface Mark {
  id: string;
  position: [number, number];
}

export const BADGE_COLOUR: [number, number, number] = [60, 60, 60];

/**
 * What the marks of a layout's groups need at any zoom: each leader's group point ([lon, lat]
 * pairs) and the offset of its symbol on the ring (CSS pixels), the hubs, and the badges' offsets.
 * The lookups (a string key per symbol) are done once per layout; a zoom then computes the leaders'
 * ends in one loop over typed arrays (issue 14: 50,000 leaders on every frame of a zoom).
 */
interface GroupTable {
  from: Float64Array;
  offsets: Float64Array;
  /**
   * `from` as deck.gl's 3D source positions: the same attribute object at every zoom, which deck.gl
   * then does not upload again.
   */
  sources: { value: Float64Array; size: 3 };
  hubs: Mark[];
  badges: { id: string; from: [number, number]; offset: Offset }[];
}

/** The marks of a placer's groups, in data ready for their layers. */
interface GroupMarks {
  /** LineLayer data: a length and its attributes (deck.gl binary attributes, positions 3D). */
  leaders: {
    length: number;
    attributes: Record<'getSourcePosition' | 'getTargetPosition', { value: Float64Array; size: 3 }>;
  };
  hubs: Mark[];
  badges: Mark[];
}

/** Symbols of groups gone through between two pauses of groupTableSteps(). */
export const GROUP_MARKS_SLICE = 2000;

/** The table of `layout`'s groups, in steps: a pause (yield) every `slice` symbols. */
export function* groupTableSteps(
  layout: Colocation,
  slice = GROUP_MARKS_SLICE,
): Generator<void, GroupTable, void> {
  const from: number[] = [];
  const offsets: number[] = [];
  const hubs: Mark[] = [];
  const badges: GroupTable['badges'] = [];
  const leader = (group: ColocatedGroup, offset: Offset) => {
    from.push(group.position[0], group.position[1]);
    offsets.push(offset.dx, offset.dy);
  };
  let done = 0;
  for (const group of layout.groups) {
    done += group.points.length;
    if (done >= slice) {
      done = 0;
      yield;
    }
    const id = groupId(group);
    for (const p of group.points) {
      const key = pointKey(p.layer, p.id, p.position);
      const offset = layout.offsets.get(key);
      if (offset && !layout.folded.has(key)) leader(group, offset);
    }
    if (group.badge) {
      leader(group, group.badge);
      badges.push({ id, from: group.position, offset: group.badge });
    }
    hubs.push({ id, position: group.position });
  }
  const sources = new Float64Array((from.length / 2) * 3);
  for (let i = 0; i < from.length / 2; i++) {
    sources[3 * i] = from[2 * i]!;
    sources[3 * i + 1] = from[2 * i + 1]!;
  }
  return {
    from: Float64Array.from(from),
    offsets: Float64Array.from(offsets),
    sources: { value: sources, size: 3 },
    hubs,
    badges,
  };
}

const tables = new WeakMap<Colocation, GroupTable>();
/** The last marks computed for a layout, and the placer key (layout, zoom and scale) they are at. */
const computed = new WeakMap<Colocation, { key: string; marks: GroupMarks }>();

/** The marks of `placer`, computed once for its layout, zoom and scale. */
function groupMarks(placer: Placer): GroupMarks {
  const last = computed.get(placer.layout);
  if (last?.key === placer.key) return last.marks;
  let table = tables.get(placer.layout);
  if (!table) tables.set(placer.layout, (table = runToEnd(groupTableSteps(placer.layout))));
  const to = new Float64Array(table.sources.value.length);
  offsetLonLats(table.from, table.offsets, placer.zoom, placer.scale, to);
  const marks: GroupMarks = {
    leaders: {
      length: to.length / 3,
      attributes: {
        getSourcePosition: table.sources,
        getTargetPosition: { value: to, size: 3 },
      },
    },
    hubs: table.hubs,
    badges: table.badges.map((b) => ({ id: b.id, position: placer.at(b.from, b.offset) })),
  };
  computed.set(placer.layout, { key: placer.key, marks });
  return marks;
}

/**
 * groupTableSteps() in slices of time (map/sliced.ts), so that the 50,000 leaders of 100,000
 * imported sites are looked up without a long task (issue 14); the layers then find them done.
 */
export async function prepareGroupMarks(layout: Colocation): Promise<void> {
  if (tables.has(layout)) return;
  const table = await runSliced(groupTableSteps(layout));
  tables.set(layout, table);
}

/**
 * The leaders (drawn under the symbols), and the hubs and badges (over the sites, under the HQs) of
 * the groups of `placer`, at its zoom. The same data for the same placer key: deck.gl then uploads
 * nothing again.
 */
export function createColocationLayers(placer: Placer): { leaders: Layer; marks: Layer[] } {
  const { leaders, hubs, badges } = groupMarks(placer);
  return {
    leaders: new LineLayer({
      id: 'colocated-leaders',
      data: leaders,
      getColor: LEADER_COLOUR,
      getWidth: 1,
      widthUnits: 'pixels',
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
