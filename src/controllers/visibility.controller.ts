// SPDX-License-Identifier: MIT
// Whether the host has come near the viewport yet: an embed three screens below the fold should cost
// its host page nothing but its element code until the reader scrolls near it (no data, no engine).
// Once near, it stays near: the host then loads as if it had always been on screen.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How near counts as near: about one screen above or below the viewport, so that the data and the
 * early paint have arrived by the time the reader scrolls the element into view. (Inside a
 * cross-origin frame the browser ignores the margin: the element is near when its frame is seen.)
 */
export const NEAR_MARGIN = '100% 0px';

export class VisibilityController implements ReactiveController {
  private observer: IntersectionObserver | null = null;
  /** Whether the host has been near the viewport (or was asked to load eagerly). */
  near = false;
  /**
   * Whether the host is known to be far from the viewport: observed, and not near yet. Unknown
   * before the observer's first report, so that a host near from the start never shows its
   * placeholder for a frame.
   */
  far = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Whether the host opts out, e.g. a `loading="eager"` attribute. Read at each connection. */
    private readonly eager: () => boolean,
    /** Called once, when the host first comes near (or at its first connection when eager). */
    private readonly onNear: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    // Without IntersectionObserver (very old browsers), as before: load at once.
    if (this.eager() || typeof IntersectionObserver === 'undefined') {
      this.arrive();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.arrive();
        else if (!this.far) {
          this.far = true;
          this.host.requestUpdate();
        }
      },
      { rootMargin: NEAR_MARGIN },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Loads now, wherever the host is (the `loading` attribute turned to `eager`). */
  load(): void {
    if (!this.near) this.arrive();
  }

  private arrive(): void {
    this.stop();
    this.near = true;
    this.far = false;
    this.onNear();
    this.host.requestUpdate();
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
