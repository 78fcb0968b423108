// SPDX-License-Identifier: MIT
// The hexagons of deck.gl's HexagonLayer, recomputed on the CPU (pure, no deck.gl import) so that
// the legend's classes come from the very counts the map draws. deck.gl 9 bins in its Web Mercator
// "common space" (512 units around the world), with a radius converted from metres at the centre of
// the data's bounding box; its grid is translated by one hexagon centre, which leaves the partition
// unchanged, so d3-hexbin (the algorithm deck.gl adapted) on the same coordinates gives the same bins.
import { hexbin } from 'd3-hexbin';
import type { MemberFeature } from '../../data/selection.ts';
import { OVERSEAS } from '../../geo/insets.ts';

/** @math.gl/web-mercator's constants, as deck.gl uses them. */
const TILE_SIZE = 512;
const EARTH_CIRCUMFERENCE_M = 40.03e6;
const RAD = Math.PI / 180;

/**
 * A set of sites binned by one layer. Metropolitan France and each overseas département get a layer
 * of their own because deck.gl converts the radius at the centre of a layer's data: one layer from
 * Réunion (21° S) to Flanders (51° N) would be scaled at 15° N and draw metropolitan hexagons about
 * 30 % too small. Per zone the radius is exact at the zone's centre (±10 % at metropolitan ends).
 */
export interface HexZone {
  /** deck.gl layer id: 'hexbin' for metropolitan France, 'hexbin-<département>' overseas. */
  layerId: string;
  sites: MemberFeature[];
}

/** Prefix of every hexbin layer id, for picking. */
export const HEXBIN_LAYER = 'hexbin';

/** The sites grouped by zone, metropolitan France first, then overseas west to east; empty zones left out. */
export function hexZones(sites: readonly MemberFeature[]): HexZone[] {
  const zones = [{ code: null as string | null, sites: [] as MemberFeature[] }].concat(
    OVERSEAS.map((o) => ({ code: o.code, sites: [] })),
  );
  for (const site of sites) {
    const zone = zones.find((z) => z.code === site.properties.departement) ?? zones[0]!;
    zone.sites.push(site);
  }
  return zones
    .filter((z) => z.sites.length > 0)
    .map((z) => ({ layerId: z.code ? `${HEXBIN_LAYER}-${z.code}` : HEXBIN_LAYER, sites: z.sites }));
}

/** [lon, lat] → deck.gl common space (lngLatToWorld). */
function toCommon([lon, lat]: readonly [number, number]): [number, number] {
  const x = (TILE_SIZE * (lon * RAD + Math.PI)) / (2 * Math.PI);
  const y = (TILE_SIZE * (Math.PI + Math.log(Math.tan(Math.PI / 4 + lat * RAD * 0.5)))) / (2 * Math.PI);
  return [x, y];
}

/**
 * Number of sites in each non-empty hexagon of radius `radiusKm` drawn for `sites` (one zone), in
 * no particular order.
 */
export function hexCounts(sites: readonly MemberFeature[], radiusKm: number): number[] {
  return hexCells(sites, radiusKm).map((cell) => cell.count);
}

/** deck.gl common space → [lon, lat] (worldToLngLat). */
function fromCommon([x, y]: readonly [number, number]): [number, number] {
  const lon = ((x * 2 * Math.PI) / TILE_SIZE - Math.PI) / RAD;
  const lat = (2 * Math.atan(Math.exp((y * 2 * Math.PI) / TILE_SIZE - Math.PI)) - Math.PI / 2) / RAD;
  return [lon, lat];
}

/** A non-empty hexagon: its site count and its six corners in [lon, lat]. */
export interface HexCell {
  count: number;
  corners: [number, number][];
}

/** The non-empty hexagons of radius `radiusKm` drawn for `sites` (one zone), for the insets to draw. */
export function hexCells(sites: readonly MemberFeature[], radiusKm: number): HexCell[] {
  if (sites.length === 0) return [];
  const lats = sites.map((s) => s.geometry.coordinates[1]);
  // The centre of the bounding box, where deck.gl measures metres (HexagonLayer._updateBinOptions).
  const centreLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const radiusCommon = (radiusKm * 1000 * TILE_SIZE) / (EARTH_CIRCUMFERENCE_M * Math.cos(centreLat * RAD));
  const bins = hexbin<[number, number]>().radius(radiusCommon)(
    sites.map((s) => toCommon(s.geometry.coordinates)),
  );
  // d3-hexbin's pointy-top corners, at every sixth of a turn.
  const offsets = [0, 1, 2, 3, 4, 5].map((i): [number, number] => [
    Math.sin((i * Math.PI) / 3) * radiusCommon,
    -Math.cos((i * Math.PI) / 3) * radiusCommon,
  ]);
  return bins.map((b) => ({
    count: b.length,
    corners: offsets.map(([dx, dy]) => fromCommon([b.x + dx, b.y + dy])),
  }));
}

/** The counts of every hexagon of every zone of `sites`. */
export function allHexCounts(sites: readonly MemberFeature[], radiusKm: number): number[] {
  return hexZones(sites).flatMap((zone) => hexCounts(zone.sites, radiusKm));
}
