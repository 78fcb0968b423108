// SPDX-License-Identifier: MIT
// Symbols that share a point (pure): pôles of one commune seat, and member sites placed at the same
// commune centroid or HQ, would be drawn exactly on top of each other, and all but the last could be
// neither seen nor picked. Each such group keeps its true point (a hub that the leader lines join)
// and spreads its symbols on small rings around it, in screen pixels: pôles on the inner ring, sites
// on the outer one, each ring in a stable order (by id). Too many sites at one point for a ring
// fold into one count badge, listed on click. The offsets are in pixels, the same at every zoom, so
// that a ring keeps its size on screen; layers/colocation turns them into positions at the zoom.

import { RING_LIMIT, pointNumber, pointOf } from './same-point.ts';
import { runToEnd } from '../data/steps.ts';

export { RING_LIMIT };

/** A symbol drawn at a point: `layer` and `id` name it for picking and tooltips. */
export interface PlacedPoint {
  layer: 'poles' | 'members';
  id: string;
  position: [number, number];
}

/** A symbol's offset from its true point, in CSS pixels (y down). */
export interface Offset {
  dx: number;
  dy: number;
}

/** Symbols sharing one point, at least two of them. */
export interface ColocatedGroup {
  position: [number, number];
  /** Pôles then sites, each by id: the order of the rings and of the group's list. */
  points: PlacedPoint[];
  /** The badge standing for the sites folded into it, when there were too many for a ring. */
  badge: (Offset & { count: number }) | null;
  /** How far from the point its symbols reach, in CSS pixels (a selected pôle's included). */
  radius: number;
}

export interface Colocation {
  /** Offset of every symbol of a group, by pointKey(); symbols alone at their point have none. */
  offsets: ReadonlyMap<string, Offset>;
  groups: ColocatedGroup[];
  /** Sites folded into a badge (pointKey()): not drawn one by one. */
  folded: ReadonlySet<string>;
  /** The group of each symbol, by pointKey(). */
  groupOf: ReadonlyMap<string, ColocatedGroup>;
}

/** Radius of a pôle HQ, and of a selected one, in CSS pixels (layers/poles). */
export const POLE_RADIUS = 7;
export const SELECTED_POLE_RADIUS = POLE_RADIUS * 1.6;
/** The largest half-width of a site's symbol (the diamond of a named site), in CSS pixels. */
export const SITE_RADIUS = 4.5;
/** Radius of a count badge, in CSS pixels. */
export const BADGE_RADIUS = 10;
/** Free space between two symbols of a ring, in CSS pixels. */
export const RING_GAP = 2;

/**
 * The key of a symbol at its point: a pôle whose HQ moved over the years is a symbol per seat, and a
 * site is drawn once per span of years (data/time/at-year.ts) at the same point.
 */
export function pointKey(
  layer: PlacedPoint['layer'],
  id: string,
  position: readonly [number, number],
): string {
  return `${layer}:${id}@${pointOf(position)}`;
}

const offsetOf = (offsets: ReadonlyMap<string, Offset>, p: PlacedPoint): [number, number] => {
  const o = offsets.get(pointKey(p.layer, p.id, p.position));
  return [o?.dx ?? 0, o?.dy ?? 0];
};

const byId = (a: PlacedPoint, b: PlacedPoint): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The radius of a ring of `n` symbols whose centres must stay `chord` apart, at least `min`. One
 * symbol is not moved from the point unless `min` says so.
 */
export function ringRadius(n: number, chord: number, min = 0): number {
  if (n <= 1) return min;
  return Math.max(min, chord / (2 * Math.sin(Math.PI / n)));
}

/** `n` offsets evenly on a ring of `radius`, the first at `start` (radians, clockwise on screen from east). */
function ring(n: number, radius: number, start: number): Offset[] {
  return Array.from({ length: n }, (_, i) => {
    const angle = start + (2 * Math.PI * i) / n;
    return { dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) };
  });
}

/** Symbols handled between two pauses of colocateSteps(): a few milliseconds of work. */
export const COLOCATE_SLICE = 5000;

/**
 * Groups the symbols that share a point and lays each group out. Pôles start west of the point
 * (two pôles side by side, so that their names below stay apart); sites start north.
 */
export function colocate(points: readonly PlacedPoint[]): Colocation {
  return runToEnd(colocateSteps(points));
}

/**
 * colocate() in steps: it pauses (yields) every `slice` symbols, so that a caller can lay out
 * 100,000 sites in tasks short enough for the page to keep answering (map/sliced.ts).
 */
export function* colocateSteps(
  points: readonly PlacedPoint[],
  slice = COLOCATE_SLICE,
): Generator<void, Colocation, void> {
  // By point, as a number (same-point.ts): no string is built for a symbol alone at its point.
  const byPoint = new Map<number, PlacedPoint[]>();
  for (let i = 0; i < points.length; i++) {
    if (i % slice === slice - 1) yield;
    const p = points[i]!;
    const at = pointNumber(p.position);
    const list = byPoint.get(at);
    if (list) list.push(p);
    else byPoint.set(at, [p]);
  }
  const offsets = new Map<string, Offset>();
  const folded = new Set<string>();
  const groupOf = new Map<string, ColocatedGroup>();
  const groups: ColocatedGroup[] = [];
  let done = 0;
  for (const list of byPoint.values()) {
    if (list.length < 2) continue;
    done += list.length;
    if (done >= slice) {
      done = 0;
      yield;
    }
    const members = distinct(list);
    if (members.length < 2) continue;
    const group = layOut(members, offsets, folded);
    groups.push(group);
    for (const p of group.points) groupOf.set(pointKey(p.layer, p.id, p.position), group);
  }
  return { offsets, groups, folded, groupOf };
}

/** The symbols of one point, once each: the same symbol in two spans of years is one symbol. */
function distinct(list: readonly PlacedPoint[]): PlacedPoint[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = `${p.layer}:${p.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The rings (or badge) of the symbols of one point, their offsets and folds added to the maps given. */
function layOut(
  members: readonly PlacedPoint[],
  offsets: Map<string, Offset>,
  folded: Set<string>,
): ColocatedGroup {
  const poles = members.filter((p) => p.layer === 'poles').sort(byId);
  const sites = members.filter((p) => p.layer === 'members').sort(byId);
  const poleRing = ringRadius(poles.length, SELECTED_POLE_RADIUS + POLE_RADIUS + RING_GAP);
  // A pôle alone keeps its point: its sites go round it.
  if (poles.length > 1)
    ring(poles.length, poleRing, Math.PI).forEach((offset, i) =>
      offsets.set(pointKey('poles', poles[i]!.id, poles[i]!.position), offset),
    );
  // Sites go round the pôles, clear of a selected one; alone, they ring the point itself.
  const inner = poles.length ? poleRing + SELECTED_POLE_RADIUS + RING_GAP + SITE_RADIUS : 0;
  let badge: ColocatedGroup['badge'] = null;
  if (sites.length > RING_LIMIT) {
    // South-east of the pôles, or on the point itself when there is none.
    const r = poles.length ? inner - SITE_RADIUS + BADGE_RADIUS : 0;
    badge = { dx: r * Math.SQRT1_2, dy: r * Math.SQRT1_2, count: sites.length };
    for (const s of sites) folded.add(pointKey('members', s.id, s.position));
  } else {
    const min = poles.length ? inner : SITE_RADIUS + RING_GAP;
    const radius = ringRadius(sites.length, 2 * SITE_RADIUS + RING_GAP, min);
    ring(sites.length, radius, -Math.PI / 2).forEach((offset, i) =>
      offsets.set(pointKey('members', sites[i]!.id, sites[i]!.position), offset),
    );
  }
  const reach = badge
    ? Math.hypot(badge.dx, badge.dy) + BADGE_RADIUS
    : sites.length
      ? Math.hypot(...offsetOf(offsets, sites[0]!)) + SITE_RADIUS
      : 0;
  return {
    position: members[0]!.position,
    points: [...poles, ...sites],
    badge,
    radius: Math.max(reach, poles.length ? poleRing + SELECTED_POLE_RADIUS : 0),
  };
}

/** What colocate() needs of a drawn pôle or site: its id and its point. */
interface Drawn {
  id: string;
  geometry: { coordinates: [number, number] };
}

/** The symbols of a view's pôles and sites, as colocate() takes them. */
export function marksOf(poles: readonly Drawn[], members: readonly Drawn[]): PlacedPoint[] {
  return [
    ...poles.map((f) => ({ layer: 'poles' as const, id: f.id, position: f.geometry.coordinates })),
    ...members.map((f) => ({ layer: 'members' as const, id: f.id, position: f.geometry.coordinates })),
  ];
}

/** The layout of a view's pôles and sites (the WebGL layers, the early paint and the no-WebGL map). */
export function colocateMarks(poles: readonly Drawn[], members: readonly Drawn[]): Colocation {
  return colocate(marksOf(poles, members));
}

/** colocateMarks() in steps (colocateSteps()), its symbols listed in steps too. */
export function* colocateMarksSteps(
  poles: readonly Drawn[],
  members: readonly Drawn[],
  slice = COLOCATE_SLICE,
): Generator<void, Colocation, void> {
  const points = marksOf(poles, []);
  for (let i = 0; i < members.length; i++) {
    if (i % slice === slice - 1) yield;
    const f = members[i]!;
    points.push({ layer: 'members', id: f.id, position: f.geometry.coordinates });
  }
  return yield* colocateSteps(points, slice);
}

/** Pixels of the Web Mercator world at zoom 0 (MapLibre's tile size). */
const WORLD_SIZE = 512;

/**
 * The [lon, lat] drawn `offset` CSS pixels away from `lonLat` at `zoom` on a north-up Web Mercator
 * map (ours never rotates or tilts), so that a symbol's drawn and picked position is the same.
 */
export function offsetLonLat(
  lonLat: readonly [number, number],
  offset: Offset,
  zoom: number,
): [number, number] {
  const out = new Float64Array(3);
  offsetLonLats(Float64Array.of(lonLat[0], lonLat[1]), Float64Array.of(offset.dx, offset.dy), zoom, 1, out);
  return [out[0]!, out[1]!];
}

/**
 * offsetLonLat() over arrays, for the tens of thousands of symbols of a big imported list on every
 * frame of a zoom (issue 14): `out` gets [lon, lat, 0] (deck.gl's positions) of each point of
 * `lonLat` ([lon, lat] pairs) moved by its pair of `offsets` (CSS pixels) times `scale`.
 */
export function offsetLonLats(
  lonLat: Float64Array,
  offsets: Float64Array,
  zoom: number,
  scale: number,
  out: Float64Array,
): void {
  const size = WORLD_SIZE * 2 ** zoom;
  for (let i = 0, n = lonLat.length / 2; i < n; i++) {
    const dx = offsets[2 * i]! * scale;
    const dy = offsets[2 * i + 1]! * scale;
    let lon = lonLat[2 * i]!;
    let lat = lonLat[2 * i + 1]!;
    if (dx !== 0 || dy !== 0) {
      const x = ((lon + 180) / 360) * size + dx;
      const sin = Math.sin((lat * Math.PI) / 180);
      const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size + dy;
      lon = (x / size) * 360 - 180;
      lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
    }
    out[3 * i] = lon;
    out[3 * i + 1] = lat;
    out[3 * i + 2] = 0;
  }
}
