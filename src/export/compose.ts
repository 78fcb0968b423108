// SPDX-License-Identifier: MIT
// Lays out an exported picture and draws it on a 2D canvas: the map frame full-bleed, a title box,
// the legend and a footer with what is shown, the date and the sources. Texts are drawn with
// fillText, never HTML: data strings cannot become markup. Positions are in the 1920×1080 CSS
// layout; the context is scaled by the pixel ratio, so 4K is the same picture, sharper. The layout
// comes first so that the map can be framed in the space the texts leave free.
import { drawInsets, type PlacedInset } from './insets.ts';
import type { ExportLegendSection, SwatchShape } from './legend.ts';
import type { ExportSize, Padding } from './size.ts';

export interface PictureTexts {
  title: string;
  /** Lines under the title (a tour caption). */
  subtitle: string[];
  legend: ExportLegendSection[];
  /** Footer lines: what is shown and when, then the sources and attribution. */
  footer: string[];
}

type Line = { text: string; font: string; colour: string; height: number };
type LegendRow = { line: Line } | { shape: SwatchShape; colour: string; text: string };
type Box = { x: number; y: number; width: number; height: number };

export interface PictureLayout {
  head: Box & { lines: Line[] };
  footer: Box & { lines: Line[] };
  legend: (Box & { rows: LegendRow[] }) | null;
  /** What the texts cover, for framing the map around them. */
  mapPadding: Padding;
}

const W = 1920;
const H = 1080;
const FONT = "system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
const INK = '#1f2328';
const MUTED = '#444c56';
const MARGIN = 32;
const GAP = 24;
const PAD = 18;
const LEGEND_WIDTH = 380;
const ENTRY_HEIGHT = 27;
/** The column under the title box, beside France, where the insets go ('column' shape only). */
export function insetColumn(layout: PictureLayout): {
  left: number;
  top: number;
  width: number;
  bottom: number;
} {
  return {
    left: layout.head.x + 4,
    top: layout.head.y + layout.head.height + GAP + 4,
    width: layout.head.width - 8,
    bottom: layout.footer.y - GAP,
  };
}

/** Title box width: a column beside France (taller than wide), a band above the world (wider). */
const HEAD_WIDTH = { column: 560, band: 1000 };

/**
 * `text` broken into lines no wider than `maxWidth` at word boundaries (greedy). A word wider than
 * the line keeps a line of its own rather than being cut: a URL stays readable.
 */
export function wrapLines(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure(candidate) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

const heightOf = (lines: Line[]) => lines.reduce((sum, l) => sum + l.height, 2 * PAD);
const rowHeight = (row: LegendRow) => ('line' in row ? row.line.height : ENTRY_HEIGHT);

/**
 * Where each text goes. `shape` 'column' puts the title and legend beside the map (France), 'band'
 * the title above it (the world of the partnership view). The legend's sections come in order of
 * importance; those that would reach the footer are left out.
 */
export function layoutPicture(
  ctx: CanvasRenderingContext2D,
  texts: PictureTexts,
  shape: 'column' | 'band',
): PictureLayout {
  const wrap = (text: string, font: string, width: number, colour: string, height: number): Line[] => {
    ctx.font = font;
    return wrapLines(text, width, (s) => ctx.measureText(s).width).map((t) => ({
      text: t,
      font,
      colour,
      height,
    }));
  };
  const footerLines = texts.footer.flatMap((text, i) =>
    wrap(
      text,
      `${i === 0 ? 18 : 16}px ${FONT}`,
      W - 2 * MARGIN - 2 * PAD,
      i === 0 ? INK : MUTED,
      i === 0 ? 26 : 22,
    ),
  );
  const footerHeight = heightOf(footerLines);
  const footer = {
    x: MARGIN,
    y: H - MARGIN - footerHeight,
    width: W - 2 * MARGIN,
    height: footerHeight,
    lines: footerLines,
  };

  const headWidth = HEAD_WIDTH[shape];
  const headLines = [
    ...wrap(texts.title, `bold 40px ${FONT}`, headWidth - 2 * PAD, INK, 52),
    ...texts.subtitle.flatMap((line) => wrap(line, `24px ${FONT}`, headWidth - 2 * PAD, INK, 34)),
  ];
  const head = { x: MARGIN, y: MARGIN, width: headWidth, height: heightOf(headLines), lines: headLines };

  let legend: PictureLayout['legend'] = null;
  // Beside France (a column) the legend takes the right; under a world band, the left, over the
  // Pacific: at the smallest zoom MapLibre allows, the world fills the width and Japan is on the right.
  const legendX = shape === 'column' ? W - MARGIN - LEGEND_WIDTH : MARGIN;
  const legendY = shape === 'column' ? MARGIN : head.y + head.height + GAP;
  const inner = LEGEND_WIDTH - 2 * PAD;
  const rows: LegendRow[] = [];
  let height = 2 * PAD;
  for (const section of texts.legend) {
    const sectionRows: LegendRow[] = [
      ...wrap(section.title, `bold 20px ${FONT}`, inner, INK, 28).map((line) => ({ line })),
      ...(section.unit
        ? wrap(section.unit, `italic 16px ${FONT}`, inner, MUTED, 22).map((line) => ({ line }))
        : []),
      ...section.entries,
    ];
    const sectionHeight = sectionRows.reduce((sum, row) => sum + rowHeight(row), 0);
    // A section that does not fit above the footer is left out whole, never cut in the middle.
    if (legendY + height + sectionHeight > footer.y - GAP) break;
    rows.push(...sectionRows);
    height += sectionHeight;
  }
  if (rows.length) legend = { x: legendX, y: legendY, width: LEGEND_WIDTH, height, rows };
  const beside = legend ? MARGIN + LEGEND_WIDTH + GAP : MARGIN;
  return {
    head,
    footer,
    legend,
    mapPadding: {
      top: shape === 'band' ? head.y + head.height + GAP : MARGIN,
      right: shape === 'column' ? beside : MARGIN,
      bottom: H - footer.y + GAP,
      left: shape === 'column' ? MARGIN + headWidth + GAP : beside,
    },
  };
}

function panel(ctx: CanvasRenderingContext2D, box: Box): void {
  ctx.fillStyle = 'rgba(255, 255, 255, 0.93)';
  ctx.fillRect(box.x, box.y, box.width, box.height);
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.25)';
  ctx.lineWidth = 1;
  ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
}

function text(ctx: CanvasRenderingContext2D, line: Line, x: number, top: number, maxWidth: number): void {
  ctx.font = line.font;
  ctx.fillStyle = line.colour;
  ctx.fillText(line.text, x, top + line.height * 0.75, maxWidth);
}

function textBox(ctx: CanvasRenderingContext2D, box: Box & { lines: Line[] }): void {
  panel(ctx, box);
  let top = box.y + PAD;
  for (const line of box.lines) {
    text(ctx, line, box.x + PAD, top, box.width - 2 * PAD);
    top += line.height;
  }
}

function swatch(
  ctx: CanvasRenderingContext2D,
  shape: SwatchShape,
  colour: string,
  x: number,
  y: number,
): void {
  ctx.fillStyle = colour;
  ctx.strokeStyle = colour;
  if (shape === 'line') {
    ctx.lineWidth = 4;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 22, y);
    ctx.stroke();
    return;
  }
  ctx.beginPath();
  if (shape === 'square') ctx.rect(x, y - 9, 22, 18);
  else if (shape === 'diamond') {
    ctx.moveTo(x + 11, y - 8);
    ctx.lineTo(x + 19, y);
    ctx.lineTo(x + 11, y + 8);
    ctx.lineTo(x + 3, y);
    ctx.closePath();
  } else ctx.arc(x + 11, y, shape === 'dot' ? 9 : 6, 0, 2 * Math.PI);
  if (shape === 'ring') {
    // A site placed at its head office: a white disc in a ring of the kind's colour.
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 3;
    ctx.stroke();
    return;
  }
  ctx.fill();
  ctx.strokeStyle = '#5a5a5a';
  ctx.lineWidth = 1;
  ctx.stroke();
}

/** The picture: `frame` (the map in device pixels) under the insets and the texts of `layout`, on a new canvas. */
export function drawPicture(
  frame: CanvasImageSource,
  size: ExportSize,
  layout: PictureLayout,
  insets: readonly PlacedInset[] = [],
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas for the export');
  ctx.drawImage(frame, 0, 0, size.width, size.height);
  ctx.scale(size.pixelRatio, size.pixelRatio);
  drawInsets(ctx, insets);
  textBox(ctx, layout.footer);
  textBox(ctx, layout.head);
  const legend = layout.legend;
  if (legend) {
    panel(ctx, legend);
    let top = legend.y + PAD;
    const x = legend.x + PAD;
    for (const row of legend.rows) {
      if ('line' in row) text(ctx, row.line, x, top, legend.width - 2 * PAD);
      else {
        swatch(ctx, row.shape, row.colour, x, top + ENTRY_HEIGHT / 2);
        text(
          ctx,
          { text: row.text, font: `18px ${FONT}`, colour: INK, height: ENTRY_HEIGHT },
          x + 32,
          top,
          legend.width - 2 * PAD - 32,
        );
      }
      top += rowHeight(row);
    }
  }
  return canvas;
}

/** The canvas as a PNG file. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    ),
  );
}
