// SPDX-License-Identifier: MIT
// Item 11: the bytes of the data files the default view loads (src/data/dataset.ts, loadDataset),
// gzip -9, against the same files before issue 18 ("Smaller data").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './synthetic.ts';
import { row, type Row } from './table.ts';

export const DEFAULT_VIEW_FILES = ['poles.geojson', 'members.geojson', 'france.topo.json', 'time.json'];

/** The four files on main on 2026-12-05, before issue 18 (gzip -9: 32,491 + 29,233 + 81,361 + 31,805). */
const BEFORE_ISSUE_18 = 174_890;

export function measureDataSize(): { files: Record<string, number>; rows: Row[] } {
  const files = Object.fromEntries(
    DEFAULT_VIEW_FILES.map((file) => [
      file,
      gzipSync(readFileSync(join(ROOT, 'public/data', file)), { level: 9 }).length,
    ]),
  );
  const total = Object.values(files).reduce((a, b) => a + b, 0);
  return {
    files,
    rows: [
      row(
        '11 data size',
        'data of the default view (public/data) vs before issue 18',
        'B gzip',
        total,
        BEFORE_ISSUE_18,
        {},
        DEFAULT_VIEW_FILES.join(', '),
      ),
    ],
  };
}
