// SPDX-License-Identifier: MIT
// Symbols sharing a point (geo/colocation.ts): every one gets a place of its own on a ring, no two
// overlap, the order is stable, too many sites fold into a badge, and pixel offsets become the
// [lon, lat] that a north-up Web Mercator map draws that many pixels away.
import { describe, expect, it } from 'vitest';
import {
  BADGE_RADIUS,
  POLE_RADIUS,
  RING_LIMIT,
  SELECTED_POLE_RADIUS,
  SITE_RADIUS,
  colocate,
  offsetLonLat,
  pointKey,
  type PlacedPoint,
} from '../../src/geo/colocation.ts';
import { symbolsAt } from '../../src/map/colocated-pick.ts';

const LYON: [number, number] = [4.83638, 45.75485];
const pole = (id: string, position = LYON): PlacedPoint => ({ layer: 'poles', id, position });
const site = (id: string, position = LYON): PlacedPoint => ({ layer: 'members', id, position });
const sites = (n: number, position = LYON) => Array.from({ length: n }, (_, i) => site(`m${i}`, position));

/** Drawn centres (offset from the point) and radii of every symbol not folded into a badge. */
function drawn(points: PlacedPoint[]) {
  const layout = colocate(points);
  return points
    .map((p) => ({ p, key: pointKey(p.layer, p.id, p.position) }))
    .filter(({ key }) => !layout.folded.has(key))
    .map(({ p, key }) => ({
      id: p.id,
      ...(layout.offsets.get(key) ?? { dx: 0, dy: 0 }),
      // A pôle may be selected, and drawn larger: its ring leaves room for that.
      r: p.layer === 'poles' ? SELECTED_POLE_RADIUS : SITE_RADIUS,
    }));
}

function overlaps(points: PlacedPoint[]): string[] {
  const d = drawn(points);
  const out: string[] = [];
  d.forEach((a, i) =>
    d.slice(i + 1).forEach((b) => {
      if (Math.hypot(a.dx - b.dx, a.dy - b.dy) < a.r + b.r - 4) out.push(`${a.id}/${b.id}`);
    }),
  );
  return out;
}

describe('colocate', () => {
  it('leaves a symbol alone at its point where it is', () => {
    const layout = colocate([pole('a'), pole('b', [5, 45]), site('s', [6, 45])]);
    expect(layout.groups).toEqual([]);
    expect(layout.offsets.size).toBe(0);
  });

  it('spreads pôles of one seat side by side, in the order of their ids, whatever the input order', () => {
    const one = colocate([pole('techtera'), pole('lyonbiopole'), pole('cara')]);
    const two = colocate([pole('cara'), pole('techtera'), pole('lyonbiopole')]);
    expect(one.groups).toHaveLength(1);
    expect(one.groups[0]!.points.map((p) => p.id)).toEqual(['cara', 'lyonbiopole', 'techtera']);
    expect([...one.offsets]).toEqual([...two.offsets]);
    // The first one west of the point.
    const first = one.offsets.get(pointKey('poles', 'cara', LYON))!;
    expect(first.dx).toBeLessThan(0);
    expect(Math.abs(first.dy)).toBeLessThan(1e-9);
    expect(overlaps([pole('techtera'), pole('lyonbiopole'), pole('cara')])).toEqual([]);
  });

  it('treats points a few centimetres apart as one, and a symbol listed twice (two spans of years) once', () => {
    const layout = colocate([pole('a'), pole('a'), pole('b', [LYON[0] + 1e-7, LYON[1]])]);
    expect(layout.groups[0]!.points.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('rings the sites around the pôles, clear of them, and sites alone around their point', () => {
    for (const points of [
      [pole('a'), site('s1'), site('s2')],
      [pole('a'), pole('b'), ...sites(RING_LIMIT)],
      sites(2),
      sites(RING_LIMIT),
    ]) {
      expect(overlaps(points)).toEqual([]);
      const layout = colocate(points);
      expect(layout.folded.size).toBe(0);
      // Pôles first, then sites, each by id: the order of the group's list.
      expect(layout.groups[0]!.points.map((p) => p.layer)).toEqual(points.map((p) => p.layer));
    }
    // A single pôle keeps its point, its sites go round it.
    const layout = colocate([pole('a'), site('s1')]);
    expect(layout.offsets.get(pointKey('poles', 'a', LYON))).toBeUndefined();
    const s = layout.offsets.get(pointKey('members', 's1', LYON))!;
    expect(Math.hypot(s.dx, s.dy)).toBeGreaterThanOrEqual(SELECTED_POLE_RADIUS + SITE_RADIUS);
  });

  it('folds more sites than a ring holds into one count badge, clear of the pôles', () => {
    const layout = colocate([pole('a'), ...sites(RING_LIMIT + 1)]);
    const group = layout.groups[0]!;
    expect(group.badge?.count).toBe(RING_LIMIT + 1);
    expect(layout.folded.size).toBe(RING_LIMIT + 1);
    expect(Math.hypot(group.badge!.dx, group.badge!.dy)).toBeGreaterThanOrEqual(
      SELECTED_POLE_RADIUS + BADGE_RADIUS,
    );
    expect(group.radius).toBeCloseTo(Math.hypot(group.badge!.dx, group.badge!.dy) + BADGE_RADIUS);
    // Without a pôle, the badge stands on the point itself.
    expect(colocate(sites(40)).groups[0]!.badge).toMatchObject({ dx: 0, dy: 0, count: 40 });
  });

  it('groups each point apart, and knows the group of each symbol', () => {
    const other: [number, number] = [1.43209, 43.59604];
    const layout = colocate([pole('a'), pole('b'), pole('c', other), site('s', other)]);
    expect(layout.groups.map((g) => g.points.map((p) => p.id))).toEqual([
      ['a', 'b'],
      ['c', 's'],
    ]);
    expect(layout.groupOf.get(pointKey('members', 's', other))).toBe(layout.groups[1]);
    expect(layout.groups[0]!.radius).toBeGreaterThan(POLE_RADIUS);
  });
});

describe('offsetLonLat', () => {
  /** Web Mercator pixels at `zoom` (512 px tiles). */
  const pixels = ([lon, lat]: [number, number], zoom: number) => {
    const size = 512 * 2 ** zoom;
    const sin = Math.sin((lat * Math.PI) / 180);
    return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
  };

  it('moves a point by that many pixels at any zoom, east and south for positive offsets', () => {
    for (const zoom of [5, 8.5, 12]) {
      const [x, y] = pixels(LYON, zoom);
      const [x2, y2] = pixels(offsetLonLat(LYON, { dx: 12, dy: -7 }, zoom), zoom);
      expect(x2! - x!).toBeCloseTo(12, 6);
      expect(y2! - y!).toBeCloseTo(-7, 6);
    }
    expect(offsetLonLat(LYON, { dx: 10, dy: 10 }, 6)[1]).toBeLessThan(LYON[1]);
    expect(offsetLonLat(LYON, { dx: 0, dy: 0 }, 6)).toEqual(LYON);
  });
});

describe('symbolsAt', () => {
  const drawnAt = [
    { layer: 'members' as const, id: 's', x: 100, y: 100, radius: SITE_RADIUS },
    { layer: 'poles' as const, id: 'b', x: 103, y: 100, radius: POLE_RADIUS },
    { layer: 'poles' as const, id: 'far', x: 130, y: 100, radius: POLE_RADIUS },
  ];

  it('names every symbol under the pointer, the picked one first, pôles before sites', () => {
    expect(symbolsAt(drawnAt, { x: 101, y: 100, layer: 'members', id: 's' }, [])).toEqual([
      { layer: 'poles', id: 'b' },
      { layer: 'members', id: 's' },
    ]);
  });

  it('adds the symbols sharing the picked one’s point, once each', () => {
    const all = symbolsAt(drawnAt, { x: 130, y: 100, layer: 'poles', id: 'far' }, [
      { layer: 'poles', id: 'far' },
      { layer: 'poles', id: 'b' },
    ]);
    expect(all).toEqual([
      { layer: 'poles', id: 'far' },
      { layer: 'poles', id: 'b' },
    ]);
  });
});
