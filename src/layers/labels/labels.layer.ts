// SPDX-License-Identifier: MIT
// Territory names drawn by deck.gl from a local canvas font: the base map has no glyph server.
import { TextLayer } from '@deck.gl/layers';

export interface Label {
  text: string;
  position: [number, number];
}

/** Labels with a white halo; `characterSet: 'auto'` keeps accents ("Île-de-France"). */
export function createLabelsLayer(labels: Label[]): TextLayer<Label> {
  return new TextLayer<Label>({
    id: 'labels',
    data: labels,
    pickable: false,
    characterSet: 'auto',
    fontFamily: 'system-ui, "DejaVu Sans", "Segoe UI", Roboto, sans-serif',
    fontWeight: 600,
    getText: (d) => d.text,
    getPosition: (d) => d.position,
    getSize: 12,
    sizeUnits: 'pixels',
    getColor: [70, 70, 70, 255],
    // Half deck.gl's default atlas (64 px glyphs, buffer 4, radius 12): labels are drawn at 12 px,
    // and building the atlas at startup costs a quarter as much. The outline keeps its width, as
    // a share of the radius (deck.gl divides outlineWidth by it).
    fontSettings: { sdf: true, fontSize: 32, buffer: 2, radius: 6 },
    outlineWidth: 1.5,
    outlineColor: [255, 255, 255, 230],
  });
}
