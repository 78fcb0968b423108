// SPDX-License-Identifier: MIT
// The territory names' styles, shared by the WebGL map (poles-map) and its early paint
// (poles-early-map), which both hold a LabelsOverlay in their shadow root.
import { css, unsafeCSS } from 'lit';
import { LABEL_COLOUR, LABEL_FONT, LABEL_HALO } from './labels.ts';

export const labelsStyles = css`
  /* Territory names (layers/labels/labels.ts): over the canvas, under the legend and the insets. */
  .map-labels {
    position: absolute;
    inset: 0;
    z-index: 1;
    overflow: hidden;
    pointer-events: none;
  }
  .map-labels span {
    position: absolute;
    left: 0;
    top: 0;
    white-space: nowrap;
    font: ${unsafeCSS(LABEL_FONT)};
    color: ${unsafeCSS(LABEL_COLOUR)};
    /* Stacked so that the blurred halo is as opaque as LABEL_HALO next to the glyphs. */
    text-shadow:
      0 0 1px ${unsafeCSS(LABEL_HALO)},
      0 0 1px ${unsafeCSS(LABEL_HALO)},
      0 0 2px ${unsafeCSS(LABEL_HALO)},
      0 0 2px ${unsafeCSS(LABEL_HALO)},
      0 0 3px ${unsafeCSS(LABEL_HALO)};
  }
`;
