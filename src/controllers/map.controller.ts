// SPDX-License-Identifier: MIT
// Owns the MapLibre + deck.gl engine of a <poles-map>: lazy creation, updates, and a deferred,
// symmetric teardown (ENGINEERING.md B.6): a DOM move (disconnect then reconnect in the same frame)
// keeps the map; a removal frees the WebGL context, and a later re-insertion builds the map again.
// The context is counted in the page's budget (context-budget.ts): past it, the map waits, parked,
// with a placeholder, until it is scrolled into view or asked for.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageContexts, type ContextHolder } from './context-budget.ts';
import { pageGlSupport } from './gl-support.ts';
import type { MapEngine, MapEngineOptions } from '../map/engine.ts';
import type { MapView } from '../layers/index.ts';
import type { RegionMap } from '../map/basemap-style.ts';
import type { Camera } from '../state/view-state.ts';
import type { FramePadding } from '../map/frame.ts';
import type { FeatureCollection } from 'geojson';

/**
 * Starts downloading the engine chunk (MapLibre, deck.gl) when the page has WebGL2, while the data
 * load, rather than after: the first frame waits for both. Without WebGL2 nothing is downloaded.
 */
export function preloadEngine(): void {
  if (pageGlSupport().ok) void import('../map/engine.ts').catch(() => undefined);
}

/** What the element gives to build its map: the engine's options, with the online style's URL. */
export type MapOptions = Omit<MapEngineOptions, 'style'> & {
  /** The embedder's online MapLibre style (the `basemap` attribute), or null for our offline one. */
  styleUrl: string | null;
};

export class MapController implements ReactiveController, ContextHolder {
  private engine: MapEngine | null = null;
  private starting: Promise<MapEngine> | null = null;
  private teardownFrame = 0;
  private generation = 0;
  private connected = false;
  private options: MapOptions | null = null;
  /** The world's countries shown for the partners, drawn again on a new engine. */
  private world: FeatureCollection | null = null;
  private visibility: IntersectionObserver | null = null;
  /** Waiting for a WebGL context of the page's budget: the element shows its placeholder. */
  parked = false;

  /**
   * `restarted` receives the engine built again when the element comes back into the page after
   * its map was torn down (or was asked for while the element was out of the page), or when a parked
   * map gets its context.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly restarted: (engine: Promise<MapEngine>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.teardownFrame) cancelAnimationFrame(this.teardownFrame);
    this.teardownFrame = 0;
    if (typeof IntersectionObserver !== 'undefined') {
      this.visibility = new IntersectionObserver((entries) => {
        const entry = entries[entries.length - 1];
        if (entry) pageContexts.setVisible(this, entry.isIntersecting);
      });
      this.visibility.observe(this.host);
    }
    if (this.options && !this.starting && !this.parked) this.restarted(this.start(this.options));
  }

  hostDisconnected(): void {
    this.connected = false;
    this.visibility?.disconnect();
    this.visibility = null;
    this.teardownFrame = requestAnimationFrame(() => {
      this.teardownFrame = 0;
      this.destroy();
      // Out of the page for good: its context is free for a waiting map, and the budget forgets it.
      this.parked = false;
      pageContexts.leave(this);
    });
  }

  /**
   * Creates the engine once: the online style is fetched and checked first (a failing one takes no
   * context), then a context is asked of the page's budget, then the MapLibre and deck.gl chunks are
   * fetched. Rejects with a BasemapError when the style fails, and with an AbortError when the
   * element left the page or its map is parked.
   */
  start(options: MapOptions): Promise<MapEngine> {
    this.options = options;
    // Out of the page (data arrived after a removal): build nothing now, hostConnected() will.
    if (!this.connected) return Promise.reject(removed());
    if (this.starting) return this.starting;
    const starting = this.build(options, this.generation);
    // Parked at once (no style to fetch first): no engine is coming, grant() starts again.
    this.starting = this.parked ? null : starting;
    return starting;
  }

  private async build(options: MapOptions, generation: number): Promise<MapEngine> {
    const { styleUrl, ...engineOptions } = options;
    const json = styleUrl
      ? await (
          await import('../map/basemap-load.ts')
        ).loadBasemapStyle(styleUrl, { pageUrl: document.baseURI, document: this.host.ownerDocument })
      : null;
    if (generation !== this.generation) throw removed();
    if (!pageContexts.request(this)) {
      this.park();
      throw removed('map parked');
    }
    const { MapEngine } = await import('../map/engine.ts');
    // Removed while the chunk was loading: build nothing.
    if (generation !== this.generation) throw removed();
    this.engine = new MapEngine({
      ...engineOptions,
      style: styleUrl && json ? { url: styleUrl, json } : null,
    });
    if (this.world) void this.engine.showWorld(this.world);
    return this.engine;
  }

  /**
   * Draws `view` and resolves when a frame with it has been rendered; rejects with an AbortError
   * when there is no map to draw on (out of the page, parked) or it was torn down meanwhile, so that
   * no caller takes an empty box for a drawn map.
   */
  async show(view: MapView, regionMap: RegionMap): Promise<void> {
    const generation = this.generation;
    const engine = await this.starting;
    if (!engine) throw removed();
    try {
      await engine.show(view, regionMap);
    } catch (error) {
      if (generation === this.generation) throw error;
    }
    if (generation !== this.generation) throw removed();
  }

  async showWorld(countries: FeatureCollection): Promise<void> {
    this.world = countries;
    const engine = await this.starting;
    await engine?.showWorld(countries);
  }

  jumpTo(camera: Camera, duration = 0): void {
    this.engine?.jumpTo(camera, duration);
  }

  /** Frames `bounds`, once the engine exists (a switch of view may come while it loads). */
  async fitBounds(
    bounds: [number, number, number, number],
    report = true,
    room?: { padding?: FramePadding; stageDuration?: number },
  ): Promise<void> {
    const engine = await this.starting;
    engine?.fitBounds(bounds, report, room);
  }

  project(lonLat: [number, number]): { x: number; y: number } {
    if (!this.engine) throw new Error('poles-map: project() called before the map is ready');
    return this.engine.project(lonLat);
  }

  /** Where a pôle's or a site's symbol is drawn (MapEngine.drawnAt); null before the map exists. */
  drawnAt(layer: 'poles' | 'members', id: string): { x: number; y: number } | null {
    return this.engine?.drawnAt(layer, id) ?? null;
  }

  /**
   * Throws the engine away and builds a new one with the same options, where the map looked (after a
   * lost context, a retry); null before the first start.
   */
  rebuild(): Promise<MapEngine> | null {
    if (!this.options) return null;
    this.keepCamera();
    this.destroy();
    return this.start(this.options);
  }

  /** Another base map (the `basemap` attribute changed): a new engine on it, where the map looked. */
  setBasemap(styleUrl: string | null): Promise<MapEngine> | null {
    if (!this.options || this.options.styleUrl === styleUrl) return null;
    this.options = { ...this.options, styleUrl };
    if (this.parked) return null;
    return this.rebuild();
  }

  /** The placeholder's button: a context now, taken from the map seen least recently. */
  claim(): void {
    if (this.parked && pageContexts.request(this, true)) this.grant();
  }

  /** ContextHolder: the budget gives this map's context to another one. */
  release(): void {
    this.keepCamera();
    this.destroy();
    this.park();
  }

  /** ContextHolder: a context is free for this parked map. */
  grant(): void {
    if (!this.parked) return;
    this.parked = false;
    this.host.requestUpdate();
    if (this.options && this.connected) this.restarted(this.start(this.options));
  }

  private park(): void {
    // No engine to await: start() builds one again once a context is granted.
    this.starting = null;
    this.parked = true;
    this.host.requestUpdate();
  }

  private keepCamera(): void {
    if (this.engine && this.options) this.options = { ...this.options, camera: this.engine.camera() };
  }

  private destroy(): void {
    if (this.teardownFrame) cancelAnimationFrame(this.teardownFrame);
    this.teardownFrame = 0;
    this.generation += 1;
    this.engine?.destroy();
    this.engine = null;
    this.starting = null;
  }
}

const removed = (message = 'map removed'): DOMException => new DOMException(message, 'AbortError');
