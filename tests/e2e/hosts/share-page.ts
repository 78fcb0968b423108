// SPDX-License-Identifier: MIT
// Script of share.html, built by embed.e2e.ts: a <poles-share> alone, with a view that has both
// attributes and fields no attribute carries (the camera).
import { PolesShare } from '../../../src/elements/poles-share/poles-share.component.ts';
import { DEFAULT_STATE, EMPTY_FILTERS } from '../../../src/state/view-state.ts';

customElements.define('poles-share', PolesShare);
const share = document.querySelector('poles-share') as PolesShare;
share.base = 'https://example.org/poles/';
share.state = {
  ...DEFAULT_STATE,
  year: 2010,
  pole: 'pole-mer-bretagne-atlantique',
  filters: { ...EMPTY_FILTERS, regions: ['53'] },
  camera: { lon: -3, lat: 48, zoom: 7 },
};
