// SPDX-License-Identifier: MIT
// The presenter's end of the BroadcastChannel that keeps the stage and the presenter view in step
// (src/tour/sync.ts): opened with the element, closed with it, and nothing at all where a browser has
// no BroadcastChannel (the stage then simply runs alone).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SYNC_CHANNEL, readSyncMessage, type SyncMessage } from '../../tour/sync.ts';

export class SyncController implements ReactiveController {
  private channel: BroadcastChannel | null = null;
  private readonly listener = (event: MessageEvent) => {
    const message = readSyncMessage(event.data, this.stops());
    if (message) this.receive(message);
  };

  constructor(
    host: ReactiveControllerHost,
    /** The number of stops of the tour shown: messages of another tour are ignored. */
    private readonly stops: () => number,
    private readonly receive: (message: SyncMessage) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(SYNC_CHANNEL);
    this.channel.addEventListener('message', this.listener);
  }

  hostDisconnected(): void {
    this.channel?.removeEventListener('message', this.listener);
    this.channel?.close();
    this.channel = null;
  }

  /** Sent to the other windows (never back to this one). */
  send(message: SyncMessage): void {
    this.channel?.postMessage(message);
  }
}
