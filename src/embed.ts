// SPDX-License-Identifier: MIT
// Entry of the embed build (vite.embed.config.ts → dist/embed/poles-map.js): what a host page loads
// with one <script type="module">. It registers the embeddable elements only, not <poles-app>.
import { setDataBase } from './data/dataset.ts';
import { PolesMap } from './elements/poles-map/poles-map.component.ts';
import { need } from './elements/lazy.ts';

// The host page may be on another origin: the data sits next to this module, not next to the page.
// The dev server serves public/data at its root instead, where the page-relative default points.
if (!import.meta.env.DEV) setDataBase(new URL(/* @vite-ignore */ './data/', import.meta.url));

// The host may also load the app's define.ts, or this module twice under two URLs.
if (!customElements.get('poles-map')) customElements.define('poles-map', PolesMap);
// Each <poles-map> downloads its data and the engine itself once it comes near the viewport (at once
// with loading="eager"): an embed three screens below the fold costs the host page this module only.

// <poles-links> (the diagrams, a chunk of their own) is defined when the page holds one, at once or
// when a script adds one later (watched as Shoelace's autoloader does), and never downloaded by a
// map-only page: an embed below the fold then costs this module alone until it is seen. <poles-map>
// defines what it draws itself (its early paint, fallback and legend).
const hasLinks = (node: Node): boolean =>
  node instanceof Element && (node.localName === 'poles-links' || !!node.querySelector('poles-links'));
const defineLinks = () => void need('poles-links').catch(() => undefined);
if (document.querySelector('poles-links')) defineLinks();
else {
  const watcher = new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes].some(hasLinks))) return;
    watcher.disconnect();
    defineLinks();
  });
  watcher.observe(document.documentElement, { childList: true, subtree: true });
}
