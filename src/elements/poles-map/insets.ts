// SPDX-License-Identifier: MIT
// The insets of <poles-map>: buttons drawing each overseas département, and Paris with the petite
// couronne, with the thematic layer, the footprint tint, the sites and the pôles of the main map
// (map/inset-picture.ts); choosing one frames it on the main map. The overseas ones stand in a row
// under France, Paris above Brittany, over the sea; on a narrow map they fold into one control, so
// that they never cover metropolitan France. A chunk of its own, loaded with the data: the map's
// first frame does not wait for it.
import type { FeatureCollection } from 'geojson';
import { html, nothing, svg } from 'lit';
import { overseasInsets, parisInset, type Inset } from '../../geo/insets.ts';
import { INSET_COLOURS, type InsetPicture } from '../../map/inset-picture.ts';
import { cssom } from '../../ui/cssom.ts';

export { insetPictures } from '../../map/inset-picture.ts';

export const INSET_SIZE = { width: 72, height: 54 } as const;
/** Larger: four départements, one of them 10 km across, where a third of the head offices are. */
export const PARIS_INSET_SIZE = { width: 120, height: 96 } as const;

/** The overseas insets and the Paris one, fitted to their buttons. */
export function mapInsets(departements: FeatureCollection): { overseas: Inset[]; paris: Inset | null } {
  return {
    overseas: overseasInsets(departements, INSET_SIZE),
    paris: parisInset(departements, PARIS_INSET_SIZE),
  };
}

export interface DrawnInset {
  inset: Inset;
  picture: InsetPicture;
  /** The button's accessible label and its caption. */
  label: string;
  caption: string;
}

export function renderInsets(
  overseas: readonly DrawnInset[],
  paris: DrawnInset | null,
  choose: (inset: Inset) => void,
  /** The fold's summary on a narrow map; null: the insets stand apart. */
  folded: string | null,
  /** On a stage: one column, Paris first, that the stage's frame keeps clear of (stage.ts). */
  column = false,
) {
  const button = (item: DrawnInset) => renderButton(item, choose);
  if (column && folded === null)
    return html`<div class="insets" part="insets">
      ${paris ? button(paris) : nothing}${overseas.map(button)}
    </div>`;
  if (folded !== null) {
    return html`<details class="insets folded" part="insets">
      <summary>${folded}</summary>
      <div class="inset-list">${paris ? button(paris) : nothing}${overseas.map(button)}</div>
    </details>`;
  }
  return html`${paris ? html`<div class="paris-inset" part="paris-inset">${button(paris)}</div>` : nothing}
    <div class="insets" part="insets">${overseas.map(button)}</div>`;
}

function renderButton({ inset, picture, label, caption }: DrawnInset, choose: (inset: Inset) => void) {
  const size = inset.code === 'paris' ? PARIS_INSET_SIZE : INSET_SIZE;
  const tint = picture.tint;
  return html`<button
    type="button"
    class="inset ${tint ? 'tinted' : ''}"
    data-code=${inset.code}
    aria-label=${label}
    ${cssom({ 'border-color': tint ?? '' })}
    @click=${() => choose(inset)}
  >
    <svg
      width=${size.width}
      height=${size.height}
      viewBox="0 0 ${size.width} ${size.height}"
      aria-hidden="true"
    >
      <rect width=${size.width} height=${size.height} fill=${INSET_COLOURS.sea}></rect>
      ${inset.context ? svg`<path d=${inset.context} fill=${INSET_COLOURS.context} stroke=${INSET_COLOURS.outline} stroke-width="0.5"></path>` : nothing}
      <path d=${inset.path} fill=${INSET_COLOURS.land}></path>
      ${picture.areas.map((a) => svg`<path d=${a.d} fill=${a.fill} stroke=${a.stroke ?? 'none'} stroke-width="0.8"></path>`)}
      ${tint ? svg`<path class="tint" d=${inset.path} fill=${tint} fill-opacity="0.27" stroke=${tint} stroke-width="2"></path>` : nothing}
      <path d=${inset.path} fill="none" stroke=${INSET_COLOURS.outline} stroke-width="0.8"></path>
      ${picture.dots.map((d) => svg`<circle cx=${d.x} cy=${d.y} r=${d.r} fill=${d.fill} stroke=${d.stroke} stroke-width="0.8"></circle>`)}
    </svg>
    <span>${caption}</span>
  </button>`;
}
