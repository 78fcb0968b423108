// SPDX-License-Identifier: MIT
// Owns the MapLibre + deck.gl engine of a <poles-map>: lazy creation, updates, and a deferred,
// symmetric teardown (ENGINEERING.md B.6): a DOM move (disconnect then reconnect in the same frame)
// keeps the map; a removal frees the WebGL context, and a later re-insertion builds the map again.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

export class MapController implements ReactiveController {
  private engine: MapEngine | null = null;
  private starting: Promise<MapEngine> | null = null;
  private teardownFrame = 0;
  private generation = 0;
  private connected = false;

  /**
   * `restarted` receives the engine built again when the element comes back into the page after
   * its map was torn down (or was asked for while the element was out of the page).
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly restarted: (engine: Promise<MapEngine>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.teardownFrame) cancelAnimationFrame(this.teardownFrame);
    this.teardownFrame = 0;
    if (this.options && !this.starting) this.restarted(this.start(this.options));
  }

  hostDisconnected(): void {
    this.connected = false;
    this.teardownFrame = requestAnimationFrame(() => {
      this.teardownFrame = 0;
      this.destroy();
    });
  }

  private options: MapEngineOptions | null = null;

  /** Creates the engine once (the MapLibre and deck.gl chunks are fetched on the first call). */
  start(options: MapEngineOptions): Promise<MapEngine> {
    this.options = options;
    // Out of the page (data arrived after a removal): build nothing now, hostConnected() will.
    if (!this.connected) return Promise.reject(removed());
    if (!this.starting) {
      const generation = this.generation;
      this.starting = import('../map/engine.ts').then(({ MapEngine }) => {
        // Removed while the chunk was loading: build nothing.
        if (generation !== this.generation) throw removed();
        this.engine = new MapEngine(options);
        return this.engine;
      });
    }
    return this.starting;
  }

  /**
   * Draws `view` and resolves when a frame with it has been rendered; rejects with an AbortError
   * when there is no map to draw on (out of the page) or it was torn down meanwhile, so that no
   * caller takes an empty box for a drawn map.
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
    stage?: { padding: FramePadding; duration: number },
  ): Promise<void> {
    const engine = await this.starting;
    engine?.fitBounds(bounds, report, stage);
  }

  project(lonLat: [number, number]): { x: number; y: number } {
    if (!this.engine) throw new Error('poles-map: project() called before the map is ready');
    return this.engine.project(lonLat);
  }

  /** Throws the engine away and builds a new one with the same options (after a lost context). */
  rebuild(): Promise<MapEngine> | null {
    if (!this.options) return null;
    this.destroy();
    return this.start(this.options);
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

const removed = (): DOMException => new DOMException('map removed', 'AbortError');
