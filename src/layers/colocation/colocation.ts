// SPDX-License-Identifier: MIT
// Where the pôle and site layers draw each symbol at a zoom: its true point, or its place on the
// ring of its group (geo/colocation.ts), turned into [lon, lat] at that zoom so that deck.gl draws
// and picks the symbol at the same place. Recomputed by the engine as the zoom changes.
import {
  POLE_RADIUS,
  RING_GAP,
  SITE_RADIUS,
  colocateMarks,
  colocateMarksSteps,
  offsetLonLat,
  pointKey,
  type Colocation,
  type Offset,
  type PlacedPoint,
} from '../../geo/colocation.ts';
import type { Label, MapView } from '../index.ts';
import { runSliced } from '../../map/sliced.ts';

export interface Placer {
  layout: Colocation;
  zoom: number;
  /** The view's pixel sizes' factor (MapView.scale): the rings grow with the symbols. */
  scale: number;
  /** A string that changes when the positions do, for the layers' updateTriggers. */
  key: string;
  /** Where a pôle (layer 'poles') or a site ('members') at `position` is drawn. */
  position: (layer: PlacedPoint['layer'], id: string, position: [number, number]) => [number, number];
  /** Whether a site is folded into a count badge (drawn as the badge, not alone). */
  folded: (id: string, position: [number, number]) => boolean;
  /** [lon, lat] at `offset` (CSS pixels at scale 1) from `position`, at the placer's zoom and scale. */
  at: (position: readonly [number, number], offset: Offset) => [number, number];
}

/** An offset in pixels of the layout (scale 1) as drawn at `scale`. */
const scaled = (offset: Offset, scale: number): Offset =>
  scale === 1 ? offset : { dx: offset.dx * scale, dy: offset.dy * scale };

const layouts = new WeakMap<object, { members: readonly unknown[]; layout: Colocation; version: number }>();
let versions = 0;

type Marks = Pick<MapView, 'poles' | 'members'>;

function remember(view: Marks, layout: Colocation): { layout: Colocation; version: number } {
  const entry = { members: view.members, layout, version: ++versions };
  layouts.set(view.poles, entry);
  return entry;
}

const known = (view: Marks) => {
  const last = layouts.get(view.poles);
  return last && last.members === view.members ? last : null;
};

/** The groups of the pôles and sites a view shows (the year's, once filtered), computed once per view. */
export function colocationOf(view: Marks): { layout: Colocation; version: number } {
  return known(view) ?? remember(view, colocateMarks(view.poles, view.members));
}

/**
 * Computes colocationOf(view) in slices of time (map/sliced.ts), so that 100,000 imported sites
 * are laid out without a long task; colocationOf() then finds it done.
 */
export async function prepareColocation(view: Marks): Promise<void> {
  if (known(view)) return;
  const layout = await runSliced(colocateMarksSteps(view.poles, view.members));
  // Another call may have computed it meanwhile: the first one stays (its version is in use).
  if (!known(view)) remember(view, layout);
}

/** The placer of a view's symbols at `zoom`. */
export function placerOf(view: Pick<MapView, 'poles' | 'members' | 'scale'>, zoom: number): Placer {
  const { layout, version } = colocationOf(view);
  const scale = view.scale ?? 1;
  const at = (position: readonly [number, number], offset: Offset) =>
    offsetLonLat(position, scaled(offset, scale), zoom);
  return {
    layout,
    zoom,
    scale,
    // Without a group nothing moves with the zoom: the attributes then stay as uploaded.
    key: layout.groups.length ? `${version}@${zoom.toFixed(3)}x${scale}` : `${version}`,
    position: (layer, id, position) => {
      const offset = layout.offsets.get(pointKey(layer, id, position));
      return offset ? at(position, offset) : position;
    },
    folded: (id, position) => layout.folded.has(pointKey('members', id, position)),
    at,
  };
}

/** From this zoom on, a pôle's name is written under its HQ where it fits. */
export const POLE_LABEL_MIN_ZOOM = 6.5;

/**
 * The names of the pôles shown, under their HQs (where the ring puts them), after the territories'
 * names where they collide and never over a symbol; and the number on each count badge. Their
 * offsets grow with the symbols (MapView.scale), their lines with the names' type (Label.lines).
 */
export function symbolLabels(view: Pick<MapView, 'poles' | 'members' | 'scale'>): Label[] {
  const { layout } = colocationOf(view);
  const scale = view.scale ?? 1;
  const poles: Label[] = view.poles.map((f) => {
    const key = pointKey('poles', f.id, f.geometry.coordinates);
    const group = layout.groupOf.get(key);
    const offset = layout.offsets.get(key) ?? { dx: 0, dy: 0 };
    const label = {
      text: f.properties.shortName,
      position: f.geometry.coordinates,
      priority: -1,
      minZoom: POLE_LABEL_MIN_ZOOM,
      avoid: true,
    };
    // Alone, the name goes under the HQ: its box's top half a line below the symbol.
    if (!group) return { ...label, offset: { dx: 0, dy: (POLE_RADIUS + RING_GAP) * scale }, lines: 0.5 };
    // In a group, beside it, on the side of its HQ on the ring (west when the pôle is at the centre).
    const angle = offset.dx === 0 && offset.dy === 0 ? Math.PI : Math.atan2(offset.dy, offset.dx);
    const east = Math.cos(angle) > 0;
    const reach = (group.radius + RING_GAP * 2) * scale;
    return {
      ...label,
      offset: { dx: east ? reach : -reach, dy: 0 },
      lines: Math.sin(angle),
      align: east ? ('start' as const) : ('end' as const),
    };
  });
  const badges: Label[] = layout.groups.flatMap((g) =>
    g.badge
      ? [
          {
            text: String(g.badge.count),
            position: g.position,
            priority: Infinity,
            offset: scaled(g.badge, scale),
            kind: 'badge' as const,
          },
        ]
      : [],
  );
  return [...badges, ...poles];
}

/** A symbol as drawn, in CSS pixels of the map's container. */
export interface DrawnSymbol {
  layer: PlacedPoint['layer'];
  id: string;
  x: number;
  y: number;
  radius: number;
}

/** [west, south, east, north] in degrees; west may be under -180° and east over 180° (world copies). */
export type LonLatBox = readonly [number, number, number, number];

/** Whether `position`, or one of its world copies, is in `box`. */
function inBox([lon, lat]: readonly [number, number], [west, south, east, north]: LonLatBox): boolean {
  if (lat < south || lat > north) return false;
  return (
    (lon >= west && lon <= east) ||
    (lon - 360 >= west && lon - 360 <= east) ||
    (lon + 360 >= west && lon + 360 <= east)
  );
}

/**
 * Every pôle and site symbol of a view as drawn where `project` puts its point, with its offset on
 * its ring; sites folded into a badge are left out. For hit tests and the names to keep clear of.
 * With `box`, only the symbols whose point is in it: the map's view, where 100,000 imported sites
 * would otherwise all be looked up and projected on every frame of a move (issue 14).
 */
export function drawnSymbols(
  view: Pick<MapView, 'poles' | 'members' | 'scale'>,
  project: (lonLat: [number, number]) => { x: number; y: number },
  box?: LonLatBox,
): DrawnSymbol[] {
  const { layout } = colocationOf(view);
  const scale = view.scale ?? 1;
  const out: DrawnSymbol[] = [];
  const add = (layer: PlacedPoint['layer'], id: string, position: [number, number], radius: number) => {
    if (box && !inBox(position, box)) return;
    const key = pointKey(layer, id, position);
    if (layout.folded.has(key)) return;
    const offset = layout.offsets.get(key);
    const { x, y } = project(position);
    out.push({
      layer,
      id,
      x: x + (offset?.dx ?? 0) * scale,
      y: y + (offset?.dy ?? 0) * scale,
      radius: radius * scale,
    });
  };
  for (const f of view.poles) add('poles', f.id, f.geometry.coordinates, POLE_RADIUS);
  for (const f of view.members) add('members', f.id, f.geometry.coordinates, SITE_RADIUS);
  return out;
}
