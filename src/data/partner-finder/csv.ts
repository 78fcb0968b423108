// SPDX-License-Identifier: MIT
// CSV export of the candidates a finder shows, with their reasons in words and their sources, so
// that a spreadsheet keeps why each candidate is there and where that comes from.
import { csvField } from '../csv.ts';
import type { Candidate, Reason } from './score.ts';

export const FINDER_CSV_COLUMNS = ['rank', 'kind', 'id', 'name', 'country', 'region', 'score', 'reasons', 'sources'] as const;

export function candidatesCsv(list: readonly Candidate[], describe: (r: Reason) => string): string {
  const rows = list.map((c, i) => [
    i + 1,
    c.kind,
    c.id,
    c.name,
    c.country,
    c.region,
    c.score,
    c.reasons.map(describe).join(' ; '),
    [...new Set(c.reasons.flatMap((r) => r.edges.flatMap((e) => e.sources)))].join(' | '),
  ]);
  return [[...FINDER_CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
