// SPDX-License-Identifier: MIT
// Everything that needs MapLibre or deck.gl, loaded with import() so that a page without WebGL, or a
// diagram-only view, never downloads the map engines.
import {
  Map as MapLibreMap,
  getGlobalDispatcher,
  type GeoJSONSource,
  type StyleSpecification,
} from 'maplibre-gl';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { ScatterplotLayer } from '@deck.gl/layers';
import './worker.ts';
import {
  basemapStyle,
  regionLineChanges,
  REGION_SOURCES,
  type BasemapData,
  type RegionMap,
} from './basemap-style.ts';
import type { BasemapError } from './basemap-error.ts';
import { watchBasemap, type BasemapWatch } from './basemap-watch.ts';
import { framePadding, type FramePadding } from './frame.ts';
import { buildLayers, needsOverlays, type Label, type MapView, type OverlayLayers } from '../layers/index.ts';
import {
  colocationOf,
  drawnSymbols,
  type LonLatBox,
  placerOf,
  prepareColocation,
  symbolLabels,
} from '../layers/colocation/colocation.ts';
import { nextTask, runSliced } from './sliced.ts';
import { packSteps, repositioned } from '../layers/members/pack.ts';
import { sitePositionsSteps } from '../layers/members/site-positions.ts';
import { runToEnd } from '../data/steps.ts';
import { MEMBERS_LAYER, type MemberSite } from '../layers/members/members.layer.ts';
import {
  groupId,
  isGroupLayer,
  prepareGroupMarks,
  COLOCATED_LAYER,
} from '../layers/colocation/colocation.layer.ts';
import { symbolsAt, type SymbolRef } from './colocated-pick.ts';
import { HEXBIN_LAYER } from '../layers/hexbin/bins.ts';
import { LabelsOverlay } from '../layers/labels/labels.ts';
import type { Camera } from '../state/view-state.ts';
import type { FeatureCollection as GeoJsonFeatureCollection } from 'geojson';
import { BASEMAP } from '../theme/palette.ts';

const PICKABLE = [
  'poles',
  'members',
  'partner-arcs',
  'partner-points',
  'project-arcs',
  'choropleth',
  'hexbin',
  'gaps-territories',
  'gaps-communes',
  'evolution-marks',
  COLOCATED_LAYER,
] as const;

export interface PickedObject {
  /** `colocated`: the hub or the count badge of symbols sharing a point; `id` names the group. */
  layer: (typeof PICKABLE)[number];
  id: string;
  /** Sites in a picked hexagon. */
  count?: number;
  x: number;
  y: number;
  /**
   * Every pôle and site at that point (pôles first): the symbols under the pointer and those sharing
   * the picked one's point; absent when there is only the one picked.
   */
  all?: SymbolRef[];
}

export interface MapEngineOptions {
  container: HTMLElement;
  basemap: BasemapData;
  /** Where to look first; metropolitan France is framed when null. */
  camera: Camera | null;
  /** What to frame when no camera is given. */
  bounds: [number, number, number, number];
  /** Link every shader before its first draw (a snapshot grabs the first frame); in the background otherwise. */
  linkShadersAtOnce?: boolean;
  /** Room around the first frame; framePadding() of the container's width when not given. */
  padding?: FramePadding;
  /** Called after each camera move made by the user (not by the code). */
  onCamera: (camera: Camera) => void;
  /** Called once the map has loaded and after every move, the code's and a resize's too. */
  onMoveEnd?: () => void;
  onHover: (picked: PickedObject | null) => void;
  /** The WebGL context was lost (GPU reset, tab evicted): the map cannot draw until restored. */
  onContextLost: () => void;
  /** The context came back and the map and its layers draw again. */
  onContextRestored: () => void;
  /**
   * An embedder's online style, fetched and checked from `styleUrl` (basemap-load.ts), instead of our
   * offline base map. @default null
   */
  style?: { url: string; json: object } | null;
  /** The online style failed in MapLibre: invalid, or none of its tiles arrived (basemap-watch.ts). */
  onBasemapError?: (error: BasemapError) => void;
  /** Ctrl/⌘ + wheel to zoom, so that a page with an embedded map still scrolls. @default false */
  cooperativeGestures?: boolean;
  onClick: (picked: PickedObject | null) => void;
}

/**
 * How far from its true point a symbol can be drawn, in CSS pixels at scale 1: the widest group of
 * the data (several pôles and their sites at Paris) reaches 45 px; about twice that, for safety.
 */
const OFF_VIEW_REACH = 100;

const isMembers = (layer: Layer): layer is ScatterplotLayer<MemberSite> => layer.id === MEMBERS_LAYER;

/** What the overlay draws: a view, its overlays, and its members layer packed (layers/members/pack.ts). */
interface Drawn {
  view: MapView;
  overlays?: OverlayLayers;
  members?: ScatterplotLayer<MemberSite>;
}

/**
 * The layers of `drawn` at `zoom` (a zoom's re-layout, on every frame of a zoom): the members layer
 * keeps its packed attributes, but for the sites' positions on their rings at that zoom.
 */
function layersAt(drawn: Drawn, zoom: number): Layer[] {
  const placer = placerOf(drawn.view, zoom);
  return buildLayers(drawn.view, drawn.overlays, zoom).map((layer) =>
    isMembers(layer) && drawn.members
      ? repositioned(
          layer,
          drawn.members,
          runToEnd(sitePositionsSteps(layer.props.data as MemberSite[], placer)),
        )
      : layer,
  );
}

function toPicked(info: Pick<PickingInfo, 'object' | 'layer' | 'x' | 'y'>): PickedObject | null {
  const layerId = info.layer?.id ?? '';
  // A hexagon has no id: one layer per zone (hexbin, hexbin-974...), and a count.
  if (layerId === HEXBIN_LAYER || layerId.startsWith(`${HEXBIN_LAYER}-`)) {
    const cell = info.object as { count?: number; position?: number[] } | undefined;
    return cell?.count
      ? { layer: 'hexbin', id: cell.position?.join(',') ?? '', count: cell.count, x: info.x, y: info.y }
      : null;
  }
  const object = info.object as { id?: string } | undefined;
  const layer = isGroupLayer(layerId) ? COLOCATED_LAYER : layerId;
  const known = PICKABLE.find((name) => name === layer);
  if (!object?.id || !known) return null;
  return { layer: known, id: object.id, x: info.x, y: info.y };
}

let maplibreSheet: CSSStyleSheet | null = null;

/**
 * Adopts MapLibre's CSS in the shadow root (or document) that holds `container`: document styles
 * never reach a shadow root (ENGINEERING.md B.2). Here rather than in the element's styles, so that
 * it downloads with the engine, not with every page's first JS (about 10 kB gzip). First, so that
 * the element's own styles override it. A constructed sheet: `style-src 'self'` allows it.
 */
function adoptMapLibreCss(container: HTMLElement): void {
  const root = container.getRootNode();
  if (!(root instanceof ShadowRoot || root instanceof Document)) return;
  if (!maplibreSheet) {
    maplibreSheet = new CSSStyleSheet();
    maplibreSheet.replaceSync(maplibreCss);
  }
  if (!root.adoptedStyleSheets.includes(maplibreSheet))
    root.adoptedStyleSheets = [maplibreSheet, ...root.adoptedStyleSheets];
}

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * When the last map's removal terminates MapLibre's workers, MapLibre 6 aborts its global
 * dispatcher's messages with an Error made inside map.remove(), kept until a map starts workers
 * again. Until its stack is formatted, V8 keeps that stack's frames, whose receivers are the removed
 * map, its style and its canvas: reading the stack lets them be collected.
 */
function releaseTerminationStack(): void {
  const dispatcher = getGlobalDispatcher() as unknown as { workersAbortController?: AbortController };
  const reason: unknown = dispatcher.workersAbortController?.signal.reason;
  if (reason instanceof Error) void reason.stack;
}

/** The part of deck.gl's luma.gl animation loop that holds its device, or the promise of it. */
interface DeckLoop {
  props: { device: Promise<DeckDevice | null> | DeckDevice | null };
}

/** The part of a luma.gl device whose canvas context observes the canvas. */
interface DeckDevice {
  getDefaultCanvasContext(): { destroy(): void };
}

/** One MapLibre map with its deck.gl overlay interleaved in the same WebGL2 context. */
export class MapEngine {
  readonly map: MapLibreMap;
  private readonly overlay: MapLibreOverlay;
  private readonly loaded: Promise<void>;
  private readonly onCamera: (camera: Camera) => void;
  /** Settles when deck.gl has its device and draws (its onLoad). */
  private readonly deckLoaded: Promise<void>;
  private showCalls = 0;
  private destroyed = false;
  private readonly basemap: BasemapData;
  private formerRegionsSet = false;
  /** Watches the embedder's online style, when there is one. */
  private readonly basemapWatch: BasemapWatch | null = null;
  /** The territory names over the map (and on its exports, snapshot.ts). */
  readonly labels: LabelsOverlay;
  /** Keeps the territory names on their territories as the camera or the map's size changes. */
  private readonly placeLabels = () => this.labels.place();
  /** The view drawn last and its overlays, laid out again as the zoom changes. */
  private drawnView: Drawn | null = null;
  private drawnLabels: { territories: Label[]; symbols: Label[]; all: Label[] } | null = null;
  /** Symbols sharing a point keep their rings' size in pixels: their positions follow the zoom. */
  private readonly relayout = () => {
    const drawn = this.drawnView;
    if (!drawn || !colocationOf(drawn.view).layout.groups.length || !this.map.hasControl(this.overlay))
      return;
    this.overlay.setProps({ layers: layersAt(drawn, this.map.getZoom()) });
  };

  constructor(options: MapEngineOptions) {
    adoptMapLibreCss(options.container);
    this.map = new MapLibreMap({
      container: options.container,
      style: (options.style?.json as StyleSpecification | undefined) ?? basemapStyle(options.basemap),
      cooperativeGestures: options.cooperativeGestures ?? false,
      ...(options.camera
        ? { center: [options.camera.lon, options.camera.lat] as [number, number], zoom: options.camera.zoom }
        : {
            bounds: options.bounds,
            // Leave room for the legend (top right) when the map is wide enough to show it open.
            fitBoundsOptions: { padding: options.padding ?? framePadding(options.container.clientWidth) },
          }),
      // Attribution is drawn by the element itself so that it is always visible, in our words.
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      // The partners' world is framed beside the legend: without copies, MapLibre keeps the view
      // inside ±180° and pushes Japan under the legend. Copies show only the base map's countries.
      renderWorldCopies: true,
      // Antialiasing costs ~20% on CPU renderers and the map has no diagonal detail that needs it.
      canvasContextAttributes: { antialias: false },
    });
    this.map.touchZoomRotate.disableRotation();
    if (options.style) {
      const online = options.style;
      this.basemapWatch = watchBasemap(this.map, online.url, online.json as StyleSpecification, (error) =>
        options.onBasemapError?.(error),
      );
    }
    let deckLoaded!: () => void;
    this.deckLoaded = new Promise((resolve) => (deckLoaded = resolve));
    this.overlay = new MapLibreOverlay({
      interleaved: true,
      onLoad: () => deckLoaded(),
      // luma.gl links deck.gl's shaders in the background where the browser can, and skips the draws
      // of a layer until its program is linked: a picture grabbed at the first frame would lack it.
      ...(options.linkShadersAtOnce
        ? { deviceProps: { _disabledFeatures: { 'compilation-status-async-webgl': true } } }
        : {}),
      layers: [],
      onHover: (info) => options.onHover(this.withAll(toPicked(info))),
      getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    });
    // Clicks are picked here rather than through deck's onClick, which did not fire in interleaved
    // mode with a TextLayer in the stack (deck.gl 9.4 + MapLibre 6): one path whatever the layers.
    this.map.on('click', (event) => {
      // Nothing to pick before the first show() adds the overlay.
      const info = this.map.hasControl(this.overlay)
        ? this.overlay.pickObject({ x: event.point.x, y: event.point.y, radius: 2 })
        : null;
      options.onClick(info ? this.withAll(toPicked(info)) : null);
    });
    this.onCamera = options.onCamera;
    this.basemap = options.basemap;
    // After a restore neither MapLibre 6 nor deck.gl 9.4 draws again here (both keep programs of
    // the lost context: "no valid shader program in use"), so the element rebuilds the engine.
    this.map.on('webglcontextlost', () => options.onContextLost());
    this.map.on('webglcontextrestored', () => options.onContextRestored());
    this.map.on('moveend', (event: { originalEvent?: Event }) => {
      if (event.originalEvent) this.reportCamera();
      options.onMoveEnd?.();
    });
    this.labels = new LabelsOverlay(
      options.container,
      (lonLat) => this.project(lonLat),
      () => this.map.getZoom(),
      () => this.symbols(this.viewBox()),
    );
    this.map.on('zoom', this.relayout);
    this.map.on('move', this.placeLabels);
    this.map.on('resize', this.placeLabels);
    this.loaded = new Promise((resolve) => {
      if (this.map.loaded()) resolve();
      else this.map.once('load', () => resolve());
    });
    void this.loaded.then(() => options.onMoveEnd?.());
  }

  /** Draws `view` over `regionMap`, then resolves once MapLibre has rendered it and gone idle. */
  async show(view: MapView, regionMap: RegionMap): Promise<void> {
    const call = ++this.showCalls;
    const overlays = needsOverlays(view)
      ? (await import('../layers/overlays.ts')).buildOverlays(view)
      : undefined;
    await this.loaded;
    // A later view arrived while this one waited for its overlays: drawing this one now would undo it.
    // Or the engine was destroyed (destroy() counts as a call).
    if (call !== this.showCalls) return;
    if (regionMap === '2015' && !this.formerRegionsSet) {
      // An embedder's online style has no such source of ours.
      this.map.getSource<GeoJSONSource>(REGION_SOURCES['2015'])?.setData(this.basemap.regions2015);
      this.formerRegionsSet = true;
    }
    const visibilityOf = (layer: string) =>
      this.map.getLayer(layer) ? this.map.getLayoutProperty(layer, 'visibility') : null;
    for (const [layer, visibility] of regionLineChanges(regionMap, visibilityOf)) {
      this.map.setLayoutProperty(layer, 'visibility', visibility);
    }
    // In tasks of their own, apart from the element's update that computed the view: the layout of
    // co-located symbols and their leaders (in slices), then the layers, then the names (issue 14:
    // 100,000 sites).
    await nextTask();
    await prepareColocation(view);
    if (call !== this.showCalls) return;
    const zoom = this.map.getZoom();
    const placer = placerOf(view, zoom);
    await prepareGroupMarks(placer.layout);
    if (call !== this.showCalls) return;
    const built = buildLayers(view, overlays, zoom);
    const members = built.find(isMembers);
    const sites = members?.props.data as MemberSite[] | undefined;
    const positions = sites && (await runSliced(sitePositionsSteps(sites, placer)));
    const packed = members && positions && (await runSliced(packSteps(members, positions)));
    if (call !== this.showCalls) return;
    this.drawnView = { view, overlays, members: packed };
    // Zoomed meanwhile: the rings' positions of the new zoom, at once (as a zoom does).
    const layers =
      this.map.getZoom() === zoom
        ? built.map((layer) => (layer === members && packed ? packed : layer))
        : layersAt(this.drawnView, this.map.getZoom());
    this.overlay.setProps({ layers });
    // Added with its first layers once the base map has loaded, as a plain MapLibre + deck.gl page
    // does. Added at construction, deck.gl drew the layers in the frame that adds their group to the
    // style, and MapLibre went idle one frame later: the first complete frame reached the screen a
    // frame late.
    if (!this.map.hasControl(this.overlay)) this.map.addControl(this.overlay);
    // deck.gl attaches to the map's context asynchronously and draws nothing until then, while
    // MapLibre may go idle: a frame called drawn (`ready`, an export's picture) must hold the layers.
    await this.deckLoaded;
    // The names in a task of their own, after the layers' (issue 14: 100,000 sites).
    await nextTask();
    if (call !== this.showCalls) return;
    this.labels.show(this.labelsOf(view));
    this.map.triggerRepaint();
    await new Promise<void>((resolve) => this.map.once('idle', () => resolve()));
    // The watch checks the online style's tiles at the same idle frame (its listener came first): a
    // base map that drew nothing is not a drawn map.
    const failure = this.basemapWatch?.failure;
    if (failure) throw failure;
  }

  /** The territories' names, then the pôles' and the badges' (the same array while they are the same). */
  private labelsOf(view: MapView): Label[] {
    const symbols = symbolLabels(view);
    const last = this.drawnLabels;
    const same =
      last?.territories === view.labels &&
      last.symbols.length === symbols.length &&
      last.symbols.every((l, i) => l.text === symbols[i]!.text && l.position === symbols[i]!.position);
    if (same) return last.all;
    this.drawnLabels = { territories: view.labels, symbols, all: [...view.labels, ...symbols] };
    return this.drawnLabels.all;
  }

  /**
   * The pôles and sites drawn, where they are drawn (CSS pixels in the map's container): those of
   * the map's view only with `box` (viewBox()).
   */
  private symbols(box?: LonLatBox) {
    return this.drawnView ? drawnSymbols(this.drawnView.view, (p) => this.project(p), box) : [];
  }

  /**
   * The map's view as a box, OFF_VIEW_REACH pixels wider on every side, where the points of the
   * symbols that can show in it are; none when it spans the whole world.
   */
  private viewBox(): LonLatBox | undefined {
    const reach = OFF_VIEW_REACH * (this.drawnView?.view.scale ?? 1);
    const { clientWidth, clientHeight } = this.map.getContainer();
    const northWest = this.map.unproject([-reach, -reach]);
    const southEast = this.map.unproject([clientWidth + reach, clientHeight + reach]);
    if (southEast.lng - northWest.lng >= 360) return undefined;
    return [northWest.lng, southEast.lat, southEast.lng, northWest.lat];
  }

  /**
   * `picked` with every pôle and site at its point: under the pointer, and sharing the picked
   * symbol's point or forming the picked hub's group.
   */
  private withAll(picked: PickedObject | null): PickedObject | null {
    if (!picked || !this.drawnView) return picked;
    const { layout } = colocationOf(this.drawnView.view);
    const group =
      picked.layer === COLOCATED_LAYER
        ? layout.groups.find((g) => groupId(g) === picked.id)
        : picked.layer === 'poles' || picked.layer === 'members'
          ? layout.groups.find((g) => g.points.some((p) => p.layer === picked.layer && p.id === picked.id))
          : undefined;
    if (!group && picked.layer !== 'poles' && picked.layer !== 'members') return picked;
    const all = symbolsAt(this.symbols(this.viewBox()), picked, group?.points ?? []);
    return all.length > 1 || picked.layer === COLOCATED_LAYER ? { ...picked, all } : picked;
  }

  /** Where the symbol of a pôle or a site is drawn, in CSS pixels; null when it is not. */
  drawnAt(layer: SymbolRef['layer'], id: string): { x: number; y: number } | null {
    const symbol = this.symbols().find((s) => s.layer === layer && s.id === id);
    return symbol ? { x: symbol.x, y: symbol.y } : null;
  }

  /** Adds the world's countries under France (once), for the partners abroad. */
  async showWorld(countries: GeoJsonFeatureCollection): Promise<void> {
    await this.loaded;
    if (this.destroyed || this.map.getSource('world') || !this.map.getLayer('land')) return;
    this.map.addSource('world', { type: 'geojson', data: countries });
    this.map.addLayer(
      {
        id: 'world',
        type: 'fill',
        source: 'world',
        paint: { 'fill-color': BASEMAP.world, 'fill-outline-color': BASEMAP.worldLine },
      },
      'land',
    );
  }

  /**
   * Moves the camera: without animation when restoring a shared view (back/forward), or with one of
   * `duration` ms (a stop of a talk), unless the reader asked for reduced motion.
   */
  jumpTo(camera: Camera, duration = 0): void {
    const target = { center: [camera.lon, camera.lat] as [number, number], zoom: camera.zoom };
    if (duration && !reducedMotion()) this.map.easeTo({ ...target, duration });
    else this.map.jumpTo(target);
  }

  /**
   * Frames a box ([west, south, east, north]) clear of the legend and the insets, e.g. an overseas
   * département from its inset. `report`: a move asked by the user through our controls is reported
   * like a drag, for the URL; a frame that follows from the view (a région filtered) is not.
   */
  fitBounds(
    bounds: [number, number, number, number],
    report = true,
    /** The room left around the box (framePadding() by default) and a stage's pace (600 ms otherwise). */
    room: { padding?: FramePadding; stageDuration?: number } = {},
  ): void {
    if (report) this.map.once('moveend', () => this.reportCamera());
    // A stage's stop may change the map's size in the same frame (the diagram beside it comes or
    // goes), before MapLibre's observer has seen it: the fit must be computed for the new size.
    if (room.stageDuration !== undefined) this.map.resize();
    this.map.fitBounds(bounds, {
      padding: room.padding ?? framePadding(this.map.getContainer().clientWidth),
      duration: reducedMotion() ? 0 : (room.stageDuration ?? 600),
    });
  }

  /** Where the map looks now (kept when the engine is built again: a new base map, a context back). */
  camera(): Camera {
    const { lng, lat } = this.map.getCenter();
    return { lon: lng, lat, zoom: this.map.getZoom() };
  }

  private reportCamera(): void {
    this.onCamera(this.camera());
  }

  /** [lon, lat] → CSS pixels in the map container. */
  project(lonLat: [number, number]): { x: number; y: number } {
    const point = this.map.project(lonLat);
    return { x: point.x, y: point.y };
  }

  /** Tears down in the order deck.gl and MapLibre need: overlay first, then the map and its context. */
  destroy(): void {
    // deck.gl's finalize() drops its canvas context without destroying it, which leaves a
    // devicePixelRatio media-query listener holding the canvas (deck.gl issue 10355): destroy it.
    // Its device may still be on its way (deck attaches it asynchronously, and the first map of a
    // page fetches its chunk meanwhile): it then starts observing the canvas after finalize(), so
    // the device promise is what is waited for, not the device deck may not have yet.
    // A show() on its way stops at its next step: the overlay it would add to the removed map would
    // start a deck.gl whose animation loop nothing stops, holding the whole element (issue 14).
    this.destroyed = true;
    this.showCalls += 1;
    const deck = (this.overlay as unknown as { _deck?: { animationLoop: DeckLoop | null } })._deck;
    const device = deck?.animationLoop?.props.device;
    this.map.off('zoom', this.relayout);
    this.map.off('move', this.placeLabels);
    this.map.off('resize', this.placeLabels);
    this.basemapWatch?.off();
    this.labels.destroy();
    if (this.map.hasControl(this.overlay)) this.map.removeControl(this.overlay);
    this.map.remove();
    releaseTerminationStack();
    void Promise.resolve(device).then(
      (attached) => attached?.getDefaultCanvasContext().destroy(),
      // No device, no observer to stop (deck reports its own failure).
      () => undefined,
    );
  }
}
