// SPDX-License-Identifier: MIT
// The WebGL map's projection without its engine (pure, runs in Node): MapLibre's Web Mercator with
// 512-pixel tiles, the camera its fitBounds() chooses for a box, and a d3-geo projection drawing in
// the same CSS pixels, so that the early paint (elements/poles-early-map) puts every pôle where the
// WebGL map will draw it.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Camera } from '../state/view-state.ts';

/** MapLibre's tile size: the world is 512 × 2^zoom CSS pixels wide. */
const TILE = 512;
/** MapLibre's default maximum zoom, which fitBounds() never exceeds. */
const MAX_ZOOM = 22;

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** [lon, lat] → MapLibre's world coordinates in [0, 1] (x eastwards, y southwards). */
export function mercatorXY([lon, lat]: [number, number]): [number, number] {
  const phi = (lat * Math.PI) / 180;
  return [(lon + 180) / 360, 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)];
}

function lonLatOf([x, y]: [number, number]): [number, number] {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

/**
 * The camera MapLibre's fitBounds(bounds, { padding }) gives a map of `width` × `height` CSS pixels
 * with no bearing or pitch (mercator_camera_helper.ts, cameraForBoxAndBearing): the largest zoom at
 * which the box fits inside the padding, centred in the padded area.
 */
export function fitCamera(
  [west, south, east, north]: [number, number, number, number],
  width: number,
  height: number,
  padding: Padding,
): Camera {
  const [x0, y0] = mercatorXY([west, north]);
  const [x1, y1] = mercatorXY([east, south]);
  const scale = Math.min(
    (width - padding.left - padding.right) / ((x1 - x0) * TILE),
    (height - padding.top - padding.bottom) / ((y1 - y0) * TILE),
  );
  const zoom = Math.min(Math.log2(scale), MAX_ZOOM);
  const worldSize = TILE * 2 ** zoom;
  const [lon, lat] = lonLatOf([
    (x0 + x1) / 2 - (padding.left - padding.right) / 2 / worldSize,
    (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / worldSize,
  ]);
  return { lon, lat, zoom };
}

/**
 * The d3 projection of a map of `width` × `height` CSS pixels looking at `camera`: [lon, lat] →
 * the CSS pixel MapLibre's project() gives, clipped to the map's box.
 */
export function cameraProjection(camera: Camera, width: number, height: number): GeoProjection {
  return geoMercator()
    .scale((TILE * 2 ** camera.zoom) / (2 * Math.PI))
    .center([camera.lon, camera.lat])
    .translate([width / 2, height / 2])
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}
