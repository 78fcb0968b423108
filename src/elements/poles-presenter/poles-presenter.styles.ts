// SPDX-License-Identifier: MIT
// Stage theme: read from the back of a hall on a projector. Caption text is 1.75vw (34 px at 1080p) and grows
// with the screen (vw); every other text of the slide (the map's legend and names in <poles-map
// stage>, the diagram, buttons, status) is 1.25vw, 24 px at 1080p, white on near-black, thick
// outlines on the controls; the map keeps all of the window above the caption band, so no caption
// hides a part of France, and the controls hide while the talk runs.
import { css } from 'lit';

export const polesPresenterStyles = css`
  :host {
    display: block;
    width: 100%;
    height: 100%;
    overflow: hidden;
    background: #0b0d10;
    color: #fff;
    font-family: var(--poles-font, system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif);
  }
  main {
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto;
    position: relative;
    height: 100%;
  }
  [hidden] {
    display: none !important;
  }
  .stage {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    min-height: 0;
  }
  .stage.with-links {
    grid-template-columns: minmax(0, 13fr) minmax(0, 7fr);
  }
  poles-map {
    aspect-ratio: auto;
    max-height: none;
    min-height: 0;
    height: 100%;
  }
  /* The partnership bars (diagrams/stage-bars): the hall's type size, in a white panel. */
  .stage-bars {
    min-height: 0;
    overflow: hidden;
    margin: 0;
    padding: 1.2vw 1.6vw;
    background: #fff;
    color: #111;
    font-size: max(13px, 1.25vw);
  }
  .stage-bars figcaption {
    margin: 0 0 0.8em;
    font-weight: 700;
  }
  .stage-bars svg {
    display: block;
    overflow: visible;
  }
  .stage-bars text {
    fill: #111;
    font-variant-numeric: tabular-nums;
  }
  .stage-bars .emphasis text {
    font-weight: 700;
    fill: #0550ae;
  }
  .stage-bars .more {
    margin: 0.4em 0 0;
    color: #424a53;
  }
  .band {
    /* Most captions fit in this height, so the map keeps one size (and its framing) from stop to stop. */
    min-height: 27vh;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: end;
    gap: 2vw;
    padding: 1.2vw 2vw 1.4vw;
    border-top: 0.4vw solid #ffd33d;
    background: #0b0d10;
  }
  .caption h1 {
    margin: 0 0 0.25em;
    font-size: clamp(20px, 2.6vw, 96px);
    line-height: 1.15;
    font-weight: 800;
  }
  /* Small but legible from the hall: light on the dark band (no opacity, which would lower the contrast). */
  .caption .sources {
    font-size: clamp(13px, 1.25vw, 48px);
    color: #d0d7de;
  }
  .caption .sources a {
    color: #9ecbff;
  }
  .caption p {
    margin: 0.2em 0 0;
    font-size: clamp(16px, 1.75vw, 64px);
    line-height: 1.3;
  }
  .caption {
    animation: caption-in 450ms ease-out both;
  }
  @keyframes caption-in {
    from {
      opacity: 0;
      transform: translateY(0.5em);
    }
  }
  .counter {
    margin: 0;
    font-size: clamp(16px, 1.75vw, 64px);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .toolbar {
    position: absolute;
    z-index: 5;
    top: 0.8vw;
    left: 0.8vw;
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    max-width: 60vw;
    transition:
      opacity 300ms,
      visibility 300ms;
  }
  /* Hidden, not only transparent: nothing of the desk stands over the slide during the talk. */
  .toolbar.idle:not(:focus-within),
  .status.idle {
    opacity: 0;
    visibility: hidden;
  }
  :host([speaker]) .toolbar {
    top: auto;
    bottom: 0.8vw;
    left: 2vw;
    max-width: none;
  }
  .help {
    position: absolute;
    z-index: 6;
    top: 50%;
    left: 50%;
    transform: translate(-50%, -50%);
    max-width: 80vw;
    max-height: 80vh;
    overflow: auto;
    padding: 1.2vw 2vw;
    border: 0.25vw solid #ffd33d;
    border-radius: 8px;
    background: #0b0d10;
    font-size: clamp(18px, 1.5vw, 56px);
  }
  .help h2 {
    margin: 0 0 0.6em;
    font-size: 1.2em;
  }
  .help dl {
    display: grid;
    grid-template-columns: auto auto;
    gap: 0.35em 1.2em;
    margin: 0 0 0.8em;
  }
  .help dl > div {
    display: contents;
  }
  .help dt {
    text-align: right;
    white-space: nowrap;
  }
  .help dd {
    margin: 0;
  }
  kbd {
    display: inline-block;
    min-width: 1.2em;
    padding: 0 0.35em;
    border: 2px solid #d0d7de;
    border-radius: 5px;
    font-family: inherit;
    font-weight: 700;
    text-align: center;
  }
  .toolbar .group {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  button {
    padding: 6px 14px;
    border: 3px solid #0b0d10;
    border-radius: 6px;
    background: #fff;
    color: #0b0d10;
    font-family: inherit;
    font-size: clamp(15px, 1.25vw, 48px);
    font-weight: 700;
    line-height: 1.2;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: #0b0d10;
    color: #fff;
    border-color: #fff;
  }
  button:disabled {
    opacity: 0.55;
    cursor: progress;
  }
  button:focus-visible {
    outline: 5px solid #ffd33d;
    outline-offset: 2px;
  }
  .status {
    position: absolute;
    z-index: 5;
    top: calc(0.8vw + 3.4em);
    left: 0.8vw;
    margin: 0;
    padding: 6px 12px;
    border-radius: 6px;
    background: #0b0d10;
    color: #fff;
    font-size: clamp(16px, 1.25vw, 48px);
  }
  .error {
    margin: 20vh auto 0;
    padding: 0 2vw;
    max-width: 70vw;
    font-size: clamp(24px, 1.6vw, 48px);
    white-space: pre-line;
  }
  .blackout {
    position: absolute;
    inset: 0;
    z-index: 10;
    background: #000;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .caption {
      animation: none;
    }
    .toolbar {
      transition: none;
    }
  }
`;
