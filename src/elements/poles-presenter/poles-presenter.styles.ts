// SPDX-License-Identifier: MIT
// Stage theme: read from the back of a hall on a projector. Caption text is at least 28 px and grows
// with the screen (vw); the presenter's other text (buttons, status, attribution) is 1.25vw, 24 px at
// 1080p, white on near-black, thick outlines on the controls; the map keeps all of
// the window above the caption band, so no caption hides a part of France.
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
    grid-template-columns: minmax(0, 11fr) minmax(0, 9fr);
  }
  poles-map {
    aspect-ratio: auto;
    max-height: none;
    min-height: 0;
    height: 100%;
  }
  /* The map's own legend and attribution, enlarged for the room (they are parts of <poles-map>). */
  poles-map::part(legend) {
    zoom: 1.4;
  }
  poles-map::part(attribution) {
    font-size: clamp(13px, 1.25vw, 48px);
  }
  @media (min-width: 1600px) {
    poles-map::part(legend) {
      zoom: 1.8;
    }
  }
  /* Beside the diagram the map is narrower: a large legend would cover Europe. */
  .with-links poles-map::part(legend) {
    zoom: 1.15;
  }
  poles-links {
    min-height: 0;
    overflow: auto;
    padding: 1vw 1.4vw;
    background: #fff;
    color: #111;
    font-size: clamp(16px, 1.1vw, 34px);
  }
  /* On stage the diagram speaks alone: its controls and long list are for the desk, not the hall. */
  poles-links::part(controls),
  poles-links::part(list) {
    display: none;
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
    font-size: clamp(36px, 2.6vw, 96px);
    line-height: 1.15;
    font-weight: 800;
  }
  /* Small but legible from the hall: light on the dark band (no opacity, which would lower the contrast). */
  .caption .sources {
    font-size: clamp(24px, 1.25vw, 48px);
    color: #d0d7de;
  }
  .caption .sources a {
    color: #9ecbff;
  }
  .caption p {
    margin: 0.2em 0 0;
    font-size: clamp(28px, 1.75vw, 64px);
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
    font-size: clamp(28px, 1.75vw, 64px);
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
    transition: opacity 300ms;
  }
  .toolbar.idle:not(:hover):not(:focus-within) {
    opacity: 0;
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
