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

// <poles-links> (the diagrams, a chunk of their own) is defined at once when the page holds one, else
// once the page is idle, so that a map-only page draws its map first and a <poles-links> a script adds
// later is still upgraded. <poles-map> defines what it draws itself (its fallback, its legend).
const defineLinks = () => void need('poles-links').catch(() => undefined);
if (document.querySelector('poles-links')) defineLinks();
else if ('requestIdleCallback' in window) requestIdleCallback(defineLinks, { timeout: 5000 });
else setTimeout(defineLinks, 2000);
