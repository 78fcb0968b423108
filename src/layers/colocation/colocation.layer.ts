// SPDX-License-Identifier: MIT
// The marks of co-located symbols: a thin leader line from a group's true point to each symbol moved
// onto its ring, a small hub on the true point (hovered or clicked, it lists the whole group), and
// the count badge of sites folded together (its number is a label, layers/labels).
import type { Layer } from '@deck.gl/core';
import { LineLayer, ScatterplotLayer } from '@deck.gl/layers';
import {
  BADGE_RADIUS,
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

/**
 * The leaders as deck.gl binary attributes (positions 3D, as deck.gl's own): one line per symbol
 * moved onto a ring, tens of thousands with a big imported list, which deck.gl then copies instead
 * of calling two accessors per line in one task (issue 14).
 */
class Leaders {
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  push(from: [number, number], to: [number, number]): void {
    this.from.push(from[0], from[1], 0);
    this.to.push(to[0], to[1], 0);
  }

  /** LineLayer data: a length and its attributes. */
  data() {
    return {
      length: this.from.length / 3,
      attributes: {
        getSourcePosition: { value: Float64Array.from(this.from), size: 3 },
        getTargetPosition: { value: Float64Array.from(this.to), size: 3 },
      },
    };
  }
}

interface Mark {
  id: string;
  position: [number, number];
}

export const BADGE_COLOUR: [number, number, number] = [60, 60, 60];

/** The marks of a placer's groups, in data ready for their layers. */
interface GroupMarks {
  leaders: ReturnType<Leaders['data']>;
  hubs: Mark[];
  badges: Mark[];
}

/** Symbols of groups gone through between two pauses of groupMarksSteps(). */
export const GROUP_MARKS_SLICE = 2000;

/** The marks of `placer`'s groups at its zoom, in steps: a pause (yield) every `slice` symbols. */
export function* groupMarksSteps(
  placer: Placer,
  slice = GROUP_MARKS_SLICE,
): Generator<void, GroupMarks, void> {
  const { layout } = placer;
  const leaders = new Leaders();
  const hubs: Mark[] = [];
  const badges: Mark[] = [];
  let done = 0;
  for (const group of layout.groups) {
    done += group.points.length;
    if (done >= slice) {
      done = 0;
      yield;
    }
    const id = groupId(group);
    const to = (offset: Offset) => placer.at(group.position, offset);
    for (const p of group.points) {
      const key = pointKey(p.layer, p.id, p.position);
      const offset = layout.offsets.get(key);
      if (offset && !layout.folded.has(key)) leaders.push(group.position, to(offset));
    }
    if (group.badge) {
      leaders.push(group.position, to(group.badge));
      badges.push({ id, position: to(group.badge) });
    }
    hubs.push({ id, position: group.position });
  }
  return { leaders: leaders.data(), hubs, badges };
}

/** The last marks computed for a layout, and the placer key (layout, zoom and scale) they are at. */
const computed = new WeakMap<Colocation, { key: string; marks: GroupMarks }>();

/** The marks of `placer`, computed once for its layout, zoom and scale. */
function groupMarks(placer: Placer): GroupMarks {
  const last = computed.get(placer.layout);
  if (last?.key === placer.key) return last.marks;
  const marks = runToEnd(groupMarksSteps(placer));
  computed.set(placer.layout, { key: placer.key, marks });
  return marks;
}

/**
 * groupMarksSteps() in slices of time (map/sliced.ts), so that the 50,000 leaders of 100,000
 * imported sites are made without a long task (issue 14); the layers then find them done.
 */
export async function prepareGroupMarks(placer: Placer): Promise<void> {
  if (computed.get(placer.layout)?.key === placer.key) return;
  const marks = await runSliced(groupMarksSteps(placer));
  computed.set(placer.layout, { key: placer.key, marks });
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
