// SPDX-License-Identifier: MIT
// Territory names over the map, as text: positioned spans over the canvas on screen, and the same
// text painted on the 2D canvas of an exported picture. Not a deck.gl TextLayer: its font atlas and
// its shader program made the first frame 0.4-0.6 s later on a CPU renderer (README, Performance),
// where text in the DOM costs next to nothing; neither needs a glyph server. Names that would collide
// are dropped by priority (geo/label-placement.ts), on screen and on exports alike.
import { placeLabels } from '../../geo/label-placement.ts';

export interface Label {
  text: string;
  position: [number, number];
  /** Higher is placed first where two names would collide (a territory's area). */
  priority: number;
  /** Moves the name from `position`, in CSS pixels (a pôle's name under its symbol on a ring). */
  offset?: { dx: number; dy: number };
  /** Then down by this many heights of its box, which follows the names' type size. @default 0 */
  lines?: number;
  /** `start`: the name begins at its point; `end`: it ends there. @default centred on it */
  align?: 'start' | 'end';
  /** Shown only from this zoom on. @default none */
  minZoom?: number;
  /** `badge`: the count of a group's badge, white on the badge. @default a name */
  kind?: 'badge';
  /** Boxes (centred, CSS pixels from `position`) the name must not cover: the symbols it names. */
  avoid?: boolean;
}

/** A symbol a name must not cover: its centre in CSS pixels and its radius. */
export interface Obstacle {
  x: number;
  y: number;
  radius: number;
}

/** [lon, lat] → CSS pixels in the map's container. */
export type Project = (lonLat: [number, number]) => { x: number; y: number };

export const LABEL_FONT = `600 12px system-ui, 'DejaVu Sans', 'Segoe UI', Roboto, sans-serif`;
/** Type size of LABEL_FONT, and the line height of a name's box, in CSS pixels. */
const LABEL_SIZE = 12;
const LABEL_HEIGHT = 15;
export const LABEL_COLOUR = '#464646';
/**
 * The halo's alpha: opaque enough that the name keeps a contrast of at least 4.5:1 over the darkest
 * fill beneath it (tests/unit/label-contrast.test.ts), light enough to let the sites show through.
 */
export const LABEL_HALO_ALPHA = 0.9;
export const LABEL_HALO = `rgba(255, 255, 255, ${LABEL_HALO_ALPHA})`;

let measuring: CanvasRenderingContext2D | null = null;

/** Width of `text` in the labels' font, in CSS pixels (a canvas measures without a layout pass). */
function textWidth(text: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 7;
  measuring.font = LABEL_FONT;
  return measuring.measureText(text).width;
}

/**
 * One span per label in a layer over the map, where `project` puts it, moved with the camera by
 * `place`; `paint` draws the same names on an export.
 */
export class LabelsOverlay {
  readonly element: HTMLDivElement;
  private labels: readonly Label[] = [];
  private spans: HTMLSpanElement[] = [];
  private widths: number[] = [];
  /** The vertical shift of each label at the last placement; null where it would have collided or been cut. */
  private shifts: (number | null)[] = [];

  constructor(
    /** The map's container: the names are placed within its size (an export's offscreen one too). */
    private readonly container: HTMLElement,
    private readonly project: Project,
    /** The map's zoom, for names shown from a zoom on. */
    private readonly zoom: () => number = () => Infinity,
    /** The symbols that names marked `avoid` must not cover. */
    private readonly obstacles: () => readonly Obstacle[] = () => [],
  ) {
    this.element = document.createElement('div');
    this.element.className = 'map-labels';
    // The names repeat the map for the eye; a screen reader gets them from the tables.
    this.element.setAttribute('aria-hidden', 'true');
    container.append(this.element);
  }

  /** Shows `labels` (the same array again rebuilds nothing). */
  show(labels: readonly Label[]): void {
    if (labels !== this.labels) {
      this.labels = labels;
      this.spans = labels.map((label) => {
        const span = document.createElement('span');
        // Data strings are text, never HTML.
        span.textContent = label.text;
        if (label.kind) span.className = label.kind;
        return span;
      });
      this.widths = labels.map((label) => textWidth(label.text));
      this.element.replaceChildren(...this.spans);
    }
    this.place();
  }

  /**
   * Moves every label to where the camera now puts it (centred on its position), hiding those that
   * collide. The boxes follow the type size the page's style gives the names (larger on a stage).
   */
  place(): void {
    const first = this.spans[0];
    const scale = first ? parseFloat(getComputedStyle(first).fontSize) / LABEL_SIZE || 1 : 1;
    const points = this.labels.map((label, i) => this.at(label, this.widths[i]! * scale, scale));
    const zoom = this.zoom();
    // Only the names shown at this zoom avoid symbols: at the national scale (the pôles' names come
    // from zoom 6.5) the symbols, 100,000 with a big imported list, are not even projected.
    const avoiding = this.labels.some((label) => label.avoid && zoom >= (label.minZoom ?? -Infinity));
    const obstacles = avoiding ? this.obstacles() : [];
    this.shifts = placeLabels(
      points.map(({ x, y }, i) => ({
        x,
        y,
        width: this.widths[i]! * scale,
        height: LABEL_HEIGHT * scale,
        priority: this.labels[i]!.priority,
        hidden: zoom < (this.labels[i]!.minZoom ?? -Infinity),
        avoid: this.labels[i]!.avoid,
      })),
      this.container.clientWidth,
      this.container.clientHeight,
      obstacles.map((o) => ({ x: o.x, y: o.y, width: 2 * o.radius, height: 2 * o.radius, priority: 0 })),
    );
    points.forEach(({ x, y }, i) => {
      const span = this.spans[i]!;
      const dy = this.shifts[i];
      span.hidden = dy === null;
      span.style.transform = `translate(${x.toFixed(1)}px, ${(y + (dy ?? 0)).toFixed(1)}px) translate(-50%, -50%)`;
    });
  }

  /** Where a label's box is centred, in CSS pixels, its type `typeScale` times LABEL_SIZE. */
  private at(label: Label, width: number, typeScale: number): { x: number; y: number } {
    const { x, y } = this.project(label.position);
    const align = label.align === 'start' ? width / 2 : label.align === 'end' ? -width / 2 : 0;
    const down = (label.lines ?? 0) * LABEL_HEIGHT * typeScale;
    return { x: x + (label.offset?.dx ?? 0) + align, y: y + (label.offset?.dy ?? 0) + down };
  }

  /** Paints the names shown, as on screen, on a 2D canvas of `pixelRatio` pixels per CSS pixel. */
  paint(context: CanvasRenderingContext2D, pixelRatio: number): void {
    context.save();
    context.scale(pixelRatio, pixelRatio);
    context.font = LABEL_FONT;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = LABEL_HALO;
    context.fillStyle = LABEL_COLOUR;
    for (const [i, label] of this.labels.entries()) {
      const dy = this.shifts[i];
      if (dy === undefined || dy === null) continue;
      const { x, y } = this.at(label, this.widths[i]!, 1);
      if (label.kind === 'badge') {
        context.fillStyle = '#ffffff';
        context.fillText(label.text, x, y + dy);
        context.fillStyle = LABEL_COLOUR;
        continue;
      }
      context.strokeText(label.text, x, y + dy);
      context.fillText(label.text, x, y + dy);
    }
    context.restore();
  }

  destroy(): void {
    this.element.remove();
  }
}
