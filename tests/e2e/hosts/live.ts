// SPDX-License-Identifier: MIT
// What a host page still has running (issue 14): its live WebGL contexts (not lost), workers (not
// terminated) and fetches (neither settled nor aborted), counted by the page itself from its first
// script on.
import type { Page } from 'playwright-core';

export interface Live {
  contexts: number;
  workers: number;
  fetches: number;
}

/** Counts contexts, workers and fetches from the page's first script on; call before navigating. */
export async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Held weakly: a context holds its canvas and, through it, the whole removed map, which the
    // heap check of a removal must see collected.
    const contexts: WeakRef<WebGL2RenderingContext>[] = [];
    const workers = new Set<Worker>();
    const fetches = new Set<Promise<Response>>();
    let aborted = 0;
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
      const context = (getContext as (...a: unknown[]) => unknown).apply(this, args);
      if (context instanceof WebGL2RenderingContext && !contexts.some((c) => c.deref() === context))
        contexts.push(new WeakRef(context));
      return context;
    } as typeof getContext;
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers.add(this);
      }
      override terminate(): void {
        workers.delete(this);
        super.terminate();
      }
    };
    const nativeFetch = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      const pending = nativeFetch(...args);
      fetches.add(pending);
      // Settled when the response arrives; a body still streaming is counted by its reader's fetch.
      pending.then(
        () => fetches.delete(pending),
        (error: unknown) => {
          fetches.delete(pending);
          if ((error as Error)?.name === 'AbortError') aborted += 1;
        },
      );
      return pending;
    };
    Object.assign(window, {
      __live: () => ({
        contexts: contexts.filter((c) => c.deref()?.isContextLost() === false).length,
        workers: workers.size,
        fetches: fetches.size,
      }),
      __aborted: () => aborted,
      __contextsCreated: () => contexts.length,
    });
  });
}

export const live = (page: Page): Promise<Live> =>
  page.evaluate(() => (window as unknown as { __live(): Live }).__live());

/** Fetches that ended with an AbortError so far. */
export const abortedFetches = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __aborted(): number }).__aborted());

/** WebGL2 contexts created so far, lost or not. */
export const contextsCreated = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __contextsCreated(): number }).__contextsCreated());
