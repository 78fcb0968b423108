// SPDX-License-Identifier: MIT
// How much a stage's symbols and lines grow with the screen (<poles-map stage>, present.html), kept up
// to date as the window is resized (a laptop's screen, then the hall's projector): the host renders
// again only when the scale changes. 1 while the host is not on a stage.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The screen the stage's sizes are given for: its texts are 24 px there (1.25vw), its symbols as in the app. */
export const STAGE_REFERENCE = { width: 1920, height: 1080 } as const;

/**
 * How much the map's symbols, lines and arcs grow on a `width` × `height` screen, as the slide's
 * texts do: 1 at 1080p, 2 at 2160p (4K), 0.65 at 720p; by the smaller ratio, so that a screen taller
 * or wider than 16:9 does not swell them past the room they have. Rounded, so that a window resized
 * by a few pixels draws nothing again; never under ½.
 */
export function stageScale(width: number, height: number): number {
  const ratio = Math.min(width / STAGE_REFERENCE.width, height / STAGE_REFERENCE.height);
  return Math.max(0.5, Math.round(ratio * 20) / 20);
}

export class StageScaleController implements ReactiveController {
  /** The current scale: stageScale() of the window on a stage, else 1. */
  value = 1;
  private readonly onResize = () => this.measure(true);

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the host is on a stage now (read at each measure: the attribute may come later). */
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('resize', this.onResize);
    this.measure(false);
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.onResize);
  }

  /** Before each update: the host may have just gone on or off a stage. */
  hostUpdate(): void {
    this.measure(false);
  }

  private measure(request: boolean): void {
    const value = this.active() ? stageScale(window.innerWidth, window.innerHeight) : 1;
    if (value === this.value) return;
    this.value = value;
    if (request) this.host.requestUpdate();
  }
}
