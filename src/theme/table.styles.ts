// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** The look of our data tables (pôles, territories, coverage gaps): one style for every twin table. */
export const tableStyles = css`
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 4px 0;
  }
  th,
  td {
    padding: 2px 6px;
    border-bottom: 1px solid #d0d7de;
    text-align: left;
    vertical-align: top;
  }
  td.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
`;
