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

/** One span per label in a layer over the map, moved with the camera by `place`. */
export class LabelsOverlay {
  readonly element: HTMLDivElement;
  private labels: readonly Label[] = [];
  private spans: HTMLSpanElement[] = [];

  constructor(container: HTMLElement) {
    this.element = document.createElement('div');
    this.element.className = 'map-labels';
    // The names repeat the map for the eye; a screen reader gets them from the tables.
    this.element.setAttribute('aria-hidden', 'true');
    container.append(this.element);
  }

  /** Shows `labels` (the same array again rebuilds nothing) where `project` puts them. */
  show(labels: readonly Label[], project: Project): void {
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
    this.place(project);
  }

  /** Moves every label to where the camera now puts it (centred on its position). */
  place(project: Project): void {
    this.labels.forEach((label, i) => {
      const { x, y } = project(label.position);
      this.spans[i]!.style.transform =
        `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px) translate(-50%, -50%)`;
    });
  }

  destroy(): void {
    this.element.remove();
  }
}

/** Paints `labels` as the overlay shows them, on a 2D canvas of `pixelRatio` pixels per CSS pixel. */
export function paintLabels(
  context: CanvasRenderingContext2D,
  labels: readonly Label[],
  project: Project,
  pixelRatio: number,
): void {
  context.save();
  context.scale(pixelRatio, pixelRatio);
  context.font = LABEL_FONT;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = 2.5;
  context.strokeStyle = LABEL_HALO;
  context.fillStyle = LABEL_COLOUR;
  for (const label of labels) {
    const { x, y } = project(label.position);
    context.strokeText(label.text, x, y);
    context.fillText(label.text, x, y);
  }
  context.restore();
}
