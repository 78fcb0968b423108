// SPDX-License-Identifier: MIT
import { css } from 'lit';
import { tableStyles } from '../../theme/table.styles.ts';

export const polesFallbackStyles = [
  tableStyles,
  css`
    :host {
      display: block;
      /* The map, its notice and the table may be taller than the box a host gives: scroll inside it. */
      overflow: auto;
      font: 13px/1.35 var(--poles-font, system-ui, 'DejaVu Sans', sans-serif);
      color: var(--poles-text, #1f2328);
      background: #fff;
    }
    .notice {
      margin: 0;
      /* Wrapped clear of <poles-map>'s legend button, which stands over the top right corner. */
      padding: 6px 8em 6px 10px;
      background: #fff8c5;
      border-bottom: 1px solid #d4a72c;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
    .land {
      stroke: #9a9a9a;
      stroke-width: 0.6;
    }
    .regions {
      fill: none;
      stroke-width: 0.8;
      stroke-linejoin: round;
    }
    .inset-frame {
      fill: none;
      stroke: #c9c5bd;
    }
    .inset-name {
      font-size: 9px;
      fill: #57606a;
    }
    /* A leader shows where a symbol spread aside stands; the pointer goes to the symbols. */
    .leaders {
      pointer-events: none;
    }
    .member {
      stroke: #fff;
      stroke-width: 0.5;
      opacity: 0.85;
    }
    .pole {
      stroke: #fff;
      stroke-width: 1.2;
      cursor: pointer;
      /* Chromium rings an SVG shape's bounding box: the focus is drawn on the circle itself below. */
      outline: none;
    }
    .pole.selected {
      stroke: #1f2328;
      stroke-width: 2.5;
    }
    .pole:focus-visible {
      stroke: #0969da;
      stroke-width: 3;
    }
    .attribution {
      margin: 0;
      padding: 2px 10px 8px;
      font-size: 11px;
      color: #57606a;
    }
    table {
      width: calc(100% - 20px);
      margin: 0 10px 12px;
    }
    .unknown {
      color: #6e7781;
      font-style: italic;
    }
  `,
];
