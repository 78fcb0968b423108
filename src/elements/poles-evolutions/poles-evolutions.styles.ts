// SPDX-License-Identifier: MIT
import { css } from 'lit';
import { tableStyles } from '../../theme/table.styles.ts';
import { diagramTooltipStyles } from '../../theme/tooltip.styles.ts';

export const polesEvolutionsStyles = [
  tableStyles,
  diagramTooltipStyles,
  css`
    :host {
      display: block;
      font-size: 13px;
    }
    h2 {
      font-size: 1.1em;
      margin: 4px 0 6px;
    }
    h3 {
      font-size: 1em;
      margin: 14px 0 4px;
    }
    .years {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
      align-items: center;
      margin: 0 0 6px;
      padding: 0;
      border: 0;
    }
    .years legend {
      font-weight: 600;
      padding: 0;
      margin-right: 6px;
      float: left;
    }
    select {
      font: inherit;
    }
    .identity {
      margin: 6px 0 2px;
      font-weight: 600;
    }
    .note {
      margin: 2px 0;
      color: #57606a;
      font-size: 0.95em;
    }
    table {
      width: 100%;
      font-size: 12px;
    }
    .table-box {
      overflow-x: auto;
    }
    td:nth-child(4) a {
      white-space: nowrap;
    }
    button.pole {
      padding: 0;
      border: 0;
      background: none;
      color: #0550ae;
      font: inherit;
      text-align: left;
      cursor: pointer;
      text-decoration: underline;
    }
    .mergers {
      margin: 0;
      padding-left: 1.2em;
    }
    .net {
      display: block;
      margin: 2px 0 4px;
    }
    .unchanged summary {
      cursor: pointer;
      margin-top: 4px;
    }
    .lineage {
      position: relative;
    }
    .lineage-box {
      overflow: auto;
      max-height: 70vh;
      border: 1px solid #d0d7de;
      background: #fff;
    }
    .lineage-box:focus-visible {
      outline: 2px solid #0550ae;
      outline-offset: 1px;
    }
    svg.chart {
      display: block;
    }
    .exports button {
      margin: 4px 4px 0 0;
      font: inherit;
      font-size: 0.92em;
    }
  `,
];
