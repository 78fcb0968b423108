// SPDX-License-Identifier: MIT
// Nearest documented site of many points: a static k-d tree over points on the unit sphere. Chord
// length grows with great-circle distance, so the tree compares plain 3-D distances and only the
// answer is turned into km. Unlike a lon/lat grid it needs no special case for the overseas
// départements (one site in Réunion, the nearest to Guyane being in Europe), and it answers both
// "is there a site within X km" and "how far is the nearest" in O(log n) per query.
import { chordToKm, toUnitVector, type LonLat } from './haversine.ts';

export class NearestSite {
  /** x, y, z of each site, in tree order: the median of each slice is its node. */
  private readonly xyz: Float64Array;
  private readonly size: number;
  // Query state, kept on the instance so that the recursive search allocates nothing.
  private qx = 0;
  private qy = 0;
  private qz = 0;
  private best = Infinity;

  constructor(sites: readonly LonLat[]) {
    const points = sites.map(toUnitVector);
    this.size = points.length;
    this.xyz = new Float64Array(this.size * 3);
    this.build(points, 0, 0);
  }

  /** Lays out `points` (one slice of the tree) from `offset`, split on `axis` at its median. */
  private build(points: [number, number, number][], offset: number, axis: number): void {
    if (points.length === 0) return;
    points.sort((a, b) => a[axis]! - b[axis]!);
    const mid = points.length >> 1;
    this.xyz.set(points[mid]!, (offset + mid) * 3);
    const next = (axis + 1) % 3;
    this.build(points.slice(0, mid), offset, next);
    this.build(points.slice(mid + 1), offset + mid + 1, next);
  }

  /** Great-circle distance from `point` to the nearest site, km; Infinity when there is no site. */
  distanceKm(point: LonLat): number {
    [this.qx, this.qy, this.qz] = toUnitVector(point);
    this.best = Infinity;
    this.search(0, this.size, 0);
    return this.best === Infinity ? Infinity : chordToKm(Math.sqrt(this.best));
  }

  /** Visits the slice [lo, hi) split on `axis`, updating `best` (squared chord). */
  private search(lo: number, hi: number, axis: number): void {
    if (lo >= hi) return;
    const mid = (lo + hi) >> 1;
    const x = this.xyz[mid * 3]! - this.qx;
    const y = this.xyz[mid * 3 + 1]! - this.qy;
    const z = this.xyz[mid * 3 + 2]! - this.qz;
    const d2 = x * x + y * y + z * z;
    if (d2 < this.best) this.best = d2;
    // Offset from the query to the splitting plane (negative: the query is on the low side).
    const diff = axis === 0 ? -x : axis === 1 ? -y : -z;
    const next = (axis + 1) % 3;
    // Near side first; the far side only if the plane is closer than the best site so far.
    if (diff < 0) {
      this.search(lo, mid, next);
      if (diff * diff < this.best) this.search(mid + 1, hi, next);
    } else {
      this.search(mid + 1, hi, next);
      if (diff * diff < this.best) this.search(lo, mid, next);
    }
  }
}
