// SPDX-License-Identifier: MIT
import { css } from 'lit';
import { diagramTooltipStyles } from '../../theme/tooltip.styles.ts';

export const polesLinksStyles = [
  diagramTooltipStyles,
  css`
    :host {
      display: block;
      position: relative;
      font: 13px/1.35 var(--poles-font, system-ui, 'DejaVu Sans', sans-serif);
      color: var(--poles-text, #1f2328);
    }
    [hidden] {
      display: none !important;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 14px;
      align-items: center;
      margin-bottom: 6px;
    }
    .controls label {
      display: inline-flex;
      gap: 4px;
      align-items: center;
    }
    .exports {
      display: inline-flex;
      gap: 6px;
    }
    .summary,
    .selection,
    .empty {
      margin: 4px 0;
    }
    .empty {
      font-style: italic;
      color: #6e7781;
    }
    .diagram {
      position: relative;
    }
    svg.chart {
      display: block;
      width: 100%;
      height: auto;
      max-width: 100%;
    }
    .list {
      max-height: var(--poles-links-list-height, 420px);
      overflow: auto;
      margin-top: 8px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 12px;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding: 4px 0;
    }
    thead th {
      position: sticky;
      top: 0;
      background: #fff;
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 3px 6px;
      border-bottom: 1px solid #d0d7de;
    }
    tr.is-selected {
      background: #fff8c5;
    }
    button.choice {
      font: inherit;
      padding: 0;
      border: 0;
      background: none;
      color: #0550ae;
      text-align: left;
      cursor: pointer;
      text-decoration: underline dotted;
    }
    button.row-choice {
      font: inherit;
      min-width: 2.4em;
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      background: #fff1a8;
    }
    button:focus-visible {
      outline: 2px solid #0969da;
      outline-offset: 1px;
    }
    .sources {
      margin: 0;
      padding-left: 1em;
    }
    /* The "dates inconnues" marker of a partnership without a start year. */
    td.undated {
      font-style: italic;
      color: #7d4e00;
      background: #fff8c5;
    }
  `,
];
