// SPDX-License-Identifier: MIT
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { probeWebGL2 } from '../../controllers/gl-support.ts';
import { MapController } from '../../controllers/map.controller.ts';
import { fetchDataFile, loadDataset, type Dataset } from '../../data/dataset.ts';
import { METROPOLE_BOUNDS, PARTNERS_BOUNDS } from '../../map/frame.ts';
import { baseGeo, mapViewOf, type BaseGeo } from '../../map/map-view.ts';
import { applyFilters } from '../../data/filters.ts';
import { overseasInsets, type Inset } from '../../geo/insets.ts';
import { worldCountries } from '../../geo/france.ts';
import type { Topology } from 'topojson-specification';
import { INSET_SIZE, renderInsets } from './insets.ts';
import { DEFAULT_STATE, type Camera, type ViewState } from '../../state/view-state.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import { inheritedLang } from '../../ui/lang.ts';
import type { PickedObject } from '../../map/engine.ts';
import { WIDE_MAP } from '../../map/frame.ts';
import { MEMBER_KIND_COLOURS, SECTOR_COLOURS } from '../../theme/palette.ts';
import { MEMBER_KINDS, SECTORS, type PartnershipsFile } from '../../types.ts';
import { memberTooltip, poleTooltip } from '../../ui/tooltip.ts';
import { edgeText, partnerText } from '../../diagrams/texts.ts';
import { polesMapStyles } from './poles-map.styles.ts';

function sameCamera(a: Camera, b: Camera | null): boolean {
  return (
    !!b &&
    Math.abs(a.lon - b.lon) < 1e-4 &&
    Math.abs(a.lat - b.lat) < 1e-4 &&
    Math.abs(a.zoom - b.zoom) < 0.01
  );
}

/** The phase shown when no `phase` attribute is given: the last year of the data's scope. */
export const DEFAULT_PHASE = 2019;

/**
 * The map of the pôles: HQs by sector and documented member sites by kind, on our offline base map.
 *
 * @event pole-select - `detail: { id: string | null }` when the user selects a pôle (or clears it).
 * @event link-select - `detail: { selection }` when the user picks a partnership arc or partner.
 * @event camera-change - `detail: { lon, lat, zoom }` after the user moved the map.
 * @csspart map - the map area.
 * @csspart legend - the legend box.
 * @csspart attribution - the always-visible attribution line.
 * @cssproperty --poles-map-min-height - minimum height of the element. @default 320px
 */
export class PolesMap extends LitElement {
  static override styles = polesMapStyles;

  /** Year whose labelled pôles are shown (2005-2019). @default 2019 */
  @property({ type: Number, reflect: true }) phase = DEFAULT_PHASE;
  /** Id of the selected pôle. @default null */
  @property({ reflect: true }) pole: string | null = null;
  /** The whole view state (the app sets it); when null, the attributes above describe the view. */
  @property({ attribute: false }) state: ViewState | null = null;
  /** The data to show; loaded from the data folder next to the page when not given. */
  @property({ attribute: false }) data: Dataset | null = null;

  @state() private hover: { text: string; x: number; y: number } | null = null;
  @state() private failure: string | null = null;
  @query('.map') private container!: HTMLDivElement;

  /** Resolves once the first frame with data has been drawn. */
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private readonly mapController = new MapController(this);
  /** No WebGL2: draw <poles-fallback> and never import the engine (ENGINEERING.md B.4). */
  private readonly noGl = !probeWebGL2().ok;
  private lastDraw: Promise<void> = Promise.resolve();
  private geo: BaseGeo | null = null;
  @state() private insets: Inset[] = [];
  /** Loaded on the first switch to the partnership view, for its arcs. */
  @state() private partnerships: PartnershipsFile | null = null;
  private shownView: ViewState['view'] = 'map';
  /** The camera last set by the user or restored, so that only a different one moves the map. */
  private lastCamera: Camera | null = null;

  constructor() {
    super();
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
  }

  private get langCode(): Lang {
    return this.state?.lang ?? inheritedLang(this);
  }

  /** What is shown: the app's state, or the defaults with this element's attributes. */
  get viewState(): ViewState {
    return this.state ?? { ...DEFAULT_STATE, year: this.phase, pole: this.pole };
  }

  /** Resolves once the map has drawn its latest state (after a change of phase, filters...). */
  async drawn(): Promise<void> {
    await this.ready;
    await this.updateComplete;
    await this.lastDraw;
  }

  /** [lon, lat] → `{x, y}` in this element's CSS pixels (the map fills the element). */
  project(lonLat: [number, number]): { x: number; y: number } {
    return this.mapController.project(lonLat);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.data) {
      loadDataset().then(
        (data) => (this.data ??= data),
        (error: unknown) => this.fail(error),
      );
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.data) return;
    if (this.noGl) {
      this.resolveReady();
      return;
    }
    if (changed.has('data')) {
      this.geo = baseGeo(this.data.france);
      this.insets = overseasInsets(this.geo.basemap.departements, INSET_SIZE);
      this.startMap(this.geo);
    }
    this.followView(changed);
    const camera = this.viewState.camera;
    if (changed.has('state') && camera && !sameCamera(camera, this.lastCamera)) {
      this.lastCamera = camera;
      this.mapController.jumpTo(camera);
    }
    const redraw = ['data', 'phase', 'pole', 'state', 'partnerships'] as const;
    if (redraw.some((name) => changed.has(name))) {
      const { view, regionMap } = mapViewOf(this.data, this.viewState, this.geo!, this.partnerships);
      this.lastDraw = this.mapController.show(view, regionMap).then(
        () => this.resolveReady(),
        (error: unknown) => this.fail(error),
      );
    }
  }

  /**
   * On a switch between the map and the partnership view: loads the partnerships once, and frames
   * the world of the partners or metropolitan France (unless the URL gave a camera).
   */
  private followView(changed: PropertyValues): void {
    const view = this.viewState.view;
    if (view === this.shownView) return;
    this.shownView = view;
    if (view === 'links' && !this.partnerships) {
      fetchDataFile<PartnershipsFile>('partnerships.json').then(
        (file) => (this.partnerships = file),
        (error: unknown) => this.fail(error),
      );
      fetchDataFile<Topology>('world.topo.json')
        .then((world) => this.mapController.showWorld(worldCountries(world)))
        .catch((error: unknown) => this.fail(error));
    }
    // On the first draw the engine frames the view itself (startMap).
    if (!changed.has('data'))
      this.mapController.fitBounds(view === 'links' ? PARTNERS_BOUNDS : METROPOLE_BOUNDS);
  }

  private startMap(geo: BaseGeo): void {
    this.lastCamera = this.viewState.camera;
    this.mapController
      .start({
        container: this.container,
        basemap: geo.basemap,
        camera: this.viewState.camera,
        bounds: this.viewState.view === 'links' ? PARTNERS_BOUNDS : METROPOLE_BOUNDS,
        onCamera: (camera) => this.emitCamera(camera),
        onHover: (picked) => this.onHover(picked),
        onClick: (picked) => this.onClick(picked),
      })
      .catch((error: unknown) => this.fail(error));
  }

  private fail(error: unknown): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    this.failure = error instanceof Error ? error.message : String(error);
  }

  private poleOf(id: string) {
    return this.data?.poles.features.find((f) => f.id === id) ?? null;
  }

  private onHover(picked: PickedObject | null): void {
    if (!picked || !this.data) {
      this.hover = null;
      return;
    }
    const lang = this.langCode;
    let text: string | null = null;
    if (picked.layer === 'poles') {
      const pole = this.poleOf(picked.id);
      if (pole) text = poleTooltip(lang, pole.properties);
    } else if (picked.layer === 'partner-arcs' || picked.layer === 'partner-points') {
      text = this.partnershipTooltip(lang, picked);
    } else {
      const member = this.data.members.features.find((f) => f.id === picked.id);
      if (member) {
        const pole = this.poleOf(member.properties.pole);
        text = memberTooltip(lang, member.properties, pole?.properties.shortName ?? member.properties.pole);
      }
    }
    this.hover = text ? { text, x: picked.x, y: picked.y } : null;
  }

  private emitCamera(camera: Camera): void {
    this.lastCamera = camera;
    this.dispatchEvent(new CustomEvent('camera-change', { detail: camera, bubbles: true, composed: true }));
  }

  private partnershipTooltip(lang: Lang, picked: PickedObject): string | null {
    const edges = this.partnerships?.edges ?? [];
    const nameOf = (id: string) => this.poleOf(id)?.properties.shortName ?? id;
    if (picked.layer === 'partner-arcs') {
      const edge = edges.find((e) => e.id === picked.id);
      return edge ? edgeText(lang, edge, nameOf) : null;
    }
    const edge = edges.find((e) => e.targetKind !== 'pole' && e.target === picked.id);
    return edge ? partnerText(lang, edge) : null;
  }

  private onClick(picked: PickedObject | null): void {
    if (picked?.layer === 'partner-arcs' || picked?.layer === 'partner-points') {
      const selection = `${picked.layer === 'partner-arcs' ? 'edge' : 'partner'}:${picked.id}`;
      this.dispatchEvent(
        new CustomEvent('link-select', { detail: { selection }, bubbles: true, composed: true }),
      );
      return;
    }
    let id: string | null = null;
    if (picked?.layer === 'poles') id = picked.id;
    else if (picked?.layer === 'members') {
      id = this.data?.members.features.find((f) => f.id === picked.id)?.properties.pole ?? null;
    }
    this.pole = id;
    this.dispatchEvent(new CustomEvent('pole-select', { detail: { id }, bubbles: true, composed: true }));
  }

  protected override render() {
    const lang = this.langCode;
    return html`
      ${
        this.noGl
          ? html`<poles-fallback
              class="map"
              part="map"
              .data=${this.data}
              .state=${this.viewState}
              @pole-select=${(e: CustomEvent<{ id: string | null }>) => (this.pole = e.detail.id)}
            ></poles-fallback>`
          : html`<div class="map" part="map" role="region" aria-label=${t(lang, 'map.label')}></div>`
      }
      ${
        this.failure
          ? html`<p class="status" role="alert">${t(lang, 'app.error', { message: this.failure })}</p>`
          : nothing
      }
      ${
        this.hover
          ? html`<div
              class="tooltip"
              role="tooltip"
              style=${styleMap({ left: `${this.hover.x}px`, top: `${this.hover.y}px` })}
            >
              ${this.hover.text}
            </div>`
          : nothing
      }
      ${this.renderLegend(lang)}
      ${
        this.data && this.insets.length && !this.noGl
          ? renderInsets(
              this.insets,
              applyFilters(
                this.data.poles.features,
                this.data.members.features,
                this.viewState.year,
                this.viewState.filters,
              ),
              (name) => t(lang, 'map.insetLabel', { name }),
              (inset) => this.mapController.fitBounds(inset.bounds),
            )
          : nothing
      }
      ${
        this.noGl
          ? nothing
          : html`<p class="attribution" part="attribution">
              ${t(lang, 'map.attribution')} · ${t(lang, 'map.dataSources')}
            </p>`
      }
    `;
  }

  private renderLegend(lang: Lang) {
    const swatch = (colour: string, small = false) =>
      html`<span class="swatch ${small ? 'small' : ''}" style=${styleMap({ background: colour })}></span>`;
    // Open on wide maps only: on a narrow one it would hide the east of France (one click opens it).
    return html`<details class="legend" part="legend" ?open=${this.clientWidth >= WIDE_MAP}>
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
}
