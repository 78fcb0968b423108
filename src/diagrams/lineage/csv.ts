// SPDX-License-Identifier: MIT
// The lineage diagram as a table: one row per run of a band (a labelled period, or the years whose
// status no source states), with how it ended, the successor, the dating event and the sources.
import { csvText, type CsvValue } from '../../analysis/csv.ts';
import type { LineageLayout } from './layout.ts';

export const LINEAGE_CSV_HEADER = [
  'pole',
  'first_name',
  'last_name',
  'from_year',
  'to_year',
  'status',
  'end',
  'successor',
  'end_date',
  'sources',
] as const;

/** CSV text (RFC 4180, CRLF) of the diagram's runs, in its row order. */
export function lineageCsv(layout: LineageLayout): string {
  const rows: CsvValue[][] = [[...LINEAGE_CSV_HEADER]];
  for (const band of layout.bands) {
    for (const run of band.runs) {
      const sources = [...(run.period?.sources ?? []), ...(run.endEvent?.sources ?? [])];
      rows.push([
        band.id,
        band.firstName,
        band.lastName,
        run.from,
        run.to,
        run.status,
        run.end,
        run.successor,
        run.endEvent?.date ?? null,
        [...new Set(sources)].join(' | '),
      ]);
    }
  }
  return csvText(rows);
}
