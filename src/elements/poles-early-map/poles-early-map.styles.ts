// SPDX-License-Identifier: MIT
import { css } from 'lit';

export const polesEarlyMapStyles = css`
  :host {
    display: block;
  }
  :host {
    overflow: hidden;
  }
  svg {
    display: block;
  }
  .land {
    stroke: none;
  }
  .lines {
    fill: none;
    stroke-linejoin: round;
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
`;
