// SPDX-License-Identifier: MIT
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Topology } from 'topojson-specification';
import { pageGlSupport } from '../../controllers/gl-support.ts';
import { need, needWhen } from '../lazy.ts';
import { MapController, preloadEngine } from '../../controllers/map.controller.ts';
import { MemberImportController, REPORT_LIMIT } from '../../controllers/member-import.controller.ts';
import { WidthController } from '../../controllers/width.controller.ts';
import { defaultDataBase, fetchDataFile, loadDataset, type Dataset } from '../../data/dataset.ts';
import { worldCountries } from '../../geo/france.ts';
import type { Inset } from '../../geo/insets.ts';
import { plural, t, type Lang } from '../../i18n/messages.ts';
import type { PickedObject } from '../../map/engine.ts';
import {
  METROPOLE_BOUNDS,
  NARROW_MAP,
  WIDE_MAP,
  partnersBounds,
  regionsBounds,
  selectionBounds,
} from '../../map/frame.ts';
import { PARIS_MIN_HEIGHT } from '../../map/inset-layout.ts';
import { baseGeo, mapViewOf, type AnalysisData, type BaseGeo } from '../../map/map-view.ts';
import type { Camera, ViewState } from '../../state/view-state.ts';
import type { CommunesFile, MembersFile, PartnershipsFile, TerritoriesFile } from '../../types.ts';
import { inheritedLang } from '../../ui/lang.ts';
import { tooltipBox, type Hover } from '../../ui/tooltip-box.ts';
import {
  NO_ATTRIBUTES,
  embedViewOf,
  parseAttributes,
  type ParsedAttributes,
  type RawAttributes,
} from './attributes.ts';
import { hoverText } from './hover.ts';
import type * as InsetKit from './insets.ts';
import type { InsetPicture } from '../../map/inset-picture.ts';
import { renderLegend } from './legend.ts';
import type { LegendModel } from '../poles-legend/legend-model.ts';
import type { TimeFile } from '../../data/time/types.ts';
import { siteYearsText } from '../../ui/site-years.ts';
import { polesMapStyles } from './poles-map.styles.ts';

function sameCamera(a: Camera, b: Camera | null): boolean {
  return (
    !!b &&
    Math.abs(a.lon - b.lon) < 1e-4 &&
    Math.abs(a.lat - b.lat) < 1e-4 &&
    Math.abs(a.zoom - b.zoom) < 0.01
  );
}

/** What the element's own failures name in their `error` event (`members` is the import's). */
type FailureReason = 'data' | 'map';

/** Seconds without a restored context before the map offers to rebuild itself. */
const RESTORE_WAIT_MS = 3000;

const CONCENTRATION_LAYERS: readonly string[] = ['choropleth', 'hexbin', 'gaps-territories', 'gaps-communes'];

const ATTRIBUTES = [
  'pole',
  'region',
  'sector',
  'phase',
  'view',
  'lang',
  'ui',
  'membersSrc',
  'basemap',
] as const;

/**
 * The map of the pôles: HQs by sector and documented member sites by kind, on our offline base map.
 * Used by the app (which sets `state`) or embedded alone (attributes describe the view).
 *
 * @event pole-select - `detail: { id: string | null }` when the user selects a pôle (or clears it).
 * @event view-change - `detail: { view: 'sites' | 'density' | 'links' }` when the user switches view.
 * @event link-select - `detail: { selection }` when the user picks a partnership arc or partner.
 * @event camera-change - `detail: { lon, lat, zoom }` after the user moved the map.
 * @event error - `detail: { message, reason }` once per failure: `reason` is `data` (a data file could
 *   not be loaded), `map` (the map engine could not be loaded or draw) or `members` (the
 *   `members-src` list). The element shows the
 *   message with a retry button; `ready` rejects with the same message when it fails first.
 * @event concentration-change - `detail: { view }`, the legend, table and gap analysis of the
 *   concentration layer shown (null for the sites layer), for the app's side panel.
 * @csspart map - the map area.
 * @csspart legend - the legend box.
 * @csspart insets - the overseas insets (on a narrow map, every inset, folded into one control).
 * @csspart paris-inset - the inset of Paris and the petite couronne, at the national scale.
 * @csspart attribution - the always-visible attribution line.
 * @csspart overview - the "Vue d'ensemble" button, back to the whole of France.
 * @cssproperty --poles-map-min-height - minimum height of the element. @default 320px
 * @cssproperty --poles-map-max-height - maximum height of the element. @default max(480px, 85vh)
 * @cssproperty --poles-map-aspect-ratio - width / height when the page gives no height. @default 4 / 3 (1 under 600px)
 */
export class PolesMap extends LitElement {
  static override styles = polesMapStyles;

  /** Id of the selected pôle. @default null */
  @property({ reflect: true }) pole: string | null = null;
  /** INSEE code of a région, 2016 or pre-2016: only its pôles and sites are shown. @default null */
  @property({ reflect: true }) region: string | null = null;
  /** A sector id (types.ts SECTORS): only its pôles are shown. @default null */
  @property({ reflect: true }) sector: string | null = null;
  /** Year whose labelled pôles are shown, 2005 to 2019. @default 2019 */
  @property({ reflect: true }) phase: string | null = null;
  /** `sites`, `density` or `links`. @default 'sites' */
  @property({ reflect: true }) view: string | null = null;
  /** Language of the texts, `fr` or `en`; inherited from the page when absent. @default '' */
  @property({ reflect: true }) override lang = '';
  /** `full` (legend, insets, view switch) or `minimal` (the map alone). @default 'full' */
  @property({ reflect: true }) ui: string | null = null;
  /**
   * URL of the site's own member list (CSV: UTF-8, Windows-1252 or UTF-16), geocoded in the browser;
   * its sites replace the documented ones until the attribute is removed. Duplicate rows are placed
   * once and listed in the status line. @default null
   */
  @property({ attribute: 'members-src', reflect: true }) membersSrc: string | null = null;
  /** URL of an online MapLibre style, an opt-in: the default base map makes no request. @default null */
  @property({ reflect: true }) basemap: string | null = null;
  /** The whole view state (the app sets it); when null, the attributes describe the view. */
  @property({ attribute: false }) state: ViewState | null = null;
  /** The data to show; loaded from the data folder next to the module when not given. */
  @property({ attribute: false }) data: Dataset | null = null;

  @state() private hover: Hover | null = null;
  @state() private failure: string | null = null;
  private failureReason: FailureReason = 'data';
  /** 'lost' while the WebGL context is gone; 'stuck' when it did not come back in time. */
  @state() private gl: 'ok' | 'lost' | 'stuck' = 'ok';
  /** The insets' code, a chunk loaded with the data. */
  @state() private insetKit: typeof InsetKit | null = null;
  @state() private insets: Inset[] = [];
  @state() private paris: Inset | null = null;
  /** What each inset draws (overseas, then Paris), computed with the map's view, not on every render. */
  private pictures: InsetPicture[] = [];
  /** Whether the map shows the whole of metropolitan France after its last move: Paris is tiny there. */
  @state() private national = true;
  /** Whether the map is tall enough for the Paris inset to stand clear of France (map/inset-layout.ts). */
  @state() private tall = true;
  /** Loaded on the first switch to the partnership view, for its arcs. */
  @state() private partnerships: PartnershipsFile | null = null;
  /** Loaded with the first concentration layer shown. */
  @state() private territories: TerritoriesFile | null = null;
  /** Loaded with the first gap analysis (2 MB): the communes and their populations. */
  @state() private communes: CommunesFile | null = null;
  /** Loaded with the first Évolutions view: labels, events and seats over time, and the comparison. */
  @state() private evolution: AnalysisData['evolution'] = null;
  private mapped: ReturnType<typeof mapViewOf> | null = null;
  @query('.map') private container!: HTMLDivElement;

  /** Resolves once the first frame with data has been drawn; rejects if a failure comes first. */
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private rejectReady!: (error: Error) => void;
  private readonly mapController = new MapController(this, (engine) =>
    engine.then(
      () => this.redraw(),
      (error: unknown) => this.fail(error),
    ),
  );
  /** The data files under way (once per element, however often it is moved meanwhile). */
  private loading: Promise<void> | null = null;
  /** The legend starts open on a wide map; the insets fold on a narrow one. */
  private readonly width = new WidthController(this, [NARROW_MAP, WIDE_MAP]);
  private readonly memberImport = new MemberImportController(
    this,
    (members) => {
      if (!this.data) return;
      // An imported list replaces the documented sites; removing `members-src` gives them back.
      this.documented ??= this.data.members;
      this.data = { ...this.data, members: members ?? this.documented };
      if (!members) this.documented = null;
    },
    (message) => this.emit('error', { message, reason: 'members' }),
  );
  /** No WebGL2: draw <poles-fallback> and never import the engine (ENGINEERING.md B.4). */
  private readonly noGl = !pageGlSupport().ok;
  private lastDraw: Promise<void> = Promise.resolve();
  private geo: BaseGeo | null = null;
  private attrs: ParsedAttributes = parseAttributes(NO_ATTRIBUTES, 'http://localhost/');
  private readonly warned = new Set<string>();
  private shownView: ViewState['view'] = 'map';
  /** The région filter (codes joined) and the pôle last framed, so that only a new one moves the map. */
  private framedRegions = '';
  private framedPole: string | null = null;
  /** Whether the partners' world awaits its frame until their arcs arrive. */
  private framePartners = false;
  /** The camera last set by the user or restored, so that only a different one moves the map. */
  private lastCamera: Camera | null = null;
  private restoreTimer = 0;
  /** The documented sites while an imported list replaces them. */
  private documented: MembersFile | null = null;
  /** The members-src list imported (or under way), so that a re-render does not import it again. */
  private importedFrom: string | null = null;

  constructor() {
    super();
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    // A host that does not await `ready` gets the `error` event, not an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  /** What is shown: the app's state, or the one the attributes describe. */
  get viewState(): ViewState {
    return this.state ?? this.attrs.state;
  }

  private get langCode(): Lang {
    return this.state?.lang ?? this.attrs.state.lang;
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
    preloadEngine();
    this.loadData();
  }

  private loadData(): void {
    if (this.data || this.loading) return;
    this.loading = loadDataset().then(
      (data) => void (this.data ??= data),
      (error: unknown) => {
        // Retried from scratch by the retry button.
        this.loading = null;
        this.fail(error, 'data');
      },
    );
  }

  /** The retry button: the data again if it failed, else a new map engine. */
  private retry(): void {
    this.failure = null;
    if (this.data) this.rebuildMap();
    else this.loadData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.restoreTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (ATTRIBUTES.some((name) => changed.has(name)) || !this.hasUpdated) this.readAttributes();
    if (this.data && (changed.has('membersSrc') || (changed.has('data') && !this.importedFrom)))
      this.importMembers();
    if (!this.data || this.noGl) return;
    if (changed.has('data')) {
      this.geo = baseGeo(this.data.france);
      // Before this update renders the data into the page, so that MapLibre's worker tiles the base
      // map meanwhile. On the first update the map's container is not rendered yet: firstUpdated() then.
      if (this.hasUpdated) this.startMap(this.geo);
    }
    this.loadInsets();
    if (this.insetKit && (changed.has('data') || changed.has('insetKit'))) {
      ({ overseas: this.insets, paris: this.paris } = this.insetKit.mapInsets(
        this.geo!.basemap.departements,
      ));
    }
    this.loadAnalysisFiles();
    // Computed before rendering so that the legend and the tables follow in the same update.
    const inputs = ['data', 'state', 'partnerships', 'territories', 'communes', 'evolution', ...ATTRIBUTES];
    if (inputs.some((name) => changed.has(name))) {
      const before = this.mapped?.concentration ?? null;
      this.mapped = mapViewOf(this.data, this.viewState, this.geo!, this.partnerships, {
        territories: this.territories,
        communes: this.communes,
        evolution: this.evolution,
      });
      if (this.mapped.concentration !== before)
        this.emit('concentration-change', { view: this.mapped.concentration });
    }
    if (
      this.insetKit &&
      this.mapped &&
      (changed.has('insetKit') || inputs.some((name) => changed.has(name)))
    ) {
      const all = [...this.insets, ...(this.paris ? [this.paris] : [])];
      this.pictures = this.insetKit.insetPictures(all, this.mapped.view);
    }
    needWhen({ 'poles-legend': this.legends().length > 0 });
  }

  /** Loads the insets' code once, for a map with its full interface. */
  private loadInsets(): void {
    if (this.insetKit || this.attrs.ui !== 'full') return;
    import('./insets.ts').then(
      (kit) => (this.insetKit ??= kit),
      (error: unknown) => this.fail(error, 'map'),
    );
  }

  /** Geocodes the `members-src` list in a worker; its sites replace the documented ones. */
  private importMembers(): void {
    const url = this.attrs.membersSrc;
    if (url === this.importedFrom) return;
    this.importedFrom = url;
    this.memberImport.run(
      url && this.data
        ? {
            url,
            communesUrl: new URL('communes.json', defaultDataBase()),
            poles: this.data.poles.features.map((f) => f.properties),
            lang: this.langCode,
          }
        : null,
    );
  }

  /** territories.json for any concentration layer; communes.json (2 MB) only for the gap analysis. */
  private loadAnalysisFiles(): void {
    const layer = this.viewState.view === 'map' ? this.viewState.layer : 'sites';
    if (layer !== 'sites' && !this.territories) {
      fetchDataFile<TerritoriesFile>('territories.json').then(
        (file) => (this.territories ??= file),
        (error: unknown) => this.fail(error),
      );
    }
    if (this.viewState.view === 'evolutions' && !this.evolution) {
      Promise.all([fetchDataFile<TimeFile>('time.json'), import('../../map/evolutions.ts')]).then(
        ([time, module]) => (this.evolution ??= { time, of: module.evolutionOf }),
        (error: unknown) => this.fail(error),
      );
    }
    if (layer === 'gaps' && !this.communes) {
      fetchDataFile<CommunesFile>('communes.json').then(
        (file) => (this.communes ??= file),
        (error: unknown) => this.fail(error),
      );
    }
  }

  /** Parses the attributes; each bad value is reported once on the console, and the default used. */
  private readAttributes(): void {
    const raw: RawAttributes = { ...NO_ATTRIBUTES };
    for (const name of ATTRIBUTES) raw[name] = this[name] || null;
    raw.lang = this.lang || inheritedLang(this);
    this.attrs = parseAttributes(raw, document.baseURI);
    for (const [name, value] of this.attrs.rejected) {
      const key = `${name}=${value}`;
      if (this.warned.has(key)) continue;
      this.warned.add(key);
      console.warn(`<poles-map>: ignoring ${name}="${value}" (not understood); using the default.`);
    }
  }

  protected override firstUpdated(): void {
    // Data from the start (given before the element was connected): willUpdate() could not start the
    // map, whose container it had not rendered yet.
    if (this.data && !this.noGl) this.startMap(this.geo!);
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.data) return;
    if (this.noGl) {
      // Ready once the SVG map, a chunk of its own, is defined and has drawn the data.
      need('poles-fallback')
        .then(
          () => this.renderRoot.querySelector<LitElement>('poles-fallback')?.updateComplete,
          (error: unknown) => this.fail(error, 'map'),
        )
        .then(() => this.resolveReady());
      return;
    }
    this.followView(changed);
    const camera = this.viewState.camera;
    if (changed.has('state') && camera && !sameCamera(camera, this.lastCamera)) {
      this.lastCamera = camera;
      this.mapController.jumpTo(camera);
    }
    const inputs = ['data', 'state', 'partnerships', 'territories', 'communes', 'evolution', ...ATTRIBUTES];
    if (inputs.some((name) => changed.has(name))) this.redraw();
  }

  private redraw(): void {
    if (!this.mapped) return;
    const { view, regionMap } = this.mapped;
    this.lastDraw = this.mapController.show(view, regionMap).then(
      () => this.resolveReady(),
      (error: unknown) => this.fail(error, 'map'),
    );
  }

  /**
   * On a switch between the map and the partnership view: loads the partnerships once, and frames
   * the world of the partners or metropolitan France.
   */
  private followView(changed: PropertyValues): void {
    const view = this.viewState.view;
    const regions = this.viewState.filters.regions.join(',');
    const pole = this.viewState.pole;
    const selecting = pole !== null && pole !== this.framedPole;
    this.framedPole = pole;
    // The partners' world is framed again once their arcs are known (the file comes after the
    // switch), unless a camera was restored meanwhile.
    const partnersArrived = this.framePartners && view === 'links' && changed.has('partnerships');
    if (partnersArrived) this.framePartners = false;
    if (view === this.shownView && regions === this.framedRegions && !selecting && !partnersArrived) return;
    const switched = view !== this.shownView;
    this.shownView = view;
    this.framedRegions = regions;
    if (switched && view === 'links' && !this.partnerships) {
      fetchDataFile<PartnershipsFile>('partnerships.json').then(
        (file) => (this.partnerships = file),
        (error: unknown) => this.fail(error),
      );
      fetchDataFile<Topology>('world.topo.json')
        .then((world) => this.mapController.showWorld(worldCountries(world)))
        .catch((error: unknown) => this.fail(error));
    }
    // On the first draw the engine frames the view itself (startMap); a camera restored from the
    // URL with the switch (a shared link, back/forward) wins over the default frame.
    const restoring = this.viewState.camera && !sameCamera(this.viewState.camera, this.lastCamera);
    if (switched && view === 'links') this.framePartners = !restoring && !this.partnerships;
    if (!changed.has('data') && !restoring)
      this.mapController.fitBounds(this.frame(), switched || partnersArrived);
  }

  /**
   * What the view frames: the partners' world, the selected pôle (its footprint, HQ and sites), the
   * régions filtered (a `region` embed), or France.
   */
  private frame(): [number, number, number, number] {
    const state = this.viewState;
    if (state.view === 'links') return partnersBounds(this.mapped?.view.arcs ?? []);
    const pole = state.pole ? this.data?.poles.features.find((f) => f.id === state.pole) : undefined;
    const selection = pole
      ? selectionBounds(
          [
            ...(pole.geometry ? [pole.geometry.coordinates] : []),
            ...(this.data?.members.features ?? [])
              .filter((m) => m.properties.pole === pole.id)
              .map((m) => m.geometry.coordinates),
          ],
          this.mapped?.view.footprint ?? [],
        )
      : null;
    const regions = this.geo ? regionsBounds(this.geo.basemap.regions, state.filters.regions) : null;
    return selection ?? regions ?? METROPOLE_BOUNDS;
  }

  private startMap(geo: BaseGeo): void {
    this.lastCamera = this.viewState.camera;
    this.framePartners = this.viewState.view === 'links' && !this.viewState.camera && !this.partnerships;
    this.mapController
      .start({
        container: this.container,
        basemap: geo.basemap,
        styleUrl: this.attrs.basemap,
        // Embedded in a page, the map must not swallow the page's scrolling.
        cooperativeGestures: this.state === null,
        camera: this.viewState.camera,
        bounds: this.frame(),
        onCamera: (camera) => this.emitCamera(camera),
        // A resize moves the map too: the height is read again then.
        onMoveEnd: () => {
          this.national = this.showsFrance();
          this.tall = this.clientHeight >= PARIS_MIN_HEIGHT;
        },
        onHover: (picked) => this.onHover(picked),
        onClick: (picked) => this.onClick(picked),
        onContextLost: () => this.onContextLost(),
        onContextRestored: () => this.onContextRestored(),
      })
      .catch((error: unknown) => this.fail(error, 'map'));
  }

  private onContextLost(): void {
    this.gl = 'lost';
    this.hover = null;
    clearTimeout(this.restoreTimer);
    this.restoreTimer = window.setTimeout(() => {
      if (this.gl === 'lost') this.gl = 'stuck';
    }, RESTORE_WAIT_MS);
  }

  /** The context is back: a new engine on it (the old one cannot draw again, see engine.ts). */
  private onContextRestored(): void {
    clearTimeout(this.restoreTimer);
    this.rebuildMap();
  }

  /** The "reload the map" button: a new engine, drawn with the current state. */
  private rebuildMap(): void {
    this.gl = 'ok';
    this.mapController.rebuild()?.then(
      () => this.redraw(),
      (error: unknown) => this.fail(error, 'map'),
    );
  }

  /** Shows the failure and reports it once (`error` event, `ready` rejected) until a retry. */
  private fail(error: unknown, reason: FailureReason = 'data'): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    if (this.failure !== null) return;
    this.failureReason = reason;
    this.failure = error instanceof Error ? error.message : String(error);
    this.rejectReady(new Error(this.failure));
    this.emit('error', { message: this.failure, reason });
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private emitCamera(camera: Camera): void {
    this.lastCamera = camera;
    this.emit('camera-change', camera);
  }

  private onHover(picked: PickedObject | null): void {
    const text =
      picked && this.data
        ? (this.mapped?.evolution?.tooltip(picked) ??
          this.mapped?.concentration?.tooltip(picked) ??
          hoverText(this.langCode, picked, this.data, this.partnerships))
        : null;
    this.hover = text && picked ? { text, x: picked.x, y: picked.y } : null;
  }

  private onClick(picked: PickedObject | null): void {
    if (picked?.layer === 'partner-arcs' || picked?.layer === 'partner-points') {
      this.emit('link-select', {
        selection: `${picked.layer === 'partner-arcs' ? 'edge' : 'partner'}:${picked.id}`,
      });
      return;
    }
    // A territory or a hexagon only has a tooltip: clicking it keeps the selection.
    if (picked && CONCENTRATION_LAYERS.includes(picked.layer)) return;
    let id: string | null = null;
    if (picked?.layer === 'poles' || picked?.layer === 'evolution-marks') id = picked.id;
    else if (picked?.layer === 'members') {
      id = this.data?.members.features.find((f) => f.id === picked.id)?.properties.pole ?? null;
    }
    this.selectPole(id);
  }

  private selectPole(id: string | null): void {
    this.pole = id;
    this.emit('pole-select', { id });
  }

  /** "Vue d'ensemble": metropolitan France (the partners' world in the partnership view). */
  private showOverview(): void {
    this.mapController.fitBounds(
      this.viewState.view === 'links' ? partnersBounds(this.mapped?.view.arcs ?? []) : METROPOLE_BOUNDS,
    );
  }

  private switchView(view: string): void {
    this.view = view;
    this.emit('view-change', { view });
  }

  protected override render() {
    const lang = this.langCode;
    const full = this.attrs.ui === 'full';
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
      ${this.failure ? this.renderFailure(lang, this.failure) : nothing}
      ${this.gl !== 'ok' ? this.renderGlLost(lang) : nothing} ${this.renderImport(lang)}
      ${tooltipBox(this.hover)}
      ${
        full
          ? renderLegend(
              lang,
              this.width.atLeast(WIDE_MAP),
              this.mapped?.view,
              this.legends(),
              siteYearsText(lang, this.viewState.siteYears, this.viewState.year),
            )
          : nothing
      }
      ${full && this.state === null ? this.renderViewSwitch(lang) : nothing}
      ${
        full && !this.noGl
          ? html`<button
              type="button"
              class="overview ${this.width.atLeast(NARROW_MAP) ? '' : 'narrow'}"
              part="overview"
              @click=${() => this.showOverview()}
            >
              ${t(lang, 'map.overview')}
            </button>`
          : nothing
      }
      ${
        // At the world scale of the partnership view, the overseas régions are on the map itself.
        full && this.mapped && this.insets.length && !this.noGl && this.viewState.view !== 'links'
          ? this.renderInsets(lang)
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

  /** Whether METROPOLE_BOUNDS fits in the map (the overview, or a smaller scale). */
  private showsFrance(): boolean {
    const [west, south, east, north] = METROPOLE_BOUNDS;
    const sw = this.project([west, south]);
    const ne = this.project([east, north]);
    return ne.x - sw.x <= this.clientWidth && sw.y - ne.y <= this.clientHeight;
  }

  private renderInsets(lang: Lang) {
    const kit = this.insetKit!;
    const drawn = (inset: Inset, i: number): InsetKit.DrawnInset => {
      const caption = inset.code === 'paris' ? t(lang, 'map.parisInset') : inset.name;
      const picture = this.pictures[i] ?? { tint: null, areas: [], dots: [] };
      return { inset, picture, caption, label: t(lang, 'map.insetLabel', { name: caption }) };
    };
    const overseas = this.insets.map(drawn);
    const folded = !this.width.atLeast(NARROW_MAP);
    // Folded, the insets cover the map only when the reader opens them: Paris goes in at any height.
    const withParis = this.paris && this.national && (folded || this.tall);
    const paris = withParis ? drawn(this.paris!, this.insets.length) : null;
    const n = overseas.length + (paris ? 1 : 0);
    const summary = paris ? t(lang, 'map.insetsFoldedParis', { n }) : t(lang, 'map.insetsFolded', { n });
    return kit.renderInsets(
      overseas,
      paris,
      (inset) => this.mapController.fitBounds(inset.bounds),
      folded ? summary : null,
    );
  }

  /** The legends of the concentration layer or of the Évolutions view. */
  private legends(): LegendModel[] {
    const concentration = this.mapped?.concentration?.legend;
    return [...(concentration ? [concentration] : []), ...(this.mapped?.evolution?.legends ?? [])];
  }

  private renderImport(lang: Lang) {
    const { status, unplaced } = this.memberImport;
    if (!status) return nothing;
    const listed = unplaced.slice(0, REPORT_LIMIT);
    return html`<div class="import" part="import">
      <p class="import-status" role="status">${status}</p>
      ${
        unplaced.length
          ? html`<details class="import-report">
              <summary>${unplaced.length}</summary>
              <ul>
                ${listed.map((r) => html`<li>${t(lang, 'import.row', { row: String(r.row), organisation: r.organisation, reason: r.reason })}</li>`)}
                ${unplaced.length > REPORT_LIMIT ? html`<li>${plural(lang, 'import.more', unplaced.length - REPORT_LIMIT)}</li>` : nothing}
              </ul>
            </details>`
          : nothing
      }
    </div>`;
  }

  private renderFailure(lang: Lang, message: string) {
    return html`<div class="status failure" role="alert">
      <p>
        ${t(lang, this.failureReason === 'map' ? 'map.drawError' : 'app.error', { message })}
        <button type="button" class="retry" @click=${this.retry}>${t(lang, 'map.retry')}</button>
      </p>
    </div>`;
  }

  private renderGlLost(lang: Lang) {
    return html`<div class="status gl-lost" role="alert">
      <p>
        ${t(lang, 'map.glLost')}
        ${
          this.gl === 'stuck'
            ? html`<button type="button" class="rebuild" @click=${this.rebuildMap}>
                ${t(lang, 'map.glRebuild')}
              </button>`
            : nothing
        }
      </p>
    </div>`;
  }

  private renderViewSwitch(lang: Lang) {
    const current = embedViewOf(this.viewState);
    return html`<div class="view-switch" role="group" aria-label=${t(lang, 'view.label')}>
      ${(['sites', 'density', 'links'] as const).map(
        (v) =>
          html`<button
            type="button"
            aria-pressed=${v === current ? 'true' : 'false'}
            @click=${() => this.switchView(v)}
          >
            ${t(lang, `embedView.${v}`)}
          </button>`,
      )}
    </div>`;
  }
}
