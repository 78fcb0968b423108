// SPDX-License-Identifier: MIT
// Long computations of the main thread cut into short tasks: an imported list of 100,000 sites is
// laid out and packed for the GPU in steps (generators), run here a slice of time at a time, so
// that no task keeps the page from answering for more than about SLICE_MS (issue 14: 100 ms).

/** How long one slice of work may run before the page gets the thread back, in milliseconds. */
export const SLICE_MS = 20;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Resolves in a later task: Chromium's scheduler.yield() where there is one, else a timer. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `steps` to its end (its return value), giving the thread back after every `budgetMs` of work. */
export async function runSliced<T>(steps: Generator<void, T, void>, budgetMs = SLICE_MS): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start >= budgetMs) {
      await nextTask();
      start = performance.now();
    }
  }
}
