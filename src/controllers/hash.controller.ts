// SPDX-License-Identifier: MIT
// Keeps a view state and the page's URL hash in step: the hash is read on connect and on
// back/forward; a discrete change pushes a history entry, a camera move replaces the current one.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeHash, encodeHash } from '../state/hash.ts';
import type { ViewState } from '../state/view-state.ts';

export class HashController implements ReactiveController {
  /** Fields of the last hash that were not understood, for a polite notice. */
  rejected: string[] = [];
  private readonly onHashChange = () => this.read();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly apply: (state: ViewState) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private read(): void {
    const { state, rejected } = decodeHash(window.location.hash);
    this.rejected = rejected;
    this.apply(state);
    // A broken hash is rewritten to what is shown, so that a shared link is never half-understood.
    if (rejected.length) history.replaceState(history.state, '', encodeHash(state));
    this.host.requestUpdate();
  }

  /** Writes `state` to the hash: a new history entry unless `replace` (camera moves). */
  write(state: ViewState, replace = false): void {
    const hash = encodeHash(state);
    if (hash === window.location.hash) return;
    if (replace) history.replaceState(history.state, '', hash);
    else history.pushState(history.state, '', hash);
  }
}
