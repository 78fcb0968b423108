// SPDX-License-Identifier: MIT
import { css } from 'lit';

export const polesShareStyles = css`
  :host {
    display: inline-block;
    font: inherit;
    color: var(--poles-text, #1f2328);
  }
  button {
    font: inherit;
    padding: 4px 10px;
    border: 1px solid var(--poles-border, #8c959f);
    border-radius: 4px;
    background: var(--poles-button-bg, #fff);
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--poles-focus, #0550ae);
    outline-offset: 2px;
  }
  dialog {
    width: min(44rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 1rem 1.25rem;
    border: 1px solid var(--poles-border, #8c959f);
    border-radius: 6px;
    color: inherit;
    background: var(--poles-bg, #fff);
  }
  dialog::backdrop {
    background: rgba(0, 0, 0, 0.4);
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.15rem;
  }
  section {
    margin-bottom: 0.9rem;
  }
  label {
    display: block;
    font-weight: 600;
  }
  .help,
  .note {
    margin: 0.15rem 0 0.35rem;
    font-size: 0.9em;
    color: var(--poles-muted, #57606a);
  }
  textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    margin: 0.25rem 0;
    font:
      12px/1.4 ui-monospace,
      'DejaVu Sans Mono',
      monospace;
    resize: vertical;
  }
  .row {
    display: flex;
    gap: 0.75rem;
    align-items: center;
  }
  .status {
    margin: 0;
    font-size: 0.9em;
  }
  .close {
    float: right;
  }
`;
