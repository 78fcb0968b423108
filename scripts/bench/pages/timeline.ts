// SPDX-License-Identifier: MIT
// When each JS and data file of a page was fetched: read by the bare startup page itself and, through
// page.evaluate, in the app by the runner (startup.ts), so that both timelines are the same measure.
// Self-contained: page.evaluate sends the function's source alone.

/** [file, start, end] in ms since navigation. */
export type Timeline = [string, number, number][];

export function resourceTimeline(): Timeline {
  return performance
    .getEntriesByType('resource')
    .filter((e) => /\.(m?js|json|geojson)$/.test(e.name))
    .map((e) => [
      e.name.replace(/^.*\//, ''),
      Math.round(e.startTime),
      Math.round((e as PerformanceResourceTiming).responseEnd),
    ]);
}
