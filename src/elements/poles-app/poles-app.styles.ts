// SPDX-License-Identifier: MIT
import { css } from 'lit';

export const polesAppStyles = css`
  :host {
    display: grid;
    /* minmax(0, 1fr): the long list scrolls inside the aside instead of stretching the map's row. */
    grid-template-rows: auto minmax(0, 1fr);
    height: 100%;
    min-height: 480px;
    font: 14px/1.4 var(--poles-font, system-ui, 'DejaVu Sans', sans-serif);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    /* 12 px between the header's items and a slightly smaller subtitle: with "Présenter" they keep
       to one line at 1280 px. */
    gap: 4px 12px;
    padding: 8px 14px;
    border-bottom: 1px solid #d0d7de;
    background: #fff;
  }
  h1 {
    margin: 0;
    font-size: 1.3em;
  }
  .subtitle {
    margin: 0;
    font-size: 0.92em;
    color: #57606a;
  }
  main {
    display: grid;
    /* The aside grows with the screen (up to 440 px) so that its tables fit without scrolling at 1280 px. */
    grid-template-columns: minmax(0, 1fr) minmax(260px, min(440px, 34vw));
    min-height: 0;
  }
  main.links,
  main.evolutions {
    grid-template-columns: minmax(0, 1fr) minmax(380px, 50%);
  }
  /* The grid gives the map its size: no ratio, no cap. */
  poles-map {
    aspect-ratio: auto;
    max-height: none;
    min-height: 360px;
  }
  .views button,
  .lang {
    padding: 2px 10px;
    border: 1px solid #8c959f;
    background: #fff;
    font: inherit;
    cursor: pointer;
  }
  /* "Présenter": opens present.html on this view, in a new tab (a link: it can be copied too). */
  .present {
    padding: 2px 8px;
    border: 1px solid #0550ae;
    border-radius: 3px;
    background: #0550ae;
    color: #fff;
    text-decoration: none;
  }
  .present:focus-visible {
    outline: 3px solid #ffd33d;
    outline-offset: 1px;
  }
  .views button[aria-pressed='true'] {
    background: #0550ae;
    border-color: #0550ae;
    color: #fff;
  }
  aside {
    min-height: 0;
    overflow: auto;
    padding: 10px 12px;
    border-left: 1px solid #d0d7de;
    background: #fafbfc;
  }
  aside h2 {
    font-size: 1.05em;
    margin: 12px 0 4px;
  }
  .count {
    margin: 8px 0 2px;
    font-weight: 600;
  }
  .note {
    margin: 2px 0;
    color: #57606a;
    font-size: 0.92em;
  }
  .export {
    margin: 8px 0;
  }
  .year h3 {
    font-size: 0.98em;
    margin: 8px 0 2px;
  }
  .year .figures {
    margin: 0;
    padding-left: 1.2em;
    font-size: 0.92em;
  }
  .year .figures .label {
    color: #57606a;
  }
  .year .unknown,
  .year .why {
    margin: 4px 0;
    font-size: 0.92em;
  }
  .year button.link {
    padding: 0;
    border: 0;
    background: none;
    color: #0550ae;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .export summary {
    cursor: pointer;
    font-weight: 600;
  }
  .export button {
    margin: 3px 4px 0 0;
    font: inherit;
    font-size: 0.9em;
  }
  .kinds {
    margin: 0 0 8px;
    padding: 4px 8px;
    border: 1px solid #d0d7de;
    border-radius: 4px;
  }
  .kinds label {
    margin-right: 10px;
    white-space: nowrap;
  }
  .pole-list {
    margin: 0;
    padding-left: 1.6em;
  }
  .pole-list button {
    padding: 1px 2px;
    border: 0;
    background: none;
    color: #0550ae;
    font: inherit;
    text-align: left;
    cursor: pointer;
  }
  .pole-list button[aria-pressed='true'] {
    font-weight: 700;
  }
  .hq {
    color: #57606a;
    font-size: 0.9em;
  }
  .hq::before {
    content: ' — ';
  }
  @media (max-width: 720px) {
    main,
    main.evolutions,
    main.links {
      grid-template-columns: 1fr;
      grid-template-rows: 60vh auto;
    }
    aside {
      border-left: 0;
    }
  }
`;
