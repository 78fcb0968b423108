// SPDX-License-Identifier: MIT
// A picture of a map view at a fixed size, drawn by a second, offscreen MapEngine that lives only for
// the export: the on-screen map keeps its size, camera and hover state, and its WebGL context is
// never resized to 4K. The engine is destroyed before the promise settles (MapLibre's remove()
// loses its context), so exports cannot pile up contexts (ENGINEERING.md B.6).
import type { FeatureCollection } from 'geojson';
import type { MapView } from '../layers/index.ts';
import type { Camera } from '../state/view-state.ts';
import type { BasemapData, RegionMap } from './basemap-style.ts';
import type { MapEngine } from './engine.ts';

export interface SnapshotOptions {
  basemap: BasemapData;
  view: MapView;
  regionMap: RegionMap;
  /** The world's countries, under France, for the partnership view; null for a map of France. */
  world: FeatureCollection | null;
  /** The camera; when null, `bounds` is framed as the on-screen map frames it. */
  camera: Camera | null;
  bounds: [number, number, number, number];
  /** Layout size in CSS pixels and device pixels per CSS pixel (exportSize). */
  cssWidth: number;
  cssHeight: number;
  pixelRatio: number;
}

const noop = () => undefined;

/**
 * Copies the map's frame in its 'render' event: the drawing buffer still holds the frame there
 * (it is cleared once the browser composites it), so no preserveDrawingBuffer is needed, which would
 * cost every frame of the engine a copy.
 */
function grabFrame(engine: MapEngine): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    engine.map.once('render', () => {
      try {
        const source = engine.map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        resolve(copy);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    engine.map.triggerRepaint();
  });
}

/** Renders `options.view` offscreen and resolves with a 2D canvas of the frame, in device pixels. */
export async function snapshotMap(options: SnapshotOptions): Promise<HTMLCanvasElement> {
  const { MapEngine } = await import('./engine.ts');
  const container = document.createElement('div');
  // Fixed and hidden: laid out at the asked size whatever the window, never seen, never scrolled to.
  Object.assign(container.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${options.cssWidth}px`,
    height: `${options.cssHeight}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
    zIndex: '-1',
  });
  container.setAttribute('aria-hidden', 'true');
  document.body.append(container);
  let lost = false;
  let engine: MapEngine | null = null;
  try {
    engine = new MapEngine({
      container,
      basemap: options.basemap,
      camera: options.camera,
      bounds: options.bounds,
      linkShadersAtOnce: true,
      onCamera: noop,
      onHover: noop,
      onClick: noop,
      onContextLost: () => (lost = true),
      onContextRestored: noop,
    });
    // MapEngine takes the window's ratio; the export sets its own, before the first frame is drawn.
    engine.map.setPixelRatio(options.pixelRatio);
    if (options.world) await engine.showWorld(options.world);
    await engine.show(options.view, options.regionMap);
    const frame = await grabFrame(engine);
    if (lost) throw new Error('the WebGL context was lost during the export');
    // The names are text over the canvas on screen (labels.ts), so not in the frame: painted here.
    engine.labels.paint(frame.getContext('2d')!, options.pixelRatio);
    return frame;
  } finally {
    engine?.destroy();
    container.remove();
  }
}
