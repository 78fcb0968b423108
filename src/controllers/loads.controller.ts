// SPDX-License-Identifier: MIT
// The signal of the data files an element is loading: a DOM move (disconnect then reconnect within a
// frame, as MapController tells them apart) keeps its downloads; a removal for good aborts them, so
// that nothing is left running, and the element loads them again if it ever comes back.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LoadsController implements ReactiveController {
  private controller = new AbortController();
  private abortFrame = 0;

  /** `reconnected` runs when the element comes back after its loads were aborted. */
  constructor(
    host: ReactiveControllerHost,
    private readonly reconnected: () => void,
  ) {
    host.addController(this);
  }

  /** Fires on a removal for good; give it to every fetch the element starts. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  hostConnected(): void {
    cancelAnimationFrame(this.abortFrame);
    this.abortFrame = 0;
    if (!this.controller.signal.aborted) return;
    this.controller = new AbortController();
    this.reconnected();
  }

  hostDisconnected(): void {
    this.abortFrame = requestAnimationFrame(() => {
      this.abortFrame = 0;
      this.controller.abort();
    });
  }
}
