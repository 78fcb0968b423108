// SPDX-License-Identifier: MIT
// The overseas insets of <poles-map>: buttons drawing each overseas département with the pôles and
// sites shown there; choosing one frames it on the main map. On a narrow map they fold into one
// control, so that they never cover metropolitan France.
import { html, svg } from 'lit';
import type { Inset } from '../../geo/insets.ts';
import type { Shown } from '../../data/filters.ts';
import { SECTOR_COLOURS } from '../../theme/palette.ts';

export const INSET_SIZE = { width: 72, height: 54 } as const;

export function renderInsets(
  insets: readonly Inset[],
  shown: Shown,
  label: (name: string) => string,
  choose: (inset: Inset) => void,
  /** The fold's summary on a narrow map; null: the insets stand in a row. */
  folded: string | null,
) {
  const buttons = renderButtons(insets, shown, label, choose);
  return folded === null
    ? html`<div class="insets" part="insets">${buttons}</div>`
    : html`<details class="insets folded" part="insets">
        <summary>${folded}</summary>
        <div class="inset-list">${buttons}</div>
      </details>`;
}

function renderButtons(
  insets: readonly Inset[],
  shown: Shown,
  label: (name: string) => string,
  choose: (inset: Inset) => void,
) {
  return html`${insets.map((inset) => {
    const members = shown.members.map((m) => inset.project(m.geometry.coordinates)).filter((p) => p !== null);
    const poles = shown.poles
      .map((p) =>
        p.geometry ? { at: inset.project(p.geometry.coordinates), sector: p.properties.sector } : null,
      )
      .filter((p) => p?.at);
    return html`<button
      type="button"
      class="inset"
      data-code=${inset.code}
      aria-label=${label(inset.name)}
      @click=${() => choose(inset)}
    >
      <svg width=${INSET_SIZE.width} height=${INSET_SIZE.height} aria-hidden="true">
        <path d=${inset.path}></path>
        ${members.map(([x, y]) => svg`<circle class="member" cx=${x} cy=${y} r="2"></circle>`)}
        ${poles.map((p) => svg`<circle class="pole" cx=${p!.at![0]} cy=${p!.at![1]} r="4" fill=${SECTOR_COLOURS[p!.sector]}></circle>`)}
      </svg>
      <span>${inset.name}</span>
    </button>`;
  })}`;
}
