// SPDX-License-Identifier: MIT
// The page's budget of live map WebGL contexts: past it, no map is left blank and none dies silently.
import { describe, expect, it } from 'vitest';
import { ContextBudget, CONTEXT_BUDGET, type ContextHolder } from '../../src/controllers/context-budget.ts';

/** A map that records what the budget told it, and whether it holds a context. */
function createMap(name: string, log: string[]): ContextHolder & { live: boolean } {
  const map = {
    live: false,
    release() {
      map.live = false;
      log.push(`release ${name}`);
    },
    grant() {
      map.live = true;
      log.push(`grant ${name}`);
    },
  };
  return map;
}

/** `n` maps asking in turn, each live when the budget says yes. */
function createPage(limit: number, n: number) {
  const log: string[] = [];
  const budget = new ContextBudget(limit);
  const maps = Array.from({ length: n }, (_, i) => createMap(`m${i}`, log));
  return { log, budget, maps };
}

const ask = (budget: ContextBudget, map: ContextHolder & { live: boolean }, force = false) => {
  if (budget.request(map, force)) map.live = true;
  return map.live;
};

describe('ContextBudget', () => {
  it('stays below the browser limit of 16', () => {
    expect(CONTEXT_BUDGET).toBeLessThan(16);
  });

  it('grants up to the limit; past it, an off-screen map waits', () => {
    const { budget, maps } = createPage(2, 3);
    maps.forEach((m) => budget.setVisible(m, false));
    expect(maps.map((m) => ask(budget, m))).toEqual([true, true, false]);
    expect([budget.liveCount, budget.waitingCount]).toEqual([2, 1]);
  });

  it('gives an on-screen map the context of the map seen least recently off screen', () => {
    const { budget, maps, log } = createPage(2, 3);
    const [a, b, c] = maps as [(typeof maps)[0], (typeof maps)[0], (typeof maps)[0]];
    budget.setVisible(a, false);
    budget.setVisible(b, false);
    budget.setVisible(c, true);
    ask(budget, a);
    ask(budget, b);
    expect(ask(budget, c)).toBe(true);
    expect(log).toEqual(['release m0']);
    expect([a.live, b.live, c.live]).toEqual([false, true, true]);
  });

  it('takes a context back for a waiting map scrolled into view', () => {
    const { budget, maps, log } = createPage(1, 2);
    const [a, b] = maps as [(typeof maps)[0], (typeof maps)[0]];
    budget.setVisible(a, true);
    budget.setVisible(b, false);
    ask(budget, a);
    expect(ask(budget, b)).toBe(false);
    // Scrolled: a leaves the screen, b comes in.
    budget.setVisible(a, false);
    budget.setVisible(b, true);
    expect(log).toEqual(['release m0', 'grant m1']);
    expect([a.live, b.live]).toEqual([false, true]);
  });

  it('lets every map stay when all are on screen, until one is asked for (its button)', () => {
    const { budget, maps, log } = createPage(2, 3);
    maps.forEach((m) => budget.setVisible(m, true));
    expect(maps.map((m) => ask(budget, m))).toEqual([true, true, false]);
    expect(log).toEqual([]);
    // Forced: the least recently seen map gives its context and waits in its turn.
    expect(ask(budget, maps[2]!, true)).toBe(true);
    expect(log).toEqual(['release m0']);
  });

  it('gives a removed map’s context to a waiting on-screen map, and forgets the removed one', () => {
    const { budget, maps, log } = createPage(1, 2);
    const [a, b] = maps as [(typeof maps)[0], (typeof maps)[0]];
    budget.setVisible(a, true);
    budget.setVisible(b, true);
    ask(budget, a);
    ask(budget, b);
    budget.leave(a);
    expect(log).toEqual(['grant m1']);
    expect([budget.liveCount, budget.waitingCount]).toEqual([1, 0]);
    budget.leave(b);
    expect([budget.liveCount, budget.waitingCount]).toEqual([0, 0]);
  });

  it('counts a map whose visibility is not known yet as on screen', () => {
    const { budget, maps, log } = createPage(1, 2);
    const [a, b] = maps as [(typeof maps)[0], (typeof maps)[0]];
    budget.setVisible(a, false);
    ask(budget, a);
    expect(ask(budget, b)).toBe(true);
    expect(log).toEqual(['release m0']);
  });
});
