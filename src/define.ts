// SPDX-License-Identifier: MIT
// The one module with side effects: it registers every custom element (package.json sideEffects).
import { PolesApp } from './elements/poles-app/poles-app.component.ts';
import { PolesMap } from './elements/poles-map/poles-map.component.ts';
import { PoleProfile } from './elements/pole-profile/pole-profile.component.ts';
import { PolesControls } from './elements/poles-controls/poles-controls.component.ts';
import { PolesSearch } from './elements/poles-search/poles-search.component.ts';
import { PolesFallback } from './elements/poles-fallback/poles-fallback.component.ts';
import { PolesLinks } from './elements/poles-links/poles-links.component.ts';
import { PolesLegend } from './elements/poles-legend/poles-legend.component.ts';
import { PolesGaps } from './elements/poles-gaps/poles-gaps.component.ts';
import { PolesTable } from './elements/poles-table/poles-table.component.ts';
import { PolesShare } from './elements/poles-share/poles-share.component.ts';

const elements: [string, CustomElementConstructor][] = [
  ['poles-app', PolesApp],
  ['poles-map', PolesMap],
  ['pole-profile', PoleProfile],
  ['poles-controls', PolesControls],
  ['poles-search', PolesSearch],
  ['poles-fallback', PolesFallback],
  ['poles-links', PolesLinks],
  ['poles-legend', PolesLegend],
  ['poles-gaps', PolesGaps],
  ['poles-table', PolesTable],
  ['poles-share', PolesShare],
];
for (const [tag, ctor] of elements) {
  // Two scripts of ours on one page must not throw "already defined".
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
