// SPDX-License-Identifier: MIT
// embed.html, the page for CMSs that accept an <iframe> but no script: one <poles-map> filling the
// frame, its view read from the URL hash (`embed.html#v=1&year=2010&region=76`, the app's format).
// The page is served next to the app, so the data folder next to the page is the right one.
// Like the embed module, the map loads its data and engine once its frame comes near the host's
// viewport (a same-origin host; in a cross-origin frame, once the frame is seen): a host page can
// also give the <iframe> loading="lazy", which then waits before loading this page at all.
import { PolesMap } from '../elements/poles-map/poles-map.component.ts';
import { VIEW_ATTRIBUTES, embedAttributes } from '../elements/poles-share/snippets.ts';
import { decodeHash } from '../state/hash.ts';

if (!customElements.get('poles-map')) customElements.define('poles-map', PolesMap);

// A constructed sheet rather than a <style> element: the page keeps working under `style-src 'self'`.
const sheet = new CSSStyleSheet();
sheet.replaceSync('html, body { margin: 0; height: 100%; } poles-map { height: 100%; max-height: none; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const map = document.querySelector('poles-map')!;

/** Shows the view of the hash; fields it cannot read are reported on the console and left at defaults. */
function applyHash(): void {
  const { state, rejected } = decodeHash(location.hash);
  if (rejected.length) console.warn(`embed.html: ignoring hash fields ${rejected.join(', ')}`);
  const attributes = new Map(embedAttributes(state).attributes);
  for (const name of VIEW_ATTRIBUTES) {
    const value = attributes.get(name);
    if (value === undefined) map.removeAttribute(name);
    else map.setAttribute(name, value);
  }
  document.documentElement.lang = state.lang;
}

applyHash();
// A CMS that changes the iframe's hash navigates within the page: follow it.
window.addEventListener('hashchange', applyHash);
