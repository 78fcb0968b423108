// SPDX-License-Identifier: MIT
// The legend of <poles-map>: what the map draws and only that (the same sections as an export's
// legend): the concentration layer's classes, the partnership arcs and partners, the sector colours
// of the HQs, the kind colours of the member sites and the shapes of the symbols.
import { html, nothing } from 'lit';
import { categoryLegend, siteFacts, type SwatchShape } from '../../export/legend.ts';
import type { LegendModel } from '../poles-legend/legend-model.ts';
import type { MapView } from '../../layers/index.ts';
import { cssom } from '../../ui/cssom.ts';
import { hasBadges } from '../../geo/same-point.ts';
import { t, type Lang } from '../../i18n/messages.ts';

/**
 * What the legend reads of every site (whether some share a point, their kinds and bases), computed
 * ahead and cached per array: the update that shows 100,000 imported sites then only finds it.
 */
export function prepareLegend(sites: MapView['members']): void {
  hasBadges(sites);
  siteFacts(sites);
}

const swatch = (colour: string, shape: SwatchShape) =>
  html`<span class="swatch ${shape}" ${cssom({ background: colour })}></span>`;

/**
 * A collapsible legend; `open` on wide maps only, where it does not hide the east of France. On a
 * stage (`stage`) it is a plain box, always shown: a key for the hall, with nothing to unfold.
 */
export function renderLegend(
  lang: Lang,
  open: boolean,
  view: Pick<MapView, 'arcs' | 'poles' | 'members' | 'projectLegend'> | undefined,
  /** The classes of the concentration layer, or the Évolutions view's marks and net change. */
  models: readonly LegendModel[],
  /** Which member sites are drawn (siteYearsText). */
  sitesWhich: string,
  stage = false,
) {
  const content = html`${models.map((model) => html`<poles-legend lang=${lang} .model=${model}></poles-legend>`)}
  ${(view ? categoryLegend(lang, view, sitesWhich, hasBadges(view.members)) : []).map(
    (section) =>
      html`<section>
        <h2>${section.title}</h2>
        ${section.unit ? html`<p class="which">${section.unit}</p>` : nothing}
        <ul>
          ${section.entries.map((e) => html`<li>${swatch(e.colour, e.shape)}${e.text}</li>`)}
        </ul>
      </section>`,
  )}`;
  return stage
    ? html`<div class="legend" part="legend" role="group" aria-label=${t(lang, 'legend.title')}>
        ${content}
      </div>`
    : html`<details class="legend" part="legend" ?open=${open}>
        <summary>${t(lang, 'legend.title')}</summary>
        ${content}
      </details>`;
}
