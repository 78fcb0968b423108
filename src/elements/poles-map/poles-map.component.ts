// SPDX-License-Identifier: MIT
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Topology } from 'topojson-specification';
import { pageGlSupport } from '../../controllers/gl-support.ts';
import { need, needWhen } from '../lazy.ts';
import { MapController, preloadEngine } from '../../controllers/map.controller.ts';
import { MemberImportController, REPORT_LIMIT } from '../../controllers/member-import.controller.ts';
import { LoadsController } from '../../controllers/loads.controller.ts';
import { VisibilityController } from '../../controllers/visibility.controller.ts';
import { WidthController } from '../../controllers/width.controller.ts';
import { StageScaleController } from '../../controllers/stage-scale.controller.ts';
import { defaultDataBase, fetchDataFile, loadDataset, type Dataset } from '../../data/dataset.ts';
import { worldCountries } from '../../geo/france.ts';
import type { Inset } from '../../geo/insets.ts';
import { plural, t, type Lang } from '../../i18n/messages.ts';
import { BasemapError } from '../../map/basemap-error.ts';
import type { PickedObject } from '../../map/engine.ts';
import {
  METROPOLE_BOUNDS,
  NARROW_MAP,
  arcsBounds,
  WIDE_MAP,
  partnersBounds,
  regionsBounds,
  selectionBounds,
  subjectPadding,
  stageLegendSide,
} from '../../map/frame.ts';
import { PARIS_MIN_HEIGHT } from '../../map/inset-layout.ts';
import { baseGeo, mapViewOf, mapViewSteps, type AnalysisData, type BaseGeo } from '../../map/map-view.ts';
import { nextTask, runSliced } from '../../map/sliced.ts';
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
import { unknownPoleOf, withKnownPole } from './unknown-pole.ts';
import { renderGroupList, type GroupList } from './group-list.ts';
import type * as InsetKit from './insets.ts';
import type { InsetPicture } from '../../map/inset-picture.ts';
import { prepareLegend, renderLegend } from './legend.ts';
import { STAGE_MOVE_MS, measureStagePadding } from './stage.ts';
import type { LegendModel } from '../poles-legend/legend-model.ts';
import type { TimeFile } from '../../data/time/types.ts';
import type { PartnershipProject } from '../../data/projects/format.ts';
import type { projectsView } from '../../map/projects.ts';
import { siteYearsText } from '../../ui/site-years.ts';
import { polesMapStyles } from './poles-map.styles.ts';
import { polesMapStageStyles } from './poles-map.stage.styles.ts';

function sameCamera(a: Camera, b: Camera | null): boolean {
  return (
    !!b &&
    Math.abs(a.lon - b.lon) < 1e-4 &&
    Math.abs(a.lat - b.lat) < 1e-4 &&
    Math.abs(a.zoom - b.zoom) < 0.01
  );
}

/**
 * What the element's own failures name in their `error` event (`members` is the import's,
 * `context-limit` a lost context that never came back).
 */
type FailureReason = 'data' | 'map' | 'basemap';

interface Failure {
  reason: FailureReason;
  message: string;
  /** The online base map's failure, shown with its cause and the way back to the default one. */
  basemap: BasemapError | null;
}

/** A promise settled from outside, that says whether it has been. */
interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
  settled: boolean;
}

function deferred(): Deferred {
  const d = { settled: false } as Deferred;
  d.promise = new Promise<void>((resolve, reject) => {
    d.resolve = () => ((d.settled = true), resolve());
    d.reject = (error) => ((d.settled = true), reject(error));
  });
  // A host that does not await `ready` gets the `error` event, not an unhandled rejection.
  d.promise.catch(() => undefined);
  return d;
}

/** Seconds without a restored context before the map offers to rebuild itself. */
const RESTORE_WAIT_MS = 3000;

/** Below this width (several small maps on a page), the messages over the map take a smaller font. */
const SMALL_MAP = 360;

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

/** What the drawn view is made of: a change of any of them computes and draws it again. */
const VIEW_INPUTS = [
  'data',
  'state',
  'partnerships',
  'territories',
  'communes',
  'evolution',
  'projects',
  'projectsOf',
  ...ATTRIBUTES,
];

/**
 * The map of the pôles: HQs by sector and documented member sites by kind, on our offline base map.
 * Used by the app (which sets `state`) or embedded alone (attributes describe the view).
 *
 * @event pole-select - `detail: { id: string | null }` when the user selects a pôle (or clears it).
 * @event view-change - `detail: { view: 'sites' | 'density' | 'links' }` when the user switches view.
 * @event link-select - `detail: { selection }` when the user picks a partnership arc or partner.
 * @event camera-change - `detail: { lon, lat, zoom }` after the user moved the map.
 * @event error - `detail: { message, reason }` once per failure: `reason` is `data` (a data file could
 *   not be loaded), `map` (the map engine could not be loaded or draw), `basemap` (the `basemap`
 *   style: refused by the page's policy, http: on an https: page, unreachable, an HTTP error, HTML,
 *   truncated JSON, not a valid style, or none of its tiles loaded), `members` (the `members-src`
 *   list) or `context-limit` (the browser took the map's WebGL context and did not give it back).
 *   The element shows the message in its language with a retry button (and, for `basemap`, one back
 *   to the default base map; for `context-limit`, one that reloads the map); `ready` rejects with the
 *   same message when it fails first.
 * @event concentration-change - `detail: { view }`, the legend, table and gap analysis of the
 *   concentration layer shown (null for the sites layer), for the app's side panel.
 * @csspart map - the map area.
 * @csspart legend - the legend box.
 * @csspart insets - the overseas insets (on a narrow map, every inset, folded into one control).
 * @csspart paris-inset - the inset of Paris and the petite couronne, at the national scale.
 * @csspart attribution - the always-visible attribution line.
 * @csspart overview - the "Vue d'ensemble" button, back to the whole of France.
 * @csspart notice - the notice of a `pole` that names no pôle of the data (nothing is selected then).
 * @csspart group-list - the list of the pôles and sites at one point, opened by a click on its hub or badge.
 * @cssproperty --poles-map-min-height - minimum height of the element. @default 320px
 * @cssproperty --poles-map-max-height - maximum height of the element. @default max(480px, 85vh)
 * @cssproperty --poles-map-aspect-ratio - width / height when the page gives no height. @default 4 / 3 (1 under 600px)
 */
export class PolesMap extends LitElement {
  static override styles = [polesMapStyles, polesMapStageStyles];

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
  /**
   * URL of an online MapLibre style, an opt-in: the default base map makes no request. A new value
   * redraws the map on that style (same layers, same place); removed, our offline base map is back.
   * A style that fails is an `error` event (`basemap`) with a way back to the default. @default null
   */
  @property({ reflect: true }) basemap: string | null = null;
  /**
   * A big-screen layout (present.html): its texts grow with the screen (24 px at 1080p); the legend
   * and the attribution stand beside the framed subject or under it, never over it; every new state
   * is framed again with an animated move (instant with reduced motion); no overview button.
   * @default false
   */
  @property({ type: Boolean, reflect: true }) stage = false;
  /**
   * `lazy`: no data and no map engine are downloaded until the element comes within about one screen
   * of the viewport; `eager`: at once, wherever the element is. @default 'lazy'
   */
  @property({ reflect: true }) loading: string | null = null;
  /** The whole view state (the app sets it); when null, the attributes describe the view. */
  @property({ attribute: false }) state: ViewState | null = null;
  /** The data to show; loaded from the data folder next to the module when not given. */
  @property({ attribute: false }) data: Dataset | null = null;
  /** Partnership projects to draw in the partnership view, coloured by stage (the app's import). @default null */
  @property({ attribute: false }) projects: readonly PartnershipProject[] | null = null;

  @state() private hover: Hover | null = null;
  /** The pôles and sites of a group's hub or badge, listed after a click. */
  @state() private group: GroupList | null = null;
  @state() private failure: Failure | null = null;
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
  /** On a stage: the legend beside the subject (France) or under it (the partners' world). */
  private legendSide: 'side' | 'bottom' = 'side';
  /** Whether the WebGL map has drawn its first frame with data, replacing the early paint. */
  @state() private handedOver = false;
  /** Loaded on the first switch to the partnership view, for its arcs. */
  @state() private partnerships: PartnershipsFile | null = null;
  /** Loaded with the first list of projects drawn: the code that places them. */
  @state() private projectsOf: typeof projectsView | null = null;
  /** Loaded with the first concentration layer shown. */
  @state() private territories: TerritoriesFile | null = null;
  /** Loaded with the first gap analysis (2 MB): the communes and their populations. */
  @state() private communes: CommunesFile | null = null;
  /** Loaded with the first Évolutions view: labels, events and seats over time, and the comparison. */
  @state() private evolution: AnalysisData['evolution'] = null;
  private mapped: ReturnType<typeof mapViewOf> | null = null;
  @query('.map') private container!: HTMLDivElement;

  private readyState = deferred();
  /**
   * Resolves once the first frame with data has been drawn; rejects if a failure comes first. After
   * a way out of a failure (retry, back to the default base map) or a new `basemap`, a new promise,
   * for the map drawn again. A map waiting for a WebGL context of the page's budget has not drawn:
   * its `ready` resolves once it has one and has drawn.
   */
  get ready(): Promise<void> {
    return this.readyState.promise;
  }
  private paintedState = deferred();
  /**
   * Resolves once France and the pôles are on screen: the early paint (SVG, in the WebGL map's
   * projection) drawn before the map engine has arrived, or the map itself if it came first; rejects
   * if a failure comes first (renewed with `ready`).
   */
  get painted(): Promise<void> {
    return this.paintedState.promise;
  }
  /** The base map the map was built with (the `basemap` attribute then), to follow its changes. */
  private builtBasemap: string | null = null;
  /** Nothing is downloaded before the element comes near the viewport, unless `loading="eager"`. */
  private readonly visibility = new VisibilityController(
    this,
    () => this.loading === 'eager',
    () => this.arrive(),
  );
  private readonly mapController = new MapController(this, (engine) =>
    engine.then(
      () => this.redraw(),
      (error: unknown) => this.fail(error),
    ),
  );
  /** The data files under way (once per element, however often it is moved meanwhile). */
  private dataLoading: Promise<void> | null = null;
  /** Aborts the downloads on a removal for good; back in the page, the files missing load again. */
  private readonly loads = new LoadsController(this, () => {
    this.requestUpdate();
    if (this.visibility.near) this.loadData();
    if (this.viewState.view === 'links') this.loadLinkFiles();
  });
  /** The legend starts open on a wide map; the insets fold on a narrow one; messages shrink on a small one. */
  private readonly width = new WidthController(this, [SMALL_MAP, NARROW_MAP, WIDE_MAP]);
  /** On a stage, the symbols and lines grow with the screen as the texts do (MapView.scale). */
  private readonly stageScale = new StageScaleController(this, () => this.stage);
  /** The scale of the view drawn last. */
  private drawnScale = 1;
  private readonly memberImport = new MemberImportController(
    this,
    (members) => void this.showMembers(members),
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
  /** The box last framed for the view (frameView), and whether the user has moved the map since. */
  private framed: { box: string; moved: boolean } | null = null;
  /** Whether the partners' world awaits its frame until their arcs arrive. */
  private framePartners = false;
  /** The camera last set by the user or restored, so that only a different one moves the map. */
  private lastCamera: Camera | null = null;
  private restoreTimer = 0;
  /** The documented sites while an imported list replaces them. */
  private documented: MembersFile | null = null;
  /** Counts the lists handed to showMembers(), so that only the last one is shown. */
  private membersCalls = 0;
  /** The members-src list imported (or under way), so that a re-render does not import it again. */
  private importedFrom: string | null = null;

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

  /**
   * Where the symbol of a pôle (or of a member site, `layer` 'members') is drawn, in this element's
   * CSS pixels: symbols sharing a point are spread on a ring around it. Null when it is not drawn.
   */
  drawnAt(id: string, layer: 'poles' | 'members' = 'poles'): { x: number; y: number } | null {
    return this.mapController.drawnAt(layer, id);
  }

  /**
   * Near the viewport (or eager): the data, with the early paint's chunk meanwhile; the engine comes
   * with the data (startMap), or at once when eager, as the page then wants the map without delay.
   */
  private arrive(): void {
    if (this.loading === 'eager') preloadEngine();
    if (!this.noGl) need('poles-early-map').catch(() => undefined);
    this.loadData();
    // Data given by the host before the element came near: the map starts now, and draws what its
    // last update could not (it had no map to draw on then).
    if (this.data && this.geo && !this.noGl && this.hasUpdated) {
      this.startMap(this.geo);
      this.redraw();
    }
  }

  private loadData(): void {
    if (this.data || this.dataLoading) return;
    this.dataLoading = loadDataset(undefined, this.loads.signal).then(
      (data) => void (this.data ??= data),
      (error: unknown) => {
        // Retried from scratch by the retry button.
        this.dataLoading = null;
        this.fail(error, 'data');
      },
    );
  }

  /** The retry button: the data again if it failed, else a new map engine. */
  private retry(): void {
    this.failure = null;
    this.renewReady();
    if (this.data) this.rebuildMap();
    else this.loadData();
  }

  /** The way out of a failed online base map: our offline one (the attribute is removed). */
  private backToDefaultBasemap(): void {
    this.basemap = null;
  }

  /** A new `ready` for the map drawn again, once the last one has settled. */
  private renewReady(): void {
    if (this.readyState.settled) this.readyState = deferred();
    if (this.paintedState.settled) this.paintedState = deferred();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.restoreTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (ATTRIBUTES.some((name) => changed.has(name)) || !this.hasUpdated) this.readAttributes();
    if (changed.has('loading') && this.loading === 'eager') this.visibility.load();
    if (this.data && (changed.has('membersSrc') || (changed.has('data') && !this.importedFrom)))
      this.importMembers();
    if (!this.data || this.noGl) return;
    if (changed.has('data')) {
      this.geo = baseGeo(this.data.france);
      // Before this update renders the data into the page, so that MapLibre's worker tiles the base
      // map meanwhile. On the first update the map's container is not rendered yet: firstUpdated() then.
      if (this.hasUpdated && this.visibility.near) this.startMap(this.geo);
    }
    this.loadInsets();
    if (this.insetKit && (changed.has('data') || changed.has('insetKit'))) {
      ({ overseas: this.insets, paris: this.paris } = this.insetKit.mapInsets(
        this.geo!.basemap.departements,
      ));
    }
    this.loadAnalysisFiles();
    // Computed before rendering so that the legend and the tables follow in the same update.
    if (VIEW_INPUTS.some((name) => changed.has(name))) {
      const before = this.mapped?.concentration ?? null;
      this.mapped = mapViewOf(
        this.data,
        withKnownPole(this.viewState, this.data.poles),
        this.geo!,
        this.partnerships,
        {
          territories: this.territories,
          communes: this.communes,
          evolution: this.evolution,
          projects: this.projects && this.projectsOf ? { list: this.projects, of: this.projectsOf } : null,
        },
      );
      // A stage shows the partnerships at the world's scale, read from the back of a hall: the
      // sites would be specks around France under the arcs, and their key would crowd the arcs' own.
      if (this.stage && this.viewState.view === 'links')
        this.mapped = { ...this.mapped, view: { ...this.mapped.view, members: [] } };
      if (this.mapped.concentration !== before)
        this.emit('concentration-change', { view: this.mapped.concentration });
    }
    if (
      this.insetKit &&
      this.mapped &&
      (changed.has('insetKit') || VIEW_INPUTS.some((name) => changed.has(name)))
    ) {
      const all = [...this.insets, ...(this.paris ? [this.paris] : [])];
      this.pictures = this.insetKit.insetPictures(all, this.mapped.view);
    }
    needWhen({ 'poles-legend': this.legends().length > 0 });
    if (this.stage && this.geo) {
      const box = this.getBoundingClientRect();
      this.legendSide = stageLegendSide(this.frame(), box.width, box.height);
    }
  }

  /**
   * An imported list replaces the documented sites; `null` (removing `members-src`) gives them back.
   * What the view computes over every site is computed first, in tasks of its own (mapViewSteps()
   * and the legend's facts): the update that shows 100,000 sites then has only the rest to do.
   */
  private async showMembers(members: MembersFile | null): Promise<void> {
    const data = this.data;
    if (!data) return;
    const call = ++this.membersCalls;
    const next = { ...data, members: members ?? this.documented ?? data.members };
    const state = withKnownPole(this.viewState, data.poles);
    const shown = await runSliced(mapViewSteps(next, state));
    await nextTask();
    prepareLegend(shown.members);
    await nextTask();
    // A later list (or its removal) came meanwhile: it is the one to show.
    if (call !== this.membersCalls || !this.data) return;
    this.documented ??= this.data.members;
    this.data = { ...this.data, members: members ?? this.documented };
    if (!members) this.documented = null;
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
      fetchDataFile<TerritoriesFile>('territories.json', undefined, this.loads.signal).then(
        (file) => (this.territories ??= file),
        (error: unknown) => this.fail(error),
      );
    }
    if (this.viewState.view === 'evolutions' && !this.evolution) {
      Promise.all([
        fetchDataFile<TimeFile>('time.json', undefined, this.loads.signal),
        import('../../map/evolutions.ts'),
      ]).then(
        ([time, module]) => (this.evolution ??= { time, of: module.evolutionOf }),
        (error: unknown) => this.fail(error),
      );
    }
    if (this.projects?.length && !this.projectsOf) {
      import('../../map/projects.ts').then(
        (module) => (this.projectsOf ??= module.projectsView),
        (error: unknown) => this.fail(error),
      );
    }
    if (layer === 'gaps' && !this.communes) {
      fetchDataFile<CommunesFile>('communes.json', undefined, this.loads.signal).then(
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
    if (this.data && !this.noGl && this.visibility.near) this.startMap(this.geo!);
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
        .then(() => {
          this.readyState.resolve();
          this.paintedState.resolve();
        });
      return;
    }
    this.followBasemap();
    this.followView(changed);
    const camera = this.viewState.camera;
    // The window went to another screen (the hall's projector): the symbols grow, and the subject is
    // framed again at once in the new room; so it is when the insets' column (a chunk of its own)
    // comes after the first frame and takes its room at the left.
    const rescaled = this.stageScale.value !== this.drawnScale;
    if (changed.has('state') && camera && !sameCamera(camera, this.lastCamera)) {
      this.lastCamera = camera;
      this.mapController.jumpTo(camera, this.stage ? STAGE_MOVE_MS : 0);
    } else if (this.stage && !camera && (changed.has('state') || changed.has('partnerships'))) {
      void this.frameStage();
    } else if (this.stage && !camera && (rescaled || changed.has('insetKit'))) {
      void this.frameStage(0);
    }
    if (VIEW_INPUTS.some((name) => changed.has(name)) || rescaled) this.redraw();
  }

  private redraw(): void {
    if (!this.mapped) return;
    const { regionMap } = this.mapped;
    this.drawnScale = this.stageScale.value;
    const view = this.drawnScale === 1 ? this.mapped.view : { ...this.mapped.view, scale: this.drawnScale };
    this.lastDraw = this.mapController.show(view, regionMap).then(
      () => this.handOver(),
      (error: unknown) => this.fail(error, 'map'),
    );
  }

  /** The WebGL map has drawn: it replaces the early paint, at the same place (same projection and frame). */
  private handOver(): void {
    this.readyState.resolve();
    this.paintedState.resolve();
    if (this.handedOver) return;
    this.handedOver = true;
    // A tooltip of the early paint: the WebGL map's own picking takes over at the next move.
    this.hover = null;
  }

  /**
   * A new `basemap` after the map was built (or removed: our offline base map): a new engine on it,
   * where the map looked, with the same layers (redraw() follows in this update). A failure of the
   * previous base map is over.
   */
  private followBasemap(): void {
    const url = this.attrs.basemap;
    if (url === this.builtBasemap) return;
    const rebuilt = this.mapController.setBasemap(url);
    this.builtBasemap = url;
    if (this.failure?.reason === 'basemap') this.failure = null;
    this.renewReady();
    rebuilt?.catch((error: unknown) => this.fail(error, 'map'));
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
    if (view === this.shownView && regions === this.framedRegions && !selecting && !partnersArrived) {
      if (VIEW_INPUTS.some((name) => changed.has(name))) this.reframe();
      return;
    }
    const switched = view !== this.shownView;
    this.shownView = view;
    this.framedRegions = regions;
    if (switched && view === 'links') this.loadLinkFiles();
    // On the first draw the engine frames the view itself (startMap); a camera restored from the
    // URL with the switch (a shared link, back/forward) wins over the default frame.
    const restoring = this.viewState.camera && !sameCamera(this.viewState.camera, this.lastCamera);
    if (switched && view === 'links') this.framePartners = !restoring && !this.partnerships;
    if (!changed.has('data') && !restoring && !this.stage) this.frameView(switched || partnersArrived);
    // The engine, started before this update's view was computed, framed the subject without it.
    else this.reframe();
  }

  /**
   * Frames the view's subject clear of the legend and the insets, and remembers that box: a subject
   * that grows as its files arrive (a pôle's footprint) is framed again, unless the user has moved
   * the map meanwhile.
   */
  private frameView(report: boolean): void {
    const bounds = this.frame();
    this.rememberFrame(bounds);
    void this.mapController.fitBounds(bounds, report, { padding: this.subjectPadding(bounds) });
  }

  /** The box just framed, not moved by the user yet (frameView, or the engine's first frame). */
  private rememberFrame(bounds: readonly number[]): void {
    this.framed = { box: bounds.join(), moved: false };
  }

  /** frameView() again when the subject's box has changed since (see there). */
  private reframe(): void {
    if (this.stage || !this.framed || this.framed.moved || this.viewState.camera) return;
    if (this.frame().join() !== this.framed.box) this.frameView(false);
  }

  private subjectPadding(bounds: [number, number, number, number]) {
    const { clientWidth, clientHeight } = this.container;
    return subjectPadding(bounds, clientWidth, clientHeight, this.viewState.view !== 'links');
  }

  /** The partnerships and the world's countries, for the partnership view. */
  private loadLinkFiles(): void {
    if (this.partnerships) return;
    const { signal } = this.loads;
    fetchDataFile<PartnershipsFile>('partnerships.json', undefined, signal).then(
      (file) => (this.partnerships = file),
      (error: unknown) => this.fail(error),
    );
    fetchDataFile<Topology>('world.topo.json', undefined, signal)
      .then((world) => this.mapController.showWorld(worldCountries(world)))
      .catch((error: unknown) => this.fail(error));
  }

  /**
   * On a stage, frames the subject of the new state in the room its keys leave, once the keys have
   * drawn their final size (the concentration and Évolutions legends are elements of their own).
   */
  private async frameStage(duration = STAGE_MOVE_MS): Promise<void> {
    await this.updateComplete;
    const legends = [...this.renderRoot.querySelectorAll<LitElement>('poles-legend')];
    await Promise.all(legends.map((legend) => legend.updateComplete));
    // Each stop of a talk frames its subject anew.
    await this.mapController.fitBounds(this.frame(), false, {
      padding: measureStagePadding(this.renderRoot, this.getBoundingClientRect()),
      stageDuration: duration,
    });
  }

  /**
   * What the view frames: the partners' world, the selected pôle (its footprint, HQ and sites), the
   * régions filtered (a `region` embed), or France.
   */
  private frame(): [number, number, number, number] {
    const state = this.viewState;
    if (state.view === 'links')
      return (this.stage ? arcsBounds : partnersBounds)(this.mapped?.view.arcs ?? []);
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
    this.builtBasemap = this.attrs.basemap;
    this.framePartners = this.viewState.view === 'links' && !this.viewState.camera && !this.partnerships;
    const bounds = this.frame();
    this.rememberFrame(bounds);
    this.mapController
      .start({
        container: this.container,
        basemap: geo.basemap,
        styleUrl: this.attrs.basemap,
        onBasemapError: (error) => this.fail(error),
        // Embedded in a page, the map must not swallow the page's scrolling.
        cooperativeGestures: this.state === null,
        camera: this.viewState.camera,
        bounds,
        padding: this.stage
          ? measureStagePadding(this.renderRoot, this.getBoundingClientRect())
          : this.subjectPadding(bounds),
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
      if (this.gl !== 'lost') return;
      // Not given back: in practice the browser's limit of live contexts per page (16 in Chromium),
      // reached by the host's own WebGL, whose eviction is never restored.
      this.gl = 'stuck';
      const message = 'the browser took the WebGL context of the map and did not give it back';
      if (!this.readyState.settled) this.readyState.reject(new Error(message));
      this.emit('error', { message, reason: 'context-limit' });
    }, RESTORE_WAIT_MS);
  }

  /** The context is back: a new engine on it (the old one cannot draw again, see engine.ts). */
  private onContextRestored(): void {
    clearTimeout(this.restoreTimer);
    this.rebuildMap();
  }

  /** The "reload the map" button: a new engine, drawn with the current state. */
  private rebuildMap(): void {
    if (this.gl === 'stuck') this.renewReady();
    this.gl = 'ok';
    this.mapController.rebuild()?.then(
      () => this.redraw(),
      (error: unknown) => this.fail(error, 'map'),
    );
  }

  /**
   * Shows the failure and reports it once (`error` event, `ready` rejected) until a way out. A base
   * map's failure is `basemap` whichever path reported it (the engine's start or its first frame).
   */
  private fail(error: unknown, reason: FailureReason = 'data'): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    if (this.failure !== null) return;
    const basemap = error instanceof BasemapError ? error : null;
    const message = error instanceof Error ? error.message : String(error);
    this.failure = { reason: basemap ? 'basemap' : reason, message, basemap };
    if (!this.readyState.settled) this.readyState.reject(new Error(message));
    if (!this.paintedState.settled) this.paintedState.reject(new Error(message));
    this.emit('error', { message, reason: this.failure.reason });
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private emitCamera(camera: Camera): void {
    this.lastCamera = camera;
    if (this.framed) this.framed.moved = true;
    this.emit('camera-change', camera);
  }

  private onHover(picked: PickedObject | null): void {
    const text =
      picked && this.data
        ? (this.mapped?.evolution?.tooltip(picked) ??
          this.mapped?.concentration?.tooltip(picked) ??
          hoverText(this.langCode, picked, this.data, this.partnerships, this.mapped?.view.projectArcs))
        : null;
    this.hover = text && picked ? { text, x: picked.x, y: picked.y } : null;
  }

  private onClick(picked: PickedObject | null): void {
    this.group = picked?.layer === 'colocated' ? { items: picked.all ?? [], x: picked.x, y: picked.y } : null;
    if (this.group) return;
    if (picked?.layer === 'partner-arcs' || picked?.layer === 'partner-points') {
      this.emit('link-select', {
        selection: `${picked.layer === 'partner-arcs' ? 'edge' : 'partner'}:${picked.id}`,
      });
      return;
    }
    // A territory, a hexagon or a project only has a tooltip: clicking it keeps the selection.
    if (picked && (CONCENTRATION_LAYERS.includes(picked.layer) || picked.layer === 'project-arcs')) return;
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
    const bounds =
      this.viewState.view === 'links' ? partnersBounds(this.mapped?.view.arcs ?? []) : METROPOLE_BOUNDS;
    void this.mapController.fitBounds(bounds, true, { padding: this.subjectPadding(bounds) });
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
      ${this.renderEarlyPaint()} ${this.failure ? this.renderFailure(lang, this.failure) : nothing}
      ${this.gl !== 'ok' ? this.renderGlLost(lang) : nothing}
      ${(this.mapController.parked || this.visibility.far) && !this.failure ? this.renderParked(lang) : nothing}
      ${this.renderImport(lang)} ${this.renderUnknownPole(lang)} ${tooltipBox(this.hover)}
      ${
        this.group && this.data
          ? renderGroupList(
              lang,
              this.group,
              this.data,
              (id) => ((this.group = null), this.selectPole(id)),
              () => (this.group = null),
            )
          : nothing
      }
      ${this.stage ? html`<div class="stage-keys ${this.legendSide}">${this.renderKeys(lang, full)}</div>` : this.renderKeys(lang, full)}
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
    // On a stage, Paris heads the insets' column, clear of France at any height.
    const withParis = this.paris && this.national && (folded || this.tall || this.stage);
    const paris = withParis ? drawn(this.paris!, this.insets.length) : null;
    const n = overseas.length + (paris ? 1 : 0);
    const summary = paris ? t(lang, 'map.insetsFoldedParis', { n }) : t(lang, 'map.insetsFolded', { n });
    return kit.renderInsets(
      overseas,
      paris,
      (inset) => this.mapController.fitBounds(inset.bounds),
      folded ? summary : null,
      this.stage,
    );
  }

  /**
   * The legend and the attribution; on a stage they stand together beside or under the subject, and
   * the attribution names the base map only (the slide's source line names the data).
   */
  private renderKeys(lang: Lang, full: boolean) {
    return html`${
      full
        ? renderLegend(
            lang,
            this.width.atLeast(WIDE_MAP),
            this.mapped?.view,
            this.legends(),
            siteYearsText(lang, this.viewState.siteYears, this.viewState.year),
            this.stage,
          )
        : nothing
    }
    ${
      this.noGl
        ? nothing
        : html`<p class="attribution" part="attribution">
            ${t(lang, 'map.attribution')}${this.stage ? nothing : html` · ${t(lang, 'map.dataSources')}`}
          </p>`
    }`;
  }

  /**
   * France and the pôles before the WebGL map has drawn, in its projection and frame, over its
   * container; hover and click as on the map. A chunk of its own, loaded with the data.
   */
  private renderEarlyPaint() {
    if (this.noGl || this.handedOver || !this.mapped || !this.geo) return nothing;
    return html`<poles-early-map
      class="early"
      .view=${this.mapped.view}
      .basemap=${this.geo.basemap}
      .regionMap=${this.mapped.regionMap}
      .camera=${this.viewState.camera}
      .bounds=${this.frame()}
      .insets=${this.viewState.view !== 'links'}
      @early-paint=${() => this.paintedState.resolve()}
      @early-hover=${(e: CustomEvent<PickedObject | null>) => this.onHover(e.detail)}
      @early-click=${(e: CustomEvent<PickedObject | null>) => this.onClick(e.detail)}
    ></poles-early-map>`;
  }

  /** The legends of the concentration layer or of the Évolutions view. */
  private legends(): LegendModel[] {
    const concentration = this.mapped?.concentration?.legend;
    return [...(concentration ? [concentration] : []), ...(this.mapped?.evolution?.legends ?? [])];
  }

  /** A notice, not a failure: the map is drawn, with nothing selected. */
  private renderUnknownPole(lang: Lang) {
    const id = this.data && unknownPoleOf(this.viewState, this.data.poles);
    return id
      ? html`<p class="notice" part="notice" role="status">${t(lang, 'map.unknownPole', { id })}</p>`
      : nothing;
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

  private renderFailure(lang: Lang, { reason, message, basemap }: Failure) {
    const text = basemap
      ? t(lang, 'basemap.failed', {
          url: basemap.url,
          cause: t(lang, `basemap.${basemap.kind}`, { detail: basemap.detail }),
        })
      : t(lang, reason === 'map' ? 'map.drawError' : 'app.error', { message });
    return html`<div class="status failure ${this.statusSize()}" role="alert">
      <p>
        ${text}
        <span class="actions">
          <button type="button" class="retry" @click=${this.retry}>${t(lang, 'map.retry')}</button>
          ${
            basemap
              ? html`<button type="button" class="default-basemap" @click=${this.backToDefaultBasemap}>
                  ${t(lang, 'basemap.default')}
                </button>`
              : nothing
          }
        </span>
      </p>
    </div>`;
  }

  private statusSize(): string {
    return this.width.atLeast(SMALL_MAP) ? '' : 'small';
  }

  /**
   * Never a blank box: past the page's budget of WebGL contexts, or far from the viewport (a lazy
   * map that has loaded nothing yet), a placeholder whose button draws the map at once, wherever it is.
   */
  private renderParked(lang: Lang) {
    const far = !this.mapController.parked;
    return html`<div class="status ${far ? 'far' : 'parked'} ${this.statusSize()}" role="status">
      <p>
        ${t(lang, far ? 'map.far' : 'map.parked')}
        <span class="actions">
          <button type="button" class="show-map" @click=${this.showNow}>${t(lang, 'map.parkedShow')}</button>
        </span>
      </p>
    </div>`;
  }

  /** The placeholder's button: the map now, near the viewport or not, within the budget or not. */
  private showNow(): void {
    this.mapController.claim();
    this.visibility.load();
  }

  private renderGlLost(lang: Lang) {
    return html`<div class="status gl-lost ${this.statusSize()}" role="alert">
      <p>
        ${t(lang, this.gl === 'stuck' ? 'map.glStuck' : 'map.glLost')}
        ${
          this.gl === 'stuck'
            ? html`<span class="actions">
                <button type="button" class="rebuild" @click=${this.rebuildMap}>
                  ${t(lang, 'map.glRebuild')}
                </button>
              </span>`
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
