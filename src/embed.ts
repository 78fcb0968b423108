// SPDX-License-Identifier: MIT
// Entry of the embed build (vite.embed.config.ts → dist/embed/poles-map.js): what a host page loads
// with one <script type="module">. It registers the embeddable elements only, not <poles-app>.
import { setDataBase } from './data/dataset.ts';
import { PolesMap } from './elements/poles-map/poles-map.component.ts';
import { PolesLinks } from './elements/poles-links/poles-links.component.ts';
import { PolesFallback } from './elements/poles-fallback/poles-fallback.component.ts';

// The host page may be on another origin: the data sits next to this module, not next to the page.
// The dev server serves public/data at its root instead, where the page-relative default points.
if (!import.meta.env.DEV) setDataBase(new URL(/* @vite-ignore */ './data/', import.meta.url));

const elements: [string, CustomElementConstructor][] = [
  ['poles-map', PolesMap],
  ['poles-links', PolesLinks],
  // Drawn by <poles-map> itself in browsers without WebGL2.
  ['poles-fallback', PolesFallback],
];
for (const [tag, ctor] of elements) {
  // The host may also load the app's define.ts, or this module twice under two URLs.
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
