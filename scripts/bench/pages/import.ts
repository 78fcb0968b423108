// SPDX-License-Identifier: MIT
// Time to import a SYNTHETIC member list of N rows in the browser: importMemberList with the commune
// index of the app's communes.json (?mode=ours), or a plain split of the same CSV (?mode=bare).
import { importMemberList } from '../../../src/data/member-import.ts';
import type { PoleRef } from '../../../src/data/import-headers.ts';
import { CommuneIndex } from '../../../src/geo/commune-index.ts';
import type { CommunesFile } from '../../../src/types.ts';
import { fetchBytes, fetchJson, numberParam, params, report } from './common.ts';

report(async () => {
  const rows = numberParam('rows', 100_000);
  const file = `synthetic-members-${rows}.csv`;
  const bytes = await fetchBytes(`bench-data/${file}`);
  if (params.get('mode') === 'bare') {
    const t = performance.now();
    let fields = 0;
    const lines = new TextDecoder().decode(bytes).split('\n');
    for (const line of lines) fields += line.split(',').length;
    return { mode: 'bare', ms: performance.now() - t, lines: lines.length, fields };
  }
  const [communes, poles] = await Promise.all([
    fetchJson<CommunesFile>('data/communes.json'),
    fetchJson<{ features: { properties: PoleRef }[] }>('data/poles.geojson'),
  ]);
  const refs = poles.features.map((f) => f.properties);
  let t = performance.now();
  const index = CommuneIndex.fromFile(communes);
  const indexMs = performance.now() - t;
  t = performance.now();
  const result = importMemberList(bytes, file, refs, index);
  const ms = performance.now() - t;
  return { mode: 'ours', ms, indexMs, rows: result.report.rows, placed: result.report.placed };
});
