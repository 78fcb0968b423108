// SPDX-License-Identifier: MIT
// A lineage's name at year Y and its later names, from the renames of events.csv (a year counts at
// its end, so a pôle renamed during Y bears its new name in Y). poles.csv's short_name is the usual
// name of the lineage and is not updated by later renamings.
import type { PoleEvent } from './types.ts';

export interface LaterName {
  name: string;
  year: number;
}

function renamesOf(events: readonly PoleEvent[], pole: string): { year: number; from: string; to: string }[] {
  return events
    .filter((e) => e.kind === 'rename' && e.rename !== null && e.poles[0] === pole)
    .map((e) => ({ year: e.year, ...e.rename! }))
    .sort((a, b) => a.year - b.year);
}

/** The name in `year`: the last rename's new name by then, else the first rename's old name, else `usual`. */
export function nameIn(events: readonly PoleEvent[], pole: string, usual: string, year: number): string {
  const renames = renamesOf(events, pole);
  const done = renames.filter((r) => r.year <= year);
  if (done.length > 0) return done[done.length - 1]!.to;
  return renames[0]?.from ?? usual;
}

/** The names the lineage took after `year`, in order. */
export function laterNames(events: readonly PoleEvent[], pole: string, year: number): LaterName[] {
  return renamesOf(events, pole)
    .filter((r) => r.year > year)
    .map((r) => ({ name: r.to, year: r.year }));
}
