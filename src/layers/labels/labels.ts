// SPDX-License-Identifier: MIT
// Territory names over the map, as text: positioned spans over the canvas on screen, and the same
// text painted on the 2D canvas of an exported picture. Not a deck.gl TextLayer: its font atlas and
// its shader program made the first frame 0.4-0.6 s later on a CPU renderer (README, Performance),
// where text in the DOM costs next to nothing; neither needs a glyph server.

export interface Label {
  text: string;
  position: [number, number];
}

/** [lon, lat] → CSS pixels in the map's container. */
export type Project = (lonLat: [number, number]) => { x: number; y: number };

export const LABEL_FONT = `600 12px system-ui, 'DejaVu Sans', 'Segoe UI', Roboto, sans-serif`;
export const LABEL_COLOUR = '#464646';
// A light halo: the names lie over the sites and HQs, which must stay readable under them.
export const LABEL_HALO = 'rgba(255, 255, 255, 0.7)';

/**
 * One span per label in a layer over the map, where `project` puts it, moved with the camera by
 * `place`; `paint` draws the same names on an export.
 */
export class LabelsOverlay {
  readonly element: HTMLDivElement;
  private labels: readonly Label[] = [];
  private spans: HTMLSpanElement[] = [];

  constructor(
    container: HTMLElement,
    private readonly project: Project,
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
        return span;
      });
      this.element.replaceChildren(...this.spans);
    }
    this.place();
  }

  /** Moves every label to where the camera now puts it (centred on its position). */
  place(): void {
    this.labels.forEach((label, i) => {
      const { x, y } = this.project(label.position);
      this.spans[i]!.style.transform =
        `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px) translate(-50%, -50%)`;
    });
  }

  /** Paints the names shown, as on screen, on a 2D canvas of `pixelRatio` pixels per CSS pixel. */
  paint(context: CanvasRenderingContext2D, pixelRatio: number): void {
    context.save();
    context.scale(pixelRatio, pixelRatio);
    context.font = LABEL_FONT;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = 2.5;
    context.strokeStyle = LABEL_HALO;
    context.fillStyle = LABEL_COLOUR;
    for (const label of this.labels) {
      const { x, y } = this.project(label.position);
      context.strokeText(label.text, x, y);
      context.fillText(label.text, x, y);
    }
    context.restore();
  }

  destroy(): void {
    this.element.remove();
  }
}
