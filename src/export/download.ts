// SPDX-License-Identifier: MIT
// Saving the exports as files. Text files go through the existing downloadText of <poles-links>;
// the PNG is a Blob already, so it gets the same Blob-URL-and-<a download> path without a copy.
import type { Dataset } from '../data/dataset.ts';
import { downloadText } from '../elements/poles-links/download.ts';
import type { ViewState } from '../state/view-state.ts';
import { exportPng, type PngExportOptions } from './png.ts';
import { polesCsv, shownGeoJson, shownRows, sitesCsv } from './rows.ts';
import { exportFileName } from './size.ts';

/** Saves `blob` as `filename`. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // Revoking in the same task can cancel the download in some browsers; the next task is enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export type TableExport = 'poles-csv' | 'sites-csv' | 'geojson';

/**
 * Saves the pôles or the sites a state shows as CSV, or both as GeoJSON. CSV files start with a
 * byte-order mark so that spreadsheets read the accents as UTF-8.
 */
export function downloadShown(
  kind: TableExport,
  data: Pick<Dataset, 'poles' | 'members'>,
  state: ViewState,
): void {
  const shown = shownRows(data, state);
  const name = exportFileName(kind, state);
  if (kind === 'geojson') downloadText(name, JSON.stringify(shownGeoJson(shown)), 'application/geo+json');
  else
    downloadText(
      name,
      `\ufeff${kind === 'poles-csv' ? polesCsv(shown.poles) : sitesCsv(shown.members)}`,
      'text/csv;charset=utf-8',
    );
}

/** Renders the PNG of a view and saves it. */
export async function downloadPng(options: PngExportOptions): Promise<void> {
  downloadBlob(exportFileName('png', options.state, options.preset), await exportPng(options));
}
