// SPDX-License-Identifier: MIT
// Where the members layer draws each site at a zoom, for the whole array at once: the same positions
// as its getPosition accessor (a site on a ring is moved off its point by its offset in pixels, which
// the zoom turns into degrees), fast enough for every frame of a zoom with 100,000 imported sites
// (issue 14). The offsets are looked up once per layout (a string key per site, in a map), then each
// zoom is one loop over typed arrays.
import { offsetLonLats, pointKey, type Colocation } from '../../geo/colocation.ts';
import type { Placer } from '../colocation/colocation.ts';
import type { MemberSite } from './members.layer.ts';

/** Sites looked up between two pauses of siteRingsSteps(). */
export const SITE_RINGS_SLICE = 4000;

/** The sites' points ([lon, lat] pairs) and their offsets on their rings (pixels; 0, 0 when alone). */
interface SiteRings {
  layout: Colocation;
  lonLat: Float64Array;
  offsets: Float64Array;
}

const computed = new WeakMap<readonly MemberSite[], SiteRings>();

/** The rings of `sites` in `layout`, in steps: a pause (yield) every `slice` sites. */
function* siteRingsSteps(
  sites: readonly MemberSite[],
  layout: Colocation,
  slice: number,
): Generator<void, SiteRings, void> {
  const known = computed.get(sites);
  if (known?.layout === layout) return known;
  const lonLat = new Float64Array(sites.length * 2);
  const offsets = new Float64Array(sites.length * 2);
  for (let i = 0; i < sites.length; i++) {
    if (i % slice === slice - 1) yield;
    const { id, geometry } = sites[i]!;
    const [lon, lat] = geometry.coordinates;
    lonLat[2 * i] = lon;
    lonLat[2 * i + 1] = lat;
    const offset = layout.offsets.get(pointKey('members', id, geometry.coordinates));
    if (offset) {
      offsets[2 * i] = offset.dx;
      offsets[2 * i + 1] = offset.dy;
    }
  }
  const rings = { layout, lonLat, offsets };
  computed.set(sites, rings);
  return rings;
}

/**
 * The sites' positions at `placer`'s zoom (deck.gl's 3D positions, the same as the members layer's
 * getPosition accessor), in steps for map/sliced.ts: the lookups of a new layout are what takes
 * time (a pause every `slice` sites); the positions at the zoom come at the end, at once.
 */
export function* sitePositionsSteps(
  sites: readonly MemberSite[],
  placer: Pick<Placer, 'layout' | 'zoom' | 'scale'>,
  slice = SITE_RINGS_SLICE,
): Generator<void, Float64Array, void> {
  const { lonLat, offsets } = yield* siteRingsSteps(sites, placer.layout, slice);
  const positions = new Float64Array(sites.length * 3);
  offsetLonLats(lonLat, offsets, placer.zoom, placer.scale, positions);
  return positions;
}
