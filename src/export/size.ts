// SPDX-License-Identifier: MIT
// Sizes and framing of the PNG exports, and the names of exported files (pure).
import { basisFileTag } from '../analysis/count-basis.ts';
import { phaseOf } from '../data/time/scope.ts';
import type { Camera, ViewState } from '../state/view-state.ts';

export const EXPORT_PRESETS = ['1080p', '4k'] as const;
export type ExportPreset = (typeof EXPORT_PRESETS)[number];

export interface ExportSize {
  /** Layout size in CSS pixels: both presets lay out the same 1920×1080 picture. */
  cssWidth: number;
  cssHeight: number;
  /** Device pixels per CSS pixel: 4K is the 1080p layout drawn twice as sharp, not a wider view. */
  pixelRatio: number;
  /** Size of the PNG, in pixels. */
  width: number;
  height: number;
}

/** The size of a preset: 1920×1080 at ratio 1, or 3840×2160 at ratio 2. */
export function exportSize(preset: ExportPreset): ExportSize {
  const pixelRatio = preset === '4k' ? 2 : 1;
  return { cssWidth: 1920, cssHeight: 1080, pixelRatio, width: 1920 * pixelRatio, height: 1080 * pixelRatio };
}

/**
 * The camera that shows at least what a `screen`-sized map shows around the same centre, in a
 * `target`-sized one: the zoom changes by log2 of the smaller size ratio (Web Mercator doubles the
 * scale per zoom level), so nothing the presenter framed falls outside the picture.
 */
export function exportCamera(
  camera: Camera,
  screen: { width: number; height: number },
  target: { cssWidth: number; cssHeight: number },
): Camera {
  if (screen.width <= 0 || screen.height <= 0) return camera;
  const ratio = Math.min(target.cssWidth / screen.width, target.cssHeight / screen.height);
  const zoom = Math.min(18, Math.max(0, camera.zoom + Math.log2(ratio)));
  return { lon: camera.lon, lat: camera.lat, zoom };
}

export type ExportKind = 'png' | 'poles-csv' | 'sites-csv' | 'geojson';

/** `poles-competitivite-2019-carte.png`, `…-2010-poles.csv`: what and which year, for a downloads folder. */
export function exportFileName(
  kind: ExportKind,
  state: Pick<ViewState, 'year' | 'view'> & Partial<Pick<ViewState, 'siteYears' | 'layer' | 'countBasis'>>,
  preset?: ExportPreset,
): string {
  // A picture of an analysis that counts only some sites says which in its name.
  const analysis = state.view === 'map' && state.layer !== undefined && state.layer !== 'sites';
  const counted = analysis && state.countBasis ? basisFileTag(state.countBasis) : '';
  // Sites of the year's phase only: said in the name, as the rows hold fewer sites.
  const phase = state.siteYears === 'phase' ? `-phase-${phaseOf(state.year).id}` : '';
  const base = `poles-competitivite-${state.year}${phase}`;
  switch (kind) {
    case 'png':
      return `${base}-${state.view === 'links' ? 'partenariats' : 'carte'}${counted}${preset === '4k' ? '-4k' : ''}.png`;
    case 'poles-csv':
      return `${base}-poles.csv`;
    case 'sites-csv':
      return `${base}-sites.csv`;
    case 'geojson':
      return `${base}.geojson`;
  }
}

/** Space kept free around what a map frames, in CSS pixels. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const TILE = 512;
const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) =>
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90;

/**
 * The camera that fits `bounds` ([west, south, east, north]) in a `width`×`height` map inside
 * `padding`, as MapLibre's fitBounds would (Web Mercator, 512 px tiles), computed before the map
 * exists so that the export engine starts on its final frame, clear of the title, legend and footer.
 */
export function fitCamera(
  bounds: [number, number, number, number],
  width: number,
  height: number,
  padding: Padding,
): Camera {
  const [west, south, east, north] = bounds;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const worldPx = Math.min(
    (width - padding.left - padding.right) / (x1 - x0),
    (height - padding.top - padding.bottom) / (y1 - y0),
  );
  // The frame's centre sits in the middle of the padded box, so the map's centre moves the other way.
  const x = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / worldPx;
  const y = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / worldPx;
  return { lon: lonOf(x), lat: latOf(y), zoom: Math.log2(worldPx / TILE) };
}
