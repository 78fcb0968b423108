// SPDX-License-Identifier: MIT
import { css } from 'lit';
import { tableStyles } from '../../theme/table.styles.ts';

export const polesProjectsStyles = [
  tableStyles,
  css`
    :host {
      display: block;
    }
    .drop {
      border: 2px dashed #8c959f;
      border-radius: 6px;
      padding: 8px;
    }
    .drop.over {
      border-color: #0969da;
      background: #ddf4ff;
    }
    .synthetic {
      border: 2px solid #9a6700;
      background: #fff8c5;
      padding: 4px 8px;
      font-weight: 600;
    }
    .figures dt {
      font-weight: 700;
      font-size: 1.1em;
    }
    .figures dd {
      margin: 0 0 6px;
    }
    .source {
      color: #57606a;
      font-size: 0.88em;
    }
    svg {
      max-width: 100%;
      height: auto;
    }
    .scroll {
      max-height: 20em;
      overflow: auto;
    }
    table {
      width: 100%;
      font-size: 0.9em;
    }
    td.number,
    th.number {
      text-align: right;
    }
    tr[aria-selected='true'] {
      background: #ddf4ff;
    }
    button.row {
      all: unset;
      cursor: pointer;
      text-decoration: underline;
    }
    button.row:focus-visible {
      outline: 2px solid #0969da;
    }
  `,
];
