// SPDX-License-Identifier: MIT
// CSV export of the partnerships a view shows (RFC 4180), with the source and confidence columns
// kept, as the data README asks, all the way to the reader's spreadsheet.
import type { Partnership } from '../types.ts';
import { csvField } from './csv.ts';
import type { PoleIndex } from './partnership-graph.ts';

/** Columns of the export, in order. */
export const CSV_COLUMNS = [
  'id',
  'source_pole',
  'source_name',
  'target_kind',
  'target_id',
  'target_name',
  'target_country',
  'target_city',
  'kind',
  'label',
  'year_start',
  'year_end',
  'description',
  'confidence',
  'sources',
] as const;

/** The edges as CSV text: a header line then one record per edge, CRLF line ends (RFC 4180). */
export function partnershipsCsv(edges: readonly Partnership[], poles: PoleIndex): string {
  const rows = edges.map((e) => [
    e.id,
    e.source,
    poles.get(e.source)?.name ?? null,
    e.targetKind,
    e.target,
    e.targetName,
    e.targetCountry,
    e.targetCity,
    e.kind,
    e.label,
    e.yearStart,
    e.yearEnd,
    e.description,
    e.confidence,
    e.sources.join(' | '),
  ]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
