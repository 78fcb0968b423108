// SPDX-License-Identifier: MIT
// The one module with side effects: it registers the elements of the app's default view (package.json
// sideEffects); the others are defined when a view first needs them (lazy.ts).
import { PolesApp } from './elements/poles-app/poles-app.component.ts';
import { PolesMap } from './elements/poles-map/poles-map.component.ts';
import { PolesControls } from './elements/poles-controls/poles-controls.component.ts';
import { PolesSearch } from './elements/poles-search/poles-search.component.ts';
import { PolesShare } from './elements/poles-share/poles-share.component.ts';

const elements: [string, CustomElementConstructor][] = [
  ['poles-app', PolesApp],
  ['poles-map', PolesMap],
  ['poles-controls', PolesControls],
  ['poles-search', PolesSearch],
  ['poles-share', PolesShare],
];
for (const [tag, ctor] of elements) {
  // Two scripts of ours on one page must not throw "already defined".
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
