// SPDX-License-Identifier: MIT
import { css } from 'lit';

export const polesControlsStyles = css`
  :host {
    display: block;
  }
  .row {
    margin: 0 0 8px;
  }
  fieldset {
    margin: 0 0 8px;
    padding: 4px 8px 6px;
    border: 1px solid #d0d7de;
    border-radius: 4px;
  }
  legend {
    font-weight: 600;
    font-size: 0.92em;
  }
  input[type='range'] {
    width: 100%;
  }
  output {
    font-weight: 700;
  }
  .key-years {
    display: flex;
    flex-wrap: wrap;
    gap: 3px;
  }
  .key-years button {
    padding: 1px 6px;
    border: 1px solid #8c959f;
    border-radius: 3px;
    background: #fff;
    font: inherit;
    font-size: 0.9em;
    cursor: pointer;
  }
  .key-years button[aria-pressed='true'] {
    background: #0550ae;
    border-color: #0550ae;
    color: #fff;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 3px;
    margin-right: 10px;
    white-space: nowrap;
  }
  .options label {
    display: inline-block;
    margin-right: 8px;
  }
  input[type='number'] {
    width: 4.5em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
`;
