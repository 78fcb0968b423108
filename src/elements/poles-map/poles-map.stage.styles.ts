// SPDX-License-Identifier: MIT
// <poles-map stage>: the map on a big screen (present.html). Every text is 1.25vw, 24 px at 1080p,
// growing with the screen; the legend and the attribution stand together (.stage-keys) beside the
// subject (.side) or under it (.bottom), the insets (Paris first) in a column at the left: stage.ts
// measures them and the frame keeps the subject clear of all three.
import { css } from 'lit';

export const polesMapStageStyles = css`
  :host([stage]) {
    font-size: max(13px, 1.25vw);
    --poles-legend-note-size: 1em;
    /* The classes' swatches of the concentration and Évolutions keys grow with their text. */
    --poles-legend-swatch-width: 0.75em;
    --poles-legend-swatch-height: 0.5em;
  }
  :host([stage]) .map-labels span {
    font-size: max(12px, 1.25vw);
  }
  /* A count in the hall's type is wider than its badge: a halo of the badge's colour keeps it legible. */
  :host([stage]) .map-labels span.badge {
    text-shadow:
      0 0 2px rgb(60, 60, 60),
      0 0 2px rgb(60, 60, 60),
      0 0 4px rgb(60, 60, 60);
  }
  :host([stage]) .tooltip {
    max-width: 30vw;
  }
  :host([stage]) .overview {
    display: none;
  }
  .stage-keys {
    position: absolute;
    z-index: 2;
    display: flex;
    gap: 0.4em;
    pointer-events: none;
  }
  .stage-keys.side {
    top: 8px;
    right: 8px;
    bottom: 8px;
    max-width: 42%;
    flex-direction: column;
    justify-content: space-between;
    align-items: stretch;
  }
  .stage-keys.bottom {
    left: 8px;
    right: 8px;
    bottom: 8px;
    max-height: 50%;
    flex-direction: column;
    align-items: stretch;
  }
  :host([stage]) .legend,
  :host([stage]) .attribution {
    position: static;
    max-width: none;
    max-height: none;
    overflow: hidden;
    font-size: inherit;
    line-height: 1.25;
  }
  :host([stage]) .legend {
    padding: 0.3em 0.5em;
    pointer-events: auto;
  }
  :host([stage]) .legend h2,
  :host([stage]) .legend .which {
    max-width: none;
    font-size: inherit;
    margin: 0;
  }
  :host([stage]) .legend .which {
    color: #424a53;
  }
  :host([stage]) .legend section + section,
  :host([stage]) .legend poles-legend + section {
    margin-top: 0.3em;
  }
  /* Two columns beside France, so that the key stays shorter than the map. */
  .side .legend ul {
    columns: 2;
    column-gap: 1em;
  }
  .side .legend li {
    break-inside: avoid;
  }
  /* Under the partners' world: each section a run of text, as short as the width allows. */
  .bottom .legend section > * {
    display: inline;
  }
  .bottom .legend h2::after {
    content: ' ';
  }
  .bottom .legend li {
    display: inline-block;
    margin-right: 0.9em;
  }
  :host([stage]) .swatch {
    width: 0.8em;
    height: 0.8em;
    margin-right: 0.3em;
  }
  :host([stage]) .swatch.small-dot {
    width: 0.55em;
    height: 0.55em;
  }
  :host([stage]) .swatch.line {
    width: 1.3em;
    height: 0.25em;
    vertical-align: 0.2em;
  }
  :host([stage]) .attribution {
    align-self: flex-end;
    padding: 0.1em 0.4em;
  }
  :host([stage]) .insets {
    top: 8px;
    bottom: 8px;
    left: 8px;
    max-width: none;
    flex-direction: column;
    flex-wrap: wrap;
    align-content: flex-start;
    gap: 0.3em;
  }
  :host([stage]) .inset {
    font-size: inherit;
  }
  /* The drawings grow with the texts: their size in the app (insets.ts) at 1080p, where 1em is 24px. */
  :host([stage]) .inset svg {
    width: 3em;
    height: 2.25em;
  }
  :host([stage]) .inset[data-code='paris'] svg {
    width: 5em;
    height: 4em;
  }
  /* Its long caption wraps under the drawing rather than widening the column over France. */
  :host([stage]) .inset[data-code='paris'] span {
    width: 0;
    min-width: 100%;
    line-height: 1.15;
  }
`;
