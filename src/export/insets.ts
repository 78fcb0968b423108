// SPDX-License-Identifier: MIT
// The insets of an exported picture: Paris and the petite couronne, then the overseas départements,
// in the column under the title, which the map's frame leaves free of France (compose.ts). Each is
// drawn from the same InsetPicture as on screen: Path2D takes its SVG path strings.
import { overseasInsets, parisInset, type Inset } from '../geo/insets.ts';
import type { FeatureCollection } from 'geojson';
import { INSET_COLOURS, type InsetPicture } from '../map/inset-picture.ts';

/** Box sizes in the 1920×1080 layout: Paris larger, as on screen. */
export const EXPORT_INSET_SIZE = { width: 170, height: 128 } as const;
export const EXPORT_PARIS_SIZE = { width: 260, height: 208 } as const;

const GAP = 12;
const CAPTION = 26;
const FONT = "system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

export interface PlacedInset {
  inset: Inset;
  picture: InsetPicture;
  caption: string;
  /** Where the drawing goes (the caption under it), in layout pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The insets of a picture, at the export's sizes: Paris first (when wanted), then overseas. */
export function exportInsets(departements: FeatureCollection, withParis: boolean): Inset[] {
  const paris = withParis ? parisInset(departements, EXPORT_PARIS_SIZE) : null;
  return [...(paris ? [paris] : []), ...overseasInsets(departements, EXPORT_INSET_SIZE)];
}

/**
 * Places `insets` in a column from (`left`, `top`) `width` wide, row by row; a row that would reach
 * `bottom` is left out with those after it, never cut.
 */
export function placeInsets<T extends { inset: Inset }>(
  insets: readonly T[],
  column: { left: number; top: number; width: number; bottom: number },
): (T & { x: number; y: number; width: number; height: number })[] {
  const placed: (T & { x: number; y: number; width: number; height: number })[] = [];
  let x = column.left;
  let y = column.top;
  let rowHeight = 0;
  for (const item of insets) {
    const size = item.inset.code === 'paris' ? EXPORT_PARIS_SIZE : EXPORT_INSET_SIZE;
    if (x > column.left && x + size.width > column.left + column.width) {
      x = column.left;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    if (y + size.height + CAPTION > column.bottom) break;
    placed.push({ ...item, x, y, ...size });
    x += size.width + GAP;
    rowHeight = Math.max(rowHeight, size.height + CAPTION);
    // Paris stands on a row of its own.
    if (item.inset.code === 'paris') x = column.left + column.width;
  }
  return placed;
}

/** Draws the placed insets on `ctx` (already scaled to layout pixels). */
export function drawInsets(ctx: CanvasRenderingContext2D, insets: readonly PlacedInset[]): void {
  for (const { inset, picture, caption, x, y, width, height } of insets) {
    ctx.save();
    ctx.fillStyle = 'rgba(255, 255, 255, 0.93)';
    ctx.fillRect(x - 4, y - 4, width + 8, height + CAPTION + 4);
    ctx.translate(x, y);
    ctx.beginPath();
    ctx.rect(0, 0, width, height);
    ctx.clip();
    ctx.fillStyle = INSET_COLOURS.sea;
    ctx.fillRect(0, 0, width, height);
    const outline = new Path2D(inset.path);
    if (inset.context) {
      const context = new Path2D(inset.context);
      ctx.fillStyle = INSET_COLOURS.context;
      ctx.fill(context);
      ctx.strokeStyle = INSET_COLOURS.outline;
      ctx.lineWidth = 0.5;
      ctx.stroke(context);
    }
    ctx.fillStyle = INSET_COLOURS.land;
    ctx.fill(outline);
    for (const area of picture.areas) {
      const path = new Path2D(area.d);
      ctx.fillStyle = area.fill;
      ctx.fill(path);
      if (area.stroke) {
        ctx.strokeStyle = area.stroke;
        ctx.lineWidth = 0.8;
        ctx.stroke(path);
      }
    }
    if (picture.tint) {
      ctx.globalAlpha = 0.27;
      ctx.fillStyle = picture.tint;
      ctx.fill(outline);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = picture.tint;
      ctx.lineWidth = 2;
      ctx.stroke(outline);
    }
    ctx.strokeStyle = INSET_COLOURS.outline;
    ctx.lineWidth = 0.8;
    ctx.stroke(outline);
    for (const dot of picture.dots) {
      ctx.beginPath();
      ctx.arc(dot.x, dot.y, dot.r, 0, 2 * Math.PI);
      ctx.fillStyle = dot.fill;
      ctx.fill();
      if (dot.stroke !== 'none') {
        ctx.strokeStyle = dot.stroke;
        ctx.stroke();
      }
    }
    ctx.restore();
    ctx.strokeStyle = picture.tint ?? 'rgba(0, 0, 0, 0.25)';
    ctx.lineWidth = picture.tint ? 3 : 1;
    ctx.strokeRect(x - 0.5, y - 0.5, width + 1, height + 1);
    ctx.font = `16px ${FONT}`;
    ctx.fillStyle = '#1f2328';
    ctx.fillText(caption, x, y + height + 19, width);
  }
}
