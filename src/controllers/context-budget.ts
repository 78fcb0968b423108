// SPDX-License-Identifier: MIT
// A page-wide budget of live map WebGL contexts, shared by every <poles-map> of the page. Chromium
// keeps 16 live WebGL contexts per page and, at the 17th, silently loses the oldest ("Too many active
// WebGL contexts. Oldest context will be lost"): with 20 maps on a page the first four would go
// blank. Below that limit, the maps past the budget wait with a visible placeholder, and a map
// scrolled into view takes the context of the map seen least recently off screen.

/** Live map contexts per page: Chromium's 16, less room for the host's own WebGL, our export and probe. */
export const CONTEXT_BUDGET = 12;

/** A map that draws with a WebGL context of its own. */
export interface ContextHolder {
  /** Its context is taken for another map: tear the map down and show the placeholder. */
  release(): void;
  /** A context is free for it while it waits: build the map. */
  grant(): void;
}

interface Seen {
  /** On screen (unknown counts as on screen: a map is never left blank for want of an answer). */
  visible: boolean;
  /** When it last came into or left the screen, in changes counted (least recently seen first). */
  at: number;
}

export class ContextBudget {
  private readonly live = new Set<ContextHolder>();
  private readonly waiting = new Set<ContextHolder>();
  private readonly seen = new Map<ContextHolder, Seen>();
  private tick = 0;

  constructor(readonly limit = CONTEXT_BUDGET) {}

  /** Maps holding a context now. */
  get liveCount(): number {
    return this.live.size;
  }

  /** Maps waiting for a context. */
  get waitingCount(): number {
    return this.waiting.size;
  }

  /**
   * Whether `holder` may build its map now. Past the budget, an on-screen map takes the context of the
   * map least recently seen off screen; an off-screen one waits (it takes one when scrolled into view).
   * `force` (the placeholder's button) takes the context of the least recently seen map, on screen or
   * not. When false, `holder` waits and gets `grant()` once a context is free for it.
   */
  request(holder: ContextHolder, force = false): boolean {
    if (this.live.has(holder)) return true;
    this.seenOf(holder);
    if (this.live.size < this.limit) return this.admit(holder);
    const victim =
      this.leastRecentlySeen((h) => !this.seenOf(h).visible) ??
      (force ? this.leastRecentlySeen((h) => h !== holder) : null);
    if (victim && (force || this.seenOf(holder).visible)) {
      this.live.delete(victim);
      this.waiting.add(victim);
      victim.release();
      return this.admit(holder);
    }
    this.waiting.add(holder);
    return false;
  }

  /** `holder` came into view or left it (IntersectionObserver). */
  setVisible(holder: ContextHolder, visible: boolean): void {
    this.seen.set(holder, { visible, at: ++this.tick });
    this.rebalance();
  }

  /** `holder` is gone for good (removed from the page): its context is free, and it is forgotten. */
  leave(holder: ContextHolder): void {
    this.live.delete(holder);
    this.waiting.delete(holder);
    this.seen.delete(holder);
    this.rebalance();
  }

  /** Gives waiting on-screen maps, most recently seen first, the free contexts or off-screen ones. */
  private rebalance(): void {
    const visibleWaiting = [...this.waiting]
      .filter((h) => this.seenOf(h).visible)
      .sort((a, b) => this.seenOf(b).at - this.seenOf(a).at);
    for (const holder of visibleWaiting) {
      const free = this.live.size < this.limit || this.leastRecentlySeen((h) => !this.seenOf(h).visible);
      if (!free) break;
      if (this.request(holder)) holder.grant();
    }
  }

  private admit(holder: ContextHolder): boolean {
    this.waiting.delete(holder);
    this.live.add(holder);
    return true;
  }

  private leastRecentlySeen(where: (holder: ContextHolder) => boolean): ContextHolder | null {
    let found: ContextHolder | null = null;
    for (const holder of this.live) {
      if (where(holder) && (!found || this.seenOf(holder).at < this.seenOf(found).at)) found = holder;
    }
    return found;
  }

  private seenOf(holder: ContextHolder): Seen {
    let seen = this.seen.get(holder);
    if (!seen) this.seen.set(holder, (seen = { visible: true, at: ++this.tick }));
    return seen;
  }
}

/** The page's budget, shared by all its maps (a module is evaluated once per page). */
export const pageContexts = new ContextBudget();
