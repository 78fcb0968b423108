// SPDX-License-Identifier: MIT
// MapLibre's own CSS comes with the engine, which adopts it in this shadow root (map/engine.ts).
import { css } from 'lit';
import { INSET_GAP, INSET_MARGIN, INSET_ROW_BOTTOM } from '../../map/inset-layout.ts';
import { labelsStyles } from '../../layers/labels/labels.styles.ts';

export const polesMapStyles = [
  labelsStyles,
  css`
    /*
     * With no height from the page, the map takes one from its width (4:3, square on a phone), within
     * bounds: at least --poles-map-min-height, at most --poles-map-max-height. A height given by the
     * page wins over the ratio.
     */
    :host {
      display: block;
      position: relative;
      aspect-ratio: var(--poles-map-aspect-ratio, 4 / 3);
      min-height: var(--poles-map-min-height, 320px);
      max-height: var(--poles-map-max-height, max(480px, 85vh));
      contain: layout paint;
      font: 13px/1.35 var(--poles-font, system-ui, 'DejaVu Sans', sans-serif);
      color: var(--poles-text, #1f2328);
    }
    @media (max-width: 600px) {
      :host {
        aspect-ratio: var(--poles-map-aspect-ratio, 1);
      }
    }
    .map {
      position: absolute;
      inset: 0;
    }
    /* The early paint, over the map's canvas (and its names) until the map's first frame replaces it. */
    .early {
      position: absolute;
      inset: 0;
      z-index: 1;
      will-change: transform;
    }
    .tooltip {
      position: absolute;
      z-index: 3;
      pointer-events: none;
      max-width: 280px;
      padding: 4px 8px;
      border-radius: 4px;
      background: rgba(20, 20, 20, 0.88);
      color: #fff;
      white-space: pre-line;
      transform: translate(12px, 12px);
    }
    .map-labels span.badge {
      color: #fff;
      text-shadow: none;
    }
    .group-list {
      position: absolute;
      z-index: 3;
      max-width: min(300px, 80%);
      max-height: 50%;
      overflow: auto;
      padding: 4px 24px 4px 4px;
      border: 1px solid #888;
      border-radius: 4px;
      background: #fff;
      transform: translate(8px, 8px);
    }
    .group-list ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .group-list li button {
      display: block;
      width: 100%;
      padding: 2px 4px;
      border: 0;
      background: none;
      font: inherit;
      text-align: left;
      cursor: pointer;
    }
    .group-list li button.poles {
      font-weight: 600;
    }
    .group-list li button:hover,
    .group-list li button:focus-visible {
      background: #eee;
    }
    .group-list .close {
      position: absolute;
      top: 2px;
      right: 2px;
      border: 0;
      background: none;
      font-size: 16px;
      cursor: pointer;
    }
    .legend {
      position: absolute;
      z-index: 2;
      top: 8px;
      right: 8px;
      max-width: 210px;
      max-height: calc(100% - 48px);
      overflow: auto;
      padding: 6px 8px;
      background: rgba(255, 255, 255, 0.92);
      border-radius: 4px;
      box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25);
      font-size: 11.5px;
    }
    .legend summary {
      cursor: pointer;
      font-weight: 600;
    }
    .legend h2 {
      margin: 2px 0;
      font-size: 11.5px;
    }
    .legend .which {
      margin: 0 0 2px;
      max-width: 14em;
      font-size: 10.5px;
      color: #57606a;
    }
    .legend ul {
      margin: 0 0 4px;
      padding: 0;
      list-style: none;
    }
    .swatch {
      display: inline-block;
      width: 10px;
      height: 10px;
      margin-right: 5px;
      border-radius: 50%;
      border: 1px solid #fff;
      box-shadow: 0 0 0 1px #888;
      vertical-align: -1px;
    }
    .swatch.small-dot {
      width: 7px;
      height: 7px;
    }
    .swatch.line {
      width: 16px;
      height: 3px;
      border: 0;
      border-radius: 0;
      box-shadow: none;
      vertical-align: 2px;
    }
    .swatch.square {
      border-radius: 0;
    }
    .swatch.diamond {
      width: 8px;
      height: 8px;
      margin: 0 6px 0 1px;
      border: 0;
      border-radius: 0;
      box-shadow: none;
      transform: rotate(45deg);
    }
    /* A site placed at its head office: white inside a ring of the entry's colour. */
    .swatch.ring {
      width: 6px;
      height: 6px;
      border: 2px solid var(--swatch-colour, #8a8a8a);
      box-shadow: none;
      background: #fff !important;
    }
    .attribution {
      position: absolute;
      z-index: 2;
      left: 0;
      right: 0;
      bottom: 0;
      margin: 0;
      padding: 2px 6px;
      background: rgba(255, 255, 255, 0.85);
      font-size: 11px;
    }
    /* Where the insets stand: map/inset-layout.ts, whose test checks that they never cover France. */
    .insets {
      position: absolute;
      z-index: 2;
      left: ${INSET_MARGIN}px;
      bottom: ${INSET_ROW_BOTTOM}px;
      display: flex;
      flex-wrap: wrap;
      gap: ${INSET_GAP}px;
      max-width: calc(100% - ${2 * INSET_MARGIN}px);
    }
    /* Paris and the petite couronne: top left, over the Channel above Brittany. */
    .paris-inset {
      position: absolute;
      z-index: 2;
      left: ${INSET_MARGIN}px;
      top: ${INSET_MARGIN}px;
    }
    .view-switch ~ .paris-inset {
      top: 42px;
    }
    /* Folded on a phone: top left, clear of the attribution (which wraps there) and of the legend. */
    .insets.folded {
      display: block;
      top: 6px;
      bottom: auto;
    }
    /* Under the embed's view switch, which holds the top left corner. */
    .view-switch ~ .insets.folded {
      top: 42px;
    }
    .insets.folded summary {
      width: max-content;
      padding: 3px 8px;
      background: rgba(255, 255, 255, 0.95);
      border: 1px solid #8c959f;
      border-radius: 3px;
      cursor: pointer;
    }
    .inset-list {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-top: 4px;
    }
    .inset {
      display: flex;
      flex-direction: column;
      align-items: center;
      padding: 2px;
      background: rgba(220, 232, 240, 0.95);
      border: 1px solid #8c959f;
      border-radius: 3px;
      font: inherit;
      font-size: 10.5px;
      cursor: pointer;
    }
    .inset svg {
      display: block;
    }
    /* The selected pôle's footprint holds this inset's région: its border takes the sector colour. */
    .inset.tinted {
      border-width: 3px;
      padding: 0;
    }
    /* Above the legend, insets and view switch (z-index 2), so that their buttons can be reached:
       .status below would otherwise put them back under (same specificity, later rule). */
    .status.gl-lost,
    .status.failure,
    .status.parked,
    .status.far {
      z-index: 4;
      background: rgba(246, 244, 239, 0.92);
      font-size: 15px;
    }
    /* A small map (several on a page): the message and its buttons still fit, or scroll. */
    .status.small {
      font-size: 12px;
    }
    .status.small p {
      margin: 0 6px;
    }
    .status .actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 6px;
      margin-top: 8px;
    }
    .status button {
      padding: 3px 10px;
      border: 1px solid #0550ae;
      border-radius: 3px;
      background: #fff;
      color: #0550ae;
      font: inherit;
      cursor: pointer;
    }
    /* Bottom right, over the attribution (which wraps to three lines on a phone). */
    .overview {
      position: absolute;
      /* Under an unfolded legend, which the reader opened on purpose. */
      z-index: 1;
      right: 8px;
      bottom: 56px;
      padding: 3px 8px;
      border: 1px solid #8c959f;
      border-radius: 3px;
      background: rgba(255, 255, 255, 0.95);
      font: inherit;
      cursor: pointer;
    }
    /* On a phone, under the legend's button, above France (framePadding keeps that band free). */
    .overview.narrow {
      top: 42px;
      bottom: auto;
    }
    .view-switch {
      position: absolute;
      z-index: 2;
      top: 8px;
      left: 8px;
      display: flex;
    }
    .view-switch button {
      padding: 3px 8px;
      border: 1px solid #8c959f;
      background: #fff;
      font: inherit;
      cursor: pointer;
    }
    .view-switch button[aria-pressed='true'] {
      background: #0550ae;
      border-color: #0550ae;
      color: #fff;
    }
    /* Under the view switch, where the import status goes too (they seldom come together). */
    .notice {
      position: absolute;
      z-index: 3;
      left: 8px;
      top: 44px;
      max-width: calc(100% - 16px);
      margin: 0;
      padding: 4px 8px;
      background: #fff8c5;
      border: 1px solid #d4a72c;
      border-radius: 4px;
      overflow-wrap: anywhere;
    }
    .import {
      position: absolute;
      z-index: 3;
      left: 8px;
      right: 240px;
      top: 44px;
      max-height: 40%;
      overflow: auto;
      padding: 4px 8px;
      background: rgba(255, 255, 255, 0.94);
      border-radius: 4px;
      box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25);
    }
    .import-status {
      margin: 0;
      /* A long URL in a failure message wraps instead of being cut. */
      overflow-wrap: anywhere;
    }
    .status {
      position: absolute;
      inset: 0;
      display: grid;
      /* safe: a message taller than a small map scrolls from its first line instead of being cut. */
      place-items: safe center;
      z-index: 1;
      overflow: auto;
      text-align: center;
    }
    /* A message may hold a long URL: it wraps inside the map rather than run out of it. */
    .status p {
      margin: 0 16px;
      overflow-wrap: anywhere;
    }
  `,
];
