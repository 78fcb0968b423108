// SPDX-License-Identifier: MIT
// The map for browsers without WebGL2 (ENGINEERING.md B.4): a static SVG drawn with d3-geo from our
// TopoJSON, plus a table of the pôles shown. It must never import maplibre-gl or @deck.gl/*, even
// as types of a module that does: that would defeat the point of a fallback that downloads nothing.
import { LitElement, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import type { Topology } from 'topojson-specification';
import type { Dataset } from '../../data/dataset.ts';
import { applyFilters } from '../../data/filters.ts';
import { byName, placed, type MemberFeature, type PlacedPoleFeature } from '../../data/selection.ts';
import { fallbackBase, type FallbackBase } from '../../geo/fallback-projection.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import { DEFAULT_STATE, type ViewState } from '../../state/view-state.ts';
import { BASEMAP } from '../../theme/palette.ts';
import { inheritedLang } from '../../ui/lang.ts';
import { memberTooltip } from '../../ui/tooltip.ts';
import { leaderMarks, markedPole, memberMarks, poleMarks, pressedPole } from './marks.ts';
import { POLE_RADIUS, colocateMarks } from '../../geo/colocation.ts';
import { polesFallbackStyles } from './poles-fallback.styles.ts';

const MARKS = { poleRadius: 5, memberRadius: 2.2, poleTitles: true };

/**
 * The projections and base paths, built once per topology (about 0.1 s): a change of year or
 * filter, another fallback on the page or a remount reuses them.
 */
const bases = new WeakMap<Topology, FallbackBase>();
function baseOf(topology: Topology): FallbackBase {
  let base = bases.get(topology);
  if (!base) bases.set(topology, (base = fallbackBase(topology)));
  return base;
}

/**
 * Static map of the pôles and their documented sites, with a table of the pôles shown, for browsers
 * where the WebGL map cannot run. Overseas régions are drawn as insets at their own scales.
 *
 * @event pole-select - `detail: { id: string | null }` when the user picks a pôle (a pôle HQ, or a
 *   site of one) or clicks elsewhere on the map to clear it, like `<poles-map>`.
 * @csspart map - the SVG map.
 * @csspart table - the table of the pôles shown.
 */
export class PolesFallback extends LitElement {
  static override styles = polesFallbackStyles;

  /** The data to show. Nothing but the notice is drawn until it is set. */
  @property({ attribute: false }) data: Dataset | null = null;
  /** The view (year, filters, selected pôle, language). @default DEFAULT_STATE with the page's language */
  @property({ attribute: false }) state: ViewState | null = null;

  private get langCode(): Lang {
    return this.state?.lang ?? inheritedLang(this);
  }

  private select(id: string | null): void {
    this.dispatchEvent(new CustomEvent('pole-select', { detail: { id }, bubbles: true, composed: true }));
  }

  /** One listener for every mark: a pôle selects itself, a site its pôle, the background clears. */
  private readonly onMapClick = (event: Event): void => this.select(markedPole(event.target));

  private readonly onMapKey = (event: KeyboardEvent): void => {
    const pole = pressedPole(event);
    if (pole) this.select(pole);
  };

  protected override render() {
    const lang = this.langCode;
    const notice = html`<p class="notice" role="note">${t(lang, 'fallback.notice')}</p>`;
    if (!this.data) return notice;
    const view = this.state ?? DEFAULT_STATE;
    const shown = applyFilters(this.data.poles.features, this.data.members.features, view.year, view.filters);
    const poles = [...shown.poles].sort(byName);
    const base = baseOf(this.data.france);
    return html`
      ${notice} ${this.renderMap(lang, base, placed(poles), shown.members, view.pole)}
      <p class="attribution">${t(lang, 'map.attribution')} · ${t(lang, 'map.dataSources')}</p>
      <table part="table">
        <caption>
          ${t(lang, 'list.heading')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t(lang, 'fallback.table.pole')}</th>
            <th scope="col">${t(lang, 'profile.sector')}</th>
            <th scope="col">${t(lang, 'profile.hq')}</th>
            <th scope="col">${t(lang, 'fallback.table.sites')}</th>
          </tr>
        </thead>
        <tbody>
          ${poles.map((p) => {
            const sites = shown.members.filter((m) => m.properties.pole === p.id).length;
            const hq = p.properties.hqCommune;
            return html`<tr data-id=${p.id}>
              <th scope="row">${p.properties.name}</th>
              <td>${t(lang, `sector.${p.properties.sector}`)}</td>
              <td class=${hq ? '' : 'unknown'}>${hq ?? t(lang, 'common.unknown')}</td>
              <td class="number">${sites}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    `;
  }

  private renderMap(
    lang: Lang,
    base: FallbackBase,
    poles: PlacedPoleFeature[],
    members: MemberFeature[],
    selected: string | null,
  ) {
    const names = new Map(poles.map((p) => [p.id, p.properties.shortName]));
    // Pôles and sites sharing a point spread on rings, as on the WebGL map, at this map's mark size.
    const scale = MARKS.poleRadius / POLE_RADIUS;
    const spread = new Map(
      [...colocateMarks(poles, members).offsets].map(([key, o]) => [
        key,
        { dx: o.dx * scale, dy: o.dy * scale },
      ]),
    );
    return html`<svg
      part="map"
      viewBox="0 0 ${base.width} ${base.height}"
      role="group"
      aria-label=${t(lang, 'map.label')}
      @click=${this.onMapClick}
      @keydown=${this.onMapKey}
    >
      <rect width=${base.width} height=${base.height} fill=${BASEMAP.sea}></rect>
      <path class="land" d=${base.land} fill=${BASEMAP.land}></path>
      <path class="regions" d=${base.regions} stroke=${BASEMAP.regionLine}></path>
      <g class="insets" role="group" aria-label=${t(lang, 'fallback.overseas')}>
        <text class="inset-name" x=${base.insetHeading[0]} y=${base.insetHeading[1]} font-weight="bold">
          ${t(lang, 'fallback.overseas')}
        </text>
        ${base.insets.map(
          (inset) =>
            svg`<g class="inset" data-area=${inset.area}>
              <rect class="inset-frame" x=${inset.box.x} y=${inset.box.y} width=${inset.box.width}
                height=${inset.box.height}></rect>
              <text class="inset-name" x=${inset.box.x + 3} y=${inset.box.y + 10}>${inset.name}</text>
              <path class="land" d=${inset.path} fill=${BASEMAP.land}></path>
            </g>`,
        )}
      </g>
      ${leaderMarks(poles, members, base.project, spread)}
      ${memberMarks(members, base.project, {
        ...MARKS,
        spread,
        memberTitle: (m) =>
          memberTooltip(lang, m.properties, names.get(m.properties.pole) ?? m.properties.pole),
      })}
      ${poleMarks(poles, base.project, selected, { ...MARKS, spread })}
    </svg>`;
  }
}
