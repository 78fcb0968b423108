// SPDX-License-Identifier: MIT
import { css } from 'lit';
import { labelsStyles } from '../../layers/labels/labels.styles.ts';

export const polesEarlyMapStyles = [
  labelsStyles,
  css`
    :host {
      display: block;
      overflow: hidden;
    }
    /* The territory names' box, over the SVG, letting the pointer through to the marks. */
    .labels {
      position: absolute;
      inset: 0;
      pointer-events: none;
    }
    /* The base map's canvas under the marks' SVG, both at the map's top left, as MapLibre's canvas. */
    canvas,
    svg {
      position: absolute;
      top: 0;
      left: 0;
      display: block;
    }
    /* A leader shows where a symbol spread aside stands; the pointer goes to the symbols. */
    .leaders {
      pointer-events: none;
    }
    /* As the WebGL map's layers draw them (layers/poles, layers/members). */
    .member {
      stroke: rgb(60, 60, 60);
      stroke-width: 0.75;
    }
    .pole {
      stroke: #fff;
      stroke-width: 1.5;
      cursor: pointer;
      outline: none;
    }
    .pole.selected {
      r: 11.2px;
      stroke: rgb(20, 20, 20);
      stroke-width: 3;
    }
    .pole:focus-visible {
      stroke: #0969da;
      stroke-width: 3;
    }
  `,
];
