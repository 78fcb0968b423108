// SPDX-License-Identifier: MIT
// A lineage's name in a year, from its dated renamings (events.csv, parsed by the data build): the
// name a renaming gave, or before the first renaming the name it replaced; the usual short name of
// poles.csv when the lineage was never renamed.
import type { PoleEvent } from './types.ts';

/** Rename events with their parsed names, by pôle id, oldest first. */
export function renamesByPole(events: readonly PoleEvent[]): Map<string, PoleEvent[]> {
  const byPole = new Map<string, PoleEvent[]>();
  for (const e of events) {
    if (e.kind !== 'rename' || !e.rename || e.poles.length !== 1) continue;
    const id = e.poles[0]!;
    const list = byPole.get(id) ?? [];
    list.push(e);
    byPole.set(id, list);
  }
  for (const list of byPole.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return byPole;
}

/** The name of a lineage in `year`. */
export function nameIn(shortName: string, renames: readonly PoleEvent[] | undefined, year: number): string {
  if (!renames?.length) return shortName;
  const before = renames.filter((e) => e.year <= year).at(-1);
  return before ? before.rename!.to : renames[0]!.rename!.from;
}
