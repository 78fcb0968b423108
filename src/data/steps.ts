// SPDX-License-Identifier: MIT
// Computations over every site written as steps (generators that pause now and then), so that the
// page can run them a slice of time at a time (map/sliced.ts) and Node tests and small data at once.

/** Runs `steps` at once and returns what it returns. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
