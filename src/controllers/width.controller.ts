// SPDX-License-Identifier: MIT
// Which of the layout's widths the host is at (a phone, a narrow map, a wide one), kept up to date
// by a ResizeObserver: the host renders again only when a breakpoint is crossed, not at every pixel.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  /** How many of the breakpoints the host's width reaches. */
  private reached = 0;
  private observer: ResizeObserver | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** CSS pixel widths, ascending. */
    private readonly breakpoints: readonly number[],
  ) {
    host.addController(this);
  }

  /** Whether the host is at least `width` wide (one of the breakpoints). */
  atLeast(width: number): boolean {
    return this.reached > this.breakpoints.indexOf(width);
  }

  hostConnected(): void {
    this.measure(this.host.clientWidth);
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.measure(entry.contentRect.width);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  private measure(width: number): void {
    const reached = this.breakpoints.filter((b) => width >= b).length;
    if (reached === this.reached) return;
    this.reached = reached;
    this.host.requestUpdate();
  }
}
