// SPDX-License-Identifier: MIT
// The list of every pôle and site at one point, opened by a click on a group's hub or count badge:
// one button per symbol selects its pôle (a site's own pôle). Names are text, never HTML.
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Dataset } from '../../data/dataset.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import type { SymbolRef } from '../../map/colocated-pick.ts';
import { cssom } from '../../ui/cssom.ts';
import { symbolName } from './hover.ts';

export interface GroupList {
  items: SymbolRef[];
  x: number;
  y: number;
}

/** The pôle a listed symbol selects. */
export function poleOfSymbol(symbol: SymbolRef, data: Dataset): string | null {
  if (symbol.layer === 'poles') return symbol.id;
  return data.members.features.find((f) => f.id === symbol.id)?.properties.pole ?? null;
}

/** Focus goes to the list as it opens (once: the same callback on the same element is not called again). */
const focusOnOpen = (element?: Element) => {
  if (element instanceof HTMLElement) element.focus();
};

export function renderGroupList(
  lang: Lang,
  group: GroupList,
  data: Dataset,
  select: (pole: string | null) => void,
  close: () => void,
) {
  return html`<div
    class="group-list"
    part="group-list"
    role="dialog"
    aria-label=${t(lang, 'colocated.list')}
    ${cssom({ left: `${group.x}px`, top: `${group.y}px` })}
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && close()}
  >
    <button type="button" class="close" aria-label=${t(lang, 'colocated.close')} @click=${close}>×</button>
    <ul>
      ${group.items.map(
        (item, i) =>
          html`<li>
            <button
              type="button"
              class=${item.layer}
              ${i === 0 ? ref(focusOnOpen) : nothing}
              @click=${() => select(poleOfSymbol(item, data))}
            >
              ${symbolName(item, data)}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}
