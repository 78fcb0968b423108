// SPDX-License-Identifier: MIT
// The legend of <poles-map>: sector colours of the HQs and kind colours of the member sites.
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { t, type Lang } from '../../i18n/messages.ts';
import { MEMBER_KIND_COLOURS, SECTOR_COLOURS } from '../../theme/palette.ts';
import { MEMBER_KINDS, SECTORS } from '../../types.ts';

const swatch = (colour: string, small = false) =>
  html`<span class="swatch ${small ? 'small' : ''}" style=${styleMap({ background: colour })}></span>`;

/** A collapsible legend; `open` on wide maps only, where it does not hide the east of France. */
export function renderLegend(lang: Lang, open: boolean) {
  return html`<details class="legend" part="legend" ?open=${open}>
    <summary>${t(lang, 'legend.title')}</summary>
    <h2>${t(lang, 'legend.sectors')}</h2>
    <ul>
      ${SECTORS.map((s) => html`<li>${swatch(SECTOR_COLOURS[s])}${t(lang, `sector.${s}`)}</li>`)}
    </ul>
    <h2>${t(lang, 'legend.members')}</h2>
    <ul>
      ${MEMBER_KINDS.map((k) => html`<li>${swatch(MEMBER_KIND_COLOURS[k], true)}${t(lang, `kind.${k}`)}</li>`)}
    </ul>
  </details>`;
}
