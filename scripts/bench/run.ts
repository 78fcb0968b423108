// SPDX-License-Identifier: MIT
// `npm run bench`: one run on this machine, every figure as a ratio against a bare baseline
// measured in the same run (TOOLCHAIN.md: CPU-rendered times only mean something side by side).
// Prints a Markdown table and writes it with the machine's facts to bench/results.json.
//
//   npm run bench -- [--quick] [--runs 11] [--only bundle,startup,lazy,pan,import,data] [--sizes 1000,10000]
//                    [--out file] [--keep]
// --quick skips the 1M-site pan (about 2 minutes on SwiftShader). --runs: of the startup (the other
// items have their own). 11, because on SwiftShader one startup run can be 30% off the median, and
// medians of 5 runs of one build ranged from 1.42× to 1.58×.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { format } from 'prettier';
import { launchChromium, serve, type Server } from './browser.ts';
import { buildApp, buildBareEngines, buildBenchPages, type Composition } from './builds.ts';
import { measureBundles } from './bundle.ts';
import { measureDataBuild, measureImport, measureMembersSrc } from './data.ts';
import { measureDataSize } from './data-size.ts';
import { buildLazyEmbed, measureLazyEmbed } from './lazy-embed.ts';
import { FILTER_SITES, measureFps, measureGpuFilter } from './fps.ts';
import { machine } from './machine.ts';
import { measureStartup } from './startup.ts';
import { ROOT, SYNTHETIC_NOTE, writeSynthetic } from './synthetic.ts';
import { markdownTable, row, type Row } from './table.ts';
import { MEMBER_LIST_LIMITS } from '../../src/data/member-limits.ts';

const ITEMS = ['bundle', 'startup', 'lazy', 'pan', 'import', 'data'] as const;
const LAZY_RUNS = 3;
/** The member-list limit: the import bench rows measure a list at it. */
const IMPORT_ROWS = MEMBER_LIST_LIMITS.rows;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string', default: '11' },
    only: { type: 'string', default: ITEMS.join(',') },
    out: { type: 'string', default: join(ROOT, 'bench/results.json') },
    keep: { type: 'boolean', default: false },
    sizes: { type: 'string' },
  },
});
const only = new Set(values.only.split(','));
const runs = Number(values.runs);
if (loadavg()[0]! > 1.5 * cpus().length) {
  console.error(
    `[bench] load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores: figures will be noisy`,
  );
}
const counts = values.sizes
  ? values.sizes.split(',').map(Number)
  : values.quick
    ? [1_000, 10_000, 100_000]
    : [1_000, 10_000, 100_000, 1_000_000];

const log = (message: string): void => console.error(`[bench] ${message}`);
const tmp = mkdtempSync(join(tmpdir(), 'poles-bench-'));
const dirs = {
  app: join(tmp, 'app'),
  pages: join(tmp, 'pages'),
  bare: join(tmp, 'bare'),
  embed: join(tmp, 'embed'),
};
const rows: Row[] = [];
const details: Record<string, unknown> = {};
const servers: Server[] = [];
let browser: Browser | null = null;
let parts: Composition = new Map();
let chromium = 'not launched';
const started = performance.now();
const loadAtStart = loadavg()[0]!;

try {
  const needsBrowser = ['startup', 'lazy', 'pan', 'import'].some((item) => only.has(item));
  if (only.has('bundle') || only.has('startup')) {
    log('building the app into a temp folder…');
    parts = await buildApp(dirs.app);
  }
  if (only.has('bundle')) {
    log('building the bare engines…');
    const entry = await buildBareEngines(dirs.bare);
    const bundles = measureBundles(dirs.app, dirs.bare, entry, parts);
    rows.push(...bundles.rows);
    details['bundle'] = {
      app: bundles.app,
      bare: bundles.bare,
      embed: bundles.embed,
      initialParts: bundles.initialParts,
    };
    const dataSize = measureDataSize();
    rows.push(...dataSize.rows);
    details['dataSize'] = dataSize.files;
  }
  if (needsBrowser) {
    log('building the bench pages and the synthetic data…');
    await buildBenchPages(dirs.pages);
    writeSynthetic(
      join(dirs.pages, 'bench-data'),
      // The import's baseline draws as many synthetic sites as the list has rows.
      [
        ...new Set([
          ...(only.has('pan') ? [...counts, FILTER_SITES] : []),
          ...(only.has('import') ? [IMPORT_ROWS] : []),
        ]),
      ],
      only.has('import') ? IMPORT_ROWS : null,
    );
    browser = await launchChromium();
    chromium = browser.version();
    const pages = await serve(dirs.pages);
    servers.push(pages);
    if (only.has('startup')) {
      const app = await serve(dirs.app);
      servers.push(app);
      log(`startup: ${runs} runs each…`);
      const startup = await measureStartup(browser, app.url, pages.url, runs);
      rows.push(...startup.rows);
      details['startup'] = {
        appMs: startup.app,
        paintedMs: startup.painted,
        bareMs: startup.bare,
        mapSize: startup.mapSize,
        gpuProcessCpuMs: startup.gpuCpu,
        timelines: startup.timelines,
      };
    }
    if (only.has('lazy')) {
      log('lazy embed: building the embed…');
      await buildLazyEmbed(dirs.embed);
      const embed = await serve(dirs.embed);
      servers.push(embed);
      log(`lazy embed: ${LAZY_RUNS} runs…`);
      const lazy = await measureLazyEmbed(
        browser,
        { url: embed.url, dir: dirs.embed },
        { url: pages.url, dir: dirs.pages },
        LAZY_RUNS,
      );
      rows.push(...lazy.rows);
      details['lazyEmbed'] = { runs: lazy.runs, bareBytes: lazy.bareBytes };
    }
    if (only.has('pan')) {
      log(`pan: ${counts.join(', ')} synthetic sites…`);
      const fps = await measureFps(browser, pages.url, counts, (n) => (n >= 1_000_000 ? 1 : 3), 5000);
      rows.push(...fps.rows);
      details['pan'] = fps.runs;
      log('filter: year and sector changes on 100k synthetic sites…');
      const filter = await measureGpuFilter(browser, pages.url, 3);
      rows.push(...filter.rows);
      details['filter'] = filter.runs;
    }
    if (only.has('import')) {
      log('import: 100k-row synthetic member list…');
      const imported = await measureImport(browser, pages.url, IMPORT_ROWS, 3);
      rows.push(...imported.rows);
      details['import'] = imported.importRuns;
      log(
        'members-src: the same list imported by <poles-map>, and a bare deck.gl map given as many sites, longest main-thread task…',
      );
      const members = await measureMembersSrc(browser, pages.url, IMPORT_ROWS, 3);
      rows.push(...members.rows);
      details['membersSrc'] = members.membersRuns;
    }
  }
  if (only.has('data')) {
    if (!existsSync(join(ROOT, '../shared/data/geo'))) {
      rows.push(row('10 data', 'npm run data', 'ms', null, null, {}, '../shared/data/geo missing: skipped'));
    } else {
      log('data build: 3 runs…');
      const data = await measureDataBuild(tmp, 3);
      rows.push(...data.rows);
      details['data'] = { buildMs: data.buildMs, readMs: data.readMs };
    }
  }
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
  if (values.keep) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

const results = {
  generatedBy: `npm run bench${values.quick ? ' -- --quick' : ''}`,
  note: `Ratios ours/bare from one run on one machine. ${SYNTHETIC_NOTE}`,
  machine: machine(chromium, loadAtStart),
  durationS: Math.round((performance.now() - started) / 1000),
  rows,
  details,
};
const out = resolve(values.out);
writeFileSync(out, await format(JSON.stringify(results), { parser: 'json', printWidth: 110 }));
console.log(markdownTable(rows));
console.log(
  `\nload average ${results.machine.loadAverage.join(' → ')}; ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, ${chromium}; ${results.durationS} s. Written to ${out}`,
);
