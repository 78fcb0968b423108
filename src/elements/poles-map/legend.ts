// SPDX-License-Identifier: MIT
// The legend of <poles-map>: sector colours of the HQs and kind colours of the member sites.
import { html, nothing } from 'lit';
import type { LegendModel } from '../poles-legend/legend-model.ts';
import type { MapView } from '../../layers/index.ts';
import { cssom } from '../../ui/cssom.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import { MEMBER_KIND_COLOURS, SECTOR_COLOURS } from '../../theme/palette.ts';
import { MEMBER_KINDS, SECTORS } from '../../types.ts';

const swatch = (colour: string, small = false) =>
  html`<span class="swatch ${small ? 'small' : ''}" ${cssom({ background: colour })}></span>`;

/**
 * A collapsible legend; `open` on wide maps only, where it does not hide the east of France. It
 * explains what is drawn: the concentration layer's classes, then the HQs and sites when shown.
 */
export function renderLegend(
  lang: Lang,
  open: boolean,
  view: Pick<MapView, 'poles' | 'members'> | undefined,
  /** The classes of the concentration layer, or the Évolutions view's marks and net change. */
  models: readonly LegendModel[],
  /** Which member sites are drawn (siteYearsText). */
  sitesWhich: string,
) {
  return html`<details class="legend" part="legend" ?open=${open}>
    <summary>${t(lang, 'legend.title')}</summary>
    ${models.map((model) => html`<poles-legend lang=${lang} .model=${model}></poles-legend>`)}
    ${
      !view || view.poles.length
        ? html`<h2>${t(lang, 'legend.sectors')}</h2>
            <ul>
              ${SECTORS.map((s) => html`<li>${swatch(SECTOR_COLOURS[s])}${t(lang, `sector.${s}`)}</li>`)}
            </ul>`
        : nothing
    }
    ${
      !view || view.members.length
        ? html`<h2>${t(lang, 'legend.members')}</h2>
            <p class="which">${sitesWhich}</p>
            <ul>
              ${MEMBER_KINDS.map((k) => html`<li>${swatch(MEMBER_KIND_COLOURS[k], true)}${t(lang, `kind.${k}`)}</li>`)}
            </ul>`
        : nothing
    }
  </details>`;
}
