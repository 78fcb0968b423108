// SPDX-License-Identifier: MIT
import { css } from 'lit';

export const polesTourEditorStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--poles-text, #1f2328);
  }
  section {
    padding: 4px 0;
    border: 2px dashed transparent;
    border-radius: 6px;
  }
  section.file-over {
    border-color: var(--poles-focus, #0550ae);
    background: #eef5ff;
  }
  h2 {
    font-size: 1.05em;
    margin: 4px 0 6px;
  }
  button,
  .button,
  select,
  input,
  textarea {
    font: inherit;
    font-size: 0.9em;
  }
  button,
  .button {
    display: inline-block;
    margin: 3px 4px 0 0;
    padding: 3px 9px;
    border: 1px solid var(--poles-border, #8c959f);
    border-radius: 4px;
    background: var(--poles-button-bg, #fff);
    color: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    color: #6e7781;
    border-color: #d0d7de;
  }
  .add {
    font-weight: 600;
  }
  button:focus-visible,
  .button:focus-visible,
  .button:focus-within,
  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  li.stop:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--poles-focus, #0550ae);
    outline-offset: 2px;
  }
  .button input[type='file'] {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
  .button {
    position: relative;
  }
  .help {
    margin: 4px 0;
    font-size: 0.85em;
    color: var(--poles-muted, #57606a);
  }
  .notice {
    margin: 4px 0;
    padding: 4px 8px;
    border-left: 4px solid #9a6700;
    background: #fff8c5;
  }
  ol.stops {
    margin: 6px 0;
    padding: 0;
    list-style: none;
  }
  li.stop {
    margin: 0 0 6px;
    padding: 6px 8px;
    border: 1px solid #d0d7de;
    border-radius: 6px;
    background: #fff;
  }
  li.stop.drop-target {
    border-color: var(--poles-focus, #0550ae);
    box-shadow: 0 -3px 0 var(--poles-focus, #0550ae);
  }
  .head {
    display: flex;
    gap: 6px;
    align-items: baseline;
  }
  .handle {
    cursor: grab;
    color: #57606a;
    user-select: none;
  }
  .n {
    font-weight: 700;
  }
  .stop-title {
    overflow-wrap: anywhere;
  }
  details {
    margin-top: 4px;
  }
  summary {
    cursor: pointer;
    font-size: 0.9em;
  }
  label {
    display: block;
    margin-top: 6px;
    font-size: 0.85em;
    font-weight: 600;
  }
  .button,
  .file label {
    font-weight: normal;
  }
  input[type='text'],
  textarea,
  select {
    box-sizing: border-box;
    width: 100%;
    margin-top: 2px;
    padding: 3px 5px;
    border: 1px solid var(--poles-border, #8c959f);
    border-radius: 4px;
    background: #fff;
    color: inherit;
  }
  [aria-invalid='true'] {
    border-color: #cf222e;
  }
  textarea {
    resize: vertical;
  }
  .problems {
    margin: 4px 0;
    padding-left: 1.2em;
    font-size: 0.85em;
    color: #a40e26;
    overflow-wrap: anywhere;
  }
  .problems-box p {
    margin: 6px 0 0;
    font-weight: 600;
  }
  .state {
    margin: 6px 0 0;
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .file {
    margin-top: 8px;
  }
  .status p {
    margin: 6px 0 0;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
