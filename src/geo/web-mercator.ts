// SPDX-License-Identifier: MIT
// The WebGL map's projection without its engine (pure, runs in Node): MapLibre's Web Mercator with
// 512-pixel tiles, the camera its fitBounds() chooses for a box, and paths drawn in the same CSS
// pixels (without d3-geo, which would double the early paint's download), so that the early paint (elements/poles-early-map) puts every pôle where the
// WebGL map will draw it.
import type { Feature } from 'geojson';
import type { Camera } from '../state/view-state.ts';
import { polygonsOf } from './planar.ts';

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

/** [lon, lat] → CSS pixels of a map of `width` × `height` looking at `camera`, as MapLibre's project(). */
export type Projector = (lonLat: [number, number]) => [number, number];

export function cameraProjector(camera: Camera, width: number, height: number): Projector {
  const worldSize = TILE * 2 ** camera.zoom;
  const [cx, cy] = mercatorXY([camera.lon, camera.lat]);
  return (lonLat) => {
    const [x, y] = mercatorXY(lonLat);
    return [(x - cx) * worldSize + width / 2, (y - cy) * worldSize + height / 2];
  };
}

const tenth = (v: number): number => Math.round(v * 10) / 10;

/**
 * The SVG path of the (multi)polygons' rings, projected: enough for France's territories, none of
 * which crosses the antimeridian. Whatever falls outside the map is clipped by the SVG element, and
 * one decimal is a tenth of a pixel: finer digits only make the path longer.
 */
export function polygonsPath(features: readonly Feature[], project: Projector): string {
  const parts: string[] = [];
  for (const feature of features) {
    for (const polygon of polygonsOf(feature)) {
      for (const ring of polygon) {
        ring.forEach((position, i) => {
          const [x, y] = project(position as [number, number]);
          parts.push(`${i ? 'L' : 'M'}${tenth(x)},${tenth(y)}`);
        });
        parts.push('Z');
      }
    }
  }
  return parts.join('');
}
