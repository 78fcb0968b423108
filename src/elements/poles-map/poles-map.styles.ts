// SPDX-License-Identifier: MIT
// MapLibre's own CSS comes with the engine, which adopts it in this shadow root (map/engine.ts).
import { css } from 'lit';
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
      transform: translate(12px, 12px);
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
    .insets {
      position: absolute;
      z-index: 2;
      left: 6px;
      bottom: 40px;
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      max-width: calc(100% - 12px);
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
    .inset path {
      fill: #f6f4ef;
      stroke: #7d7d7d;
      stroke-width: 0.8;
    }
    .inset .member {
      fill: #999;
      stroke: #3c3c3c;
      stroke-width: 0.5;
    }
    .inset .pole {
      stroke: #fff;
      stroke-width: 1.2;
    }
    /* Above the legend, insets and view switch (z-index 2), so that their buttons can be reached:
       .status below would otherwise put them back under (same specificity, later rule). */
    .status.gl-lost,
    .status.failure {
      z-index: 4;
      background: rgba(246, 244, 239, 0.92);
      font-size: 15px;
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
      place-items: center;
      z-index: 1;
    }
    /* A message may hold a long URL: it wraps inside the map rather than run out of it. */
    .status p {
      margin: 0 16px;
      overflow-wrap: anywhere;
    }
  `,
];
