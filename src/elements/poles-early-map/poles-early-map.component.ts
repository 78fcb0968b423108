// SPDX-License-Identifier: MIT
// The early paint of <poles-map>: France, the pôles and their sites drawn as SVG as soon as the data
// arrive, in the WebGL map's own projection and frame (geo/web-mercator.ts), until the WebGL map's
// first complete frame replaces it. Like the no-WebGL map it must never import maplibre-gl or
// @deck.gl/* (types aside): it is on screen while they download.
import { LitElement, html, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Feature } from 'geojson';
import type { MapView } from '../../layers/index.ts';
import { LabelsOverlay } from '../../layers/labels/labels.ts';
import type { BasemapData, RegionMap } from '../../map/basemap-style.ts';
import type { PickedObject } from '../../map/engine.ts';
import { subjectPadding } from '../../map/frame.ts';
import type { Camera } from '../../state/view-state.ts';
import { cameraProjector, fitCamera, polygonsPath, type Projector } from '../../geo/web-mercator.ts';
import { BASEMAP } from '../../theme/palette.ts';
import { cssom } from '../../ui/cssom.ts';
import {
  leaderMarks,
  memberMarks,
  poleMarks,
  pressedPole,
  type MarkOptions,
} from '../poles-fallback/marks.ts';
import { colocateMarks, pointKey } from '../../geo/colocation.ts';
import { polesEarlyMapStyles } from './poles-early-map.styles.ts';

/** The WebGL map's sizes (layers/poles, layers/members), in CSS pixels. */
const MARKS: MarkOptions = { poleRadius: 7, memberRadius: 3.5, poleTitles: false };

type Bounds = [number, number, number, number];
const sameBounds = (a: Bounds | null, b: Bounds | null): boolean =>
  a === b || (!!a && !!b && a.every((v, i) => v === b[i]));

interface Drawing {
  project: Projector;
  land: string;
  departements: string;
  regions: string;
  veil: string;
}

/**
 * The map of <poles-map> before its engine has drawn (internal: <poles-map> renders it).
 *
 * @event early-paint - once, when France and the pôles are first on screen.
 * @event early-hover - `detail: PickedObject | null`, the pôle or site under the pointer.
 * @event early-click - `detail: PickedObject | null`, the pôle or site clicked (null: the background).
 */
export class PolesEarlyMap extends LitElement {
  static override styles = polesEarlyMapStyles;

  @property({ attribute: false }) view: MapView | null = null;
  @property({ attribute: false }) basemap: BasemapData | null = null;
  @property({ attribute: false }) regionMap: RegionMap = '2016';
  /** The camera the WebGL map starts with; when null, it frames `bounds`. */
  @property({ attribute: false }) camera: Camera | null = null;
  @property({ attribute: false, hasChanged: (a: Bounds | null, b: Bounds | null) => !sameBounds(a, b) })
  bounds: Bounds | null = null;
  /** Whether <poles-map> draws its insets, which a framed subject keeps clear of (map/frame.ts). */
  @property({ attribute: false }) insets = true;

  /** The element's size, which is the WebGL map's (both fill <poles-map>). */
  @state() private size: [number, number] = [0, 0];
  private drawing: Drawing | null = null;
  private painted = false;
  private observer: ResizeObserver | null = null;
  /** The territory names, placed as the WebGL map places them (the same overlay, our projection). */
  private labels: LabelsOverlay | null = null;
  @query('.labels') private labelsBox!: HTMLDivElement | null;
  @query('canvas') private canvas!: HTMLCanvasElement | null;
  /** What the canvas shows, so that it is painted again only when the drawing or the canvas change. */
  private canvasShows: [Drawing, HTMLCanvasElement] | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new ResizeObserver(() => (this.size = [this.clientWidth, this.clientHeight]));
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = null;
    this.labels?.destroy();
    this.labels = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const [width, height] = this.size;
    const inputs = ['basemap', 'regionMap', 'camera', 'bounds', 'insets', 'size'] as const;
    const veilChanged =
      changed.has('view') && (changed.get('view') as MapView | null | undefined)?.veil !== this.view?.veil;
    if (!this.basemap || !this.bounds || !width || !height) this.drawing = null;
    else if (inputs.some((name) => changed.has(name)) || veilChanged || !this.drawing) {
      // The camera MapLibre's fitBounds() gives the same box in a map of the same size (engine.ts).
      const camera =
        this.camera ??
        fitCamera(this.bounds, width, height, subjectPadding(this.bounds, width, height, this.insets));
      const project = cameraProjector(camera, width, height);
      const path = (features: readonly Feature[]) => polygonsPath(features, project);
      const regions = this.regionMap === '2015' ? this.basemap.regions2015 : this.basemap.regions;
      this.drawing = {
        project,
        land: path(this.basemap.regions.features),
        departements: path(this.basemap.departements.features),
        regions: path(regions.features),
        veil: path(this.view?.veil ?? []),
      };
    }
  }

  protected override updated(): void {
    if (!this.drawing || !this.view || !this.labelsBox || !this.canvas) return;
    if (this.canvasShows?.[0] !== this.drawing || this.canvasShows[1] !== this.canvas) {
      this.paintBase(this.canvas, this.drawing);
      this.canvasShows = [this.drawing, this.canvas];
    }
    if (!this.labels?.element.isConnected) {
      this.labels = new LabelsOverlay(this.labelsBox, (lonLat) => {
        const [x, y] = this.drawing?.project(lonLat) ?? [0, 0];
        return { x, y };
      });
    }
    this.labels.show(this.view.labels);
    if (this.painted) return;
    this.painted = true;
    // After the browser has painted this frame: the early paint is then on screen.
    requestAnimationFrame(() => this.dispatchEvent(new CustomEvent('early-paint')));
  }

  /**
   * The base map on a CPU canvas (willReadFrequently keeps Chromium from accelerating it): drawn once
   * on the main thread. As SVG, these long paths were rasterised in the GPU process, which on a CPU
   * renderer (SwiftShader) is the one the WebGL map waits on: its first frame came later.
   */
  private paintBase(canvas: HTMLCanvasElement, drawing: Drawing): void {
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return;
    const [width, height] = this.size;
    const ratio = canvas.width / width;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = BASEMAP.sea;
    context.fillRect(0, 0, width, height);
    context.fillStyle = BASEMAP.land;
    context.fill(new Path2D(drawing.land));
    context.lineJoin = 'round';
    context.strokeStyle = BASEMAP.departementLine;
    context.lineWidth = 0.6;
    context.stroke(new Path2D(drawing.departements));
    context.strokeStyle = BASEMAP.regionLine;
    context.lineWidth = 1.2;
    context.stroke(new Path2D(drawing.regions));
    // Over the lines, as deck.gl's veil is over MapLibre's base map (layers/veil).
    context.globalAlpha = 0.67;
    context.fillStyle = BASEMAP.sea;
    context.fill(new Path2D(drawing.veil));
    context.globalAlpha = 1;
  }

  private picked(event: Event): PickedObject | null {
    const mark = event.target instanceof Element ? event.target.closest('circle.pole, circle.member') : null;
    const id = mark?.getAttribute('data-id');
    if (!mark || !id || !(event instanceof MouseEvent)) return null;
    const box = this.getBoundingClientRect();
    const layer = mark.classList.contains('pole') ? 'poles' : 'members';
    return { layer, id, x: event.clientX - box.left, y: event.clientY - box.top };
  }

  private emit(type: 'early-hover' | 'early-click', picked: PickedObject | null): void {
    this.dispatchEvent(new CustomEvent(type, { detail: picked }));
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    const id = pressedPole(event);
    if (id) this.emit('early-click', { layer: 'poles', id, x: 0, y: 0 });
  };

  protected override render() {
    const [width, height] = this.size;
    const drawing = this.drawing;
    if (!drawing) return html``;
    const view = this.view;
    const ratio = window.devicePixelRatio || 1;
    // Symbols sharing a point on the rings the WebGL map draws them on; sites folded into a count
    // badge wait for the map (the badge is the map's).
    const layout = view ? colocateMarks(view.poles, view.members) : null;
    const marks: MarkOptions = layout ? { ...MARKS, spread: layout.offsets } : MARKS;
    const members = (view?.members ?? []).filter(
      (m) => !layout?.folded.has(pointKey('members', m.id, m.geometry.coordinates)),
    );
    // At the map canvas's own size (the element's client size, as MapLibre's), not scaled to a
    // fractional box: the marks then fall on MapLibre's pixels.
    return html`<canvas
        width=${Math.round(width * ratio)}
        height=${Math.round(height * ratio)}
        ${cssom({ width: `${width}px`, height: `${height}px` })}
      ></canvas>
      <svg
        width=${width}
        height=${height}
        role="group"
        @pointermove=${(e: PointerEvent) => this.emit('early-hover', this.picked(e))}
        @pointerleave=${() => this.emit('early-hover', null)}
        @click=${(e: MouseEvent) => this.emit('early-click', this.picked(e))}
        @keydown=${this.onKey}
      >
        ${view ? leaderMarks(view.poles, members, drawing.project, marks.spread) : svg``}
        ${view ? memberMarks(members, drawing.project, marks) : svg``}
        ${view ? poleMarks(view.poles, drawing.project, view.selectedId, marks) : svg``}
      </svg>
      <div class="labels"></div>`;
  }
}
