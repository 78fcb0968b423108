// SPDX-License-Identifier: MIT
// The floating tooltip of the map and the diagrams: text at the pointer (positioned through the
// CSSOM, which a strict style-src allows), or nothing.
import { html, nothing } from 'lit';
import { cssom } from './cssom.ts';

export interface Hover {
  text: string;
  x: number;
  y: number;
}

export function tooltipBox(hover: Hover | null) {
  if (!hover) return nothing;
  return html`<div class="tooltip" role="tooltip" ${cssom({ left: `${hover.x}px`, top: `${hover.y}px` })}>
    ${hover.text}
  </div>`;
}
