// SPDX-License-Identifier: MIT
// Partnership projects in real Chromium (issue 17): the seeded synthetic sample imported through the
// file picker shows the funnel, marked synthetic, the bad row named; a project's timeline; the CSV
// export holds exactly the rows shown. One page load.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticProjectsCsv } from '../../scripts/bench/synthetic-projects.ts';
import { readPoleIds } from '../../scripts/bench/synthetic.ts';
import { projectsFileOf } from '../../src/data/projects/file.ts';
import { importProjects } from '../../src/data/projects/parse.ts';
import type { Manifest, PartnershipsFile, PolesFile } from '../../src/types.ts';
import type { Dataset } from '../../src/data/dataset.ts';
import { STAGE_COLOURS } from '../../src/diagrams/stage-colours.ts';
import { STATUSES } from '../../src/data/projects/scale.ts';
import { t } from '../../src/i18n/messages.ts';
import { projectsView } from '../../src/map/projects.ts';
import { hexToRgb } from '../../src/theme/palette.ts';
import { PNG } from 'pngjs';
import { appMapDrawn, appSuite, colourDistance, openApp, pixelAt } from './harness.ts';

const suite = appSuite({ viewport: { width: 1280, height: 800 } });

const projects = (selector: string) => suite.page.locator('poles-app poles-projects').locator(selector);

function poleRefs() {
  const poles = JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile;
  return poles.features.map((f) => ({
    id: f.id as string,
    name: f.properties.name,
    shortName: f.properties.shortName,
  }));
}

async function downloadedBytes(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([suite.page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

async function downloaded(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const { name, bytes } = await downloadedBytes(click);
  return { name, text: bytes.toString('utf8') };
}

/** Every path's points in page pixels, through the app map's `project()`. */
function projected(paths: [number, number][][]): Promise<{ x: number; y: number }[][]> {
  return suite.page.evaluate((list) => {
    const map = document.querySelector('poles-app')!.shadowRoot!.querySelector('poles-map') as HTMLElement & {
      project(p: [number, number]): { x: number; y: number };
    };
    const box = map.getBoundingClientRect();
    return list.map((path) =>
      path.map((p) => {
        const q = map.project(p);
        return { x: box.left + q.x, y: box.top + q.y };
      }),
    );
  }, paths);
}

/** Distance from `p` to the segment a-b. */
function toSegment(
  p: { x: number; y: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const k = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p.x - a.x - k * dx, p.y - a.y - k * dy);
}

describe('partnership projects', () => {
  it('imports the synthetic sample: funnel, bad row named, timeline, CSV of the rows shown', async () => {
    // A list written by the data build (--projects) is listed in the manifest and shown on load.
    const built = projectsFileOf(
      importProjects(Buffer.from(syntheticProjectsCsv(3, readPoleIds())), 'construit.csv', poleRefs()),
    );
    await suite.page.route('**/data/manifest.json', async (route) => {
      const manifest = (await (await route.fetch()).json()) as Manifest;
      manifest.files.push({
        file: 'projects.json',
        records: 3,
        sha256: '',
        bytes: 0,
        sources: [],
        attribution: '',
      });
      await route.fulfill({ json: manifest });
    });
    await suite.page.route('**/data/projects.json', (route) => route.fulfill({ json: built }));
    await openApp(suite.page, `${suite.served.url}#v=1&view=links&year=2012`);
    await expect
      .poll(() => projects('[role=status]').textContent(), { timeout: 20_000 })
      .toContain('construit.csv : projets retenus : 3, lignes écartées : 0.');
    expect(await projects('.synthetic').count()).toBe(1);

    // 80 synthetic projects and one bad row (the country is France) at line 82.
    const sample =
      syntheticProjectsCsv(80, readPoleIds()) + 'BAD-1;Mauvais;cluster-de-test;;;FR;;;;idée;2010;;;;;;;s\r\n';
    await projects('input[name=projects]').setInputFiles({
      name: 'synthetique-projets-partenariat-80.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(sample, 'utf8'),
    });
    await expect
      .poll(() => projects('[role=status]').textContent(), { timeout: 20_000 })
      .toContain('projets retenus : 80, lignes écartées : 1.');
    expect(await projects('.synthetic').textContent()).toContain('SYNTHÉTIQUE');
    expect(await projects('.rejected li').textContent()).toMatch(
      /Ligne 82, colonne Pôles\s: unknown pôle "cluster-de-test"/,
    );

    // The funnel of the app's year: seven bars, counts narrowing along the scale.
    expect(await projects('svg.funnel').getAttribute('aria-label')).toBe(
      '[SYNTHÉTIQUE] Maturité des projets fin 2012',
    );
    const counts = await projects('svg.funnel g.stage text.count').allTextContents();
    expect(counts).toHaveLength(7);
    const reached = counts.slice(0, 6).map(Number);
    expect(reached[0]).toBeGreaterThan(0);
    expect([...reached].sort((a, b) => b - a)).toEqual(reached);
    expect(await projects('table.by-year tbody tr').count()).toBeGreaterThan(3);

    // A project's timeline.
    await projects('table.projects tbody tr[data-id="SYN-003"] button').click();
    expect(await projects('svg.timeline').getAttribute('aria-label')).toBe(
      '[SYNTHÉTIQUE] Étapes du projet SYN-003',
    );
    const timeline = await downloaded(() => projects('button[name=export-timeline]').click());
    expect(timeline.name).toBe('synthetique-chronologie-SYN-003.svg');
    expect(timeline.text).toContain(
      '<title class="diagram-title">[SYNTHÉTIQUE] Étapes du projet SYN-003</title>',
    );
    expect(await projects('svg.timeline g.mark').count()).toBeGreaterThan(1);
    await suite.page.screenshot({ path: join(tmpdir(), 'e2e-projects-1280.png'), fullPage: false });

    // CSV of exactly the rows shown, marked synthetic in its name.
    const shownIds = await projects('table.projects tbody tr').evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('data-id')),
    );
    const csv = await downloaded(() => projects('button[name=export-projects]').click());
    expect(csv.name).toBe('synthetique-projets-affiches.csv');
    const lines = csv.text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Identifiant,Titre,Pôles,/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(shownIds);
    expect(shownIds).toHaveLength(80);

    // By foreign region, Québec apart from the rest of Canada; choosing it filters the table and the export.
    await projects('select[name=breakdown]').selectOption('region');
    const regions = await projects('table.breakdown tbody th').allTextContents();
    expect(regions.map((r) => r.trim())).toEqual(
      expect.arrayContaining(['Québec (Canada)', 'Ontario (Canada)', 'inconnu']),
    );
    await projects('table.breakdown tr[data-key="CA:Québec"] button').click();
    const quebec = await projects('table.projects tbody tr td:nth-child(5)').allTextContents();
    expect(quebec.length).toBeGreaterThan(0);
    expect(quebec.length).toBeLessThan(80);
    expect(new Set(quebec)).toEqual(new Set(['Québec']));
    const quebecCsv = await downloaded(() => projects('button[name=export-projects]').click());
    expect(quebecCsv.text.trim().split('\r\n')).toHaveLength(quebec.length + 1);
    await projects('table.breakdown tr[data-key="CA:Québec"] button').click();
    await expect.poll(() => projects('table.projects tbody tr').count()).toBe(80);

    // Selecting a pôle shows its projects only, and the export follows.
    const pole = sample.split('\r\n')[1]!.split(';')[2]!;
    await suite.page.evaluate((id) => (location.hash = `#v=1&view=links&year=2012&pole=${id}`), pole);
    await expect.poll(() => projects('table.projects tbody tr').count()).toBeLessThan(80);
    const poleIds = await projects('table.projects tbody tr').evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('data-id')),
    );
    expect(poleIds).toContain('SYN-001');
    const poleCsv = await downloaded(() => projects('button[name=export-projects]').click());
    expect(
      poleCsv.text
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(poleIds);

    // A file dropped on the panel is imported the same way; a list without a required column is refused.
    await suite.page.evaluate(() => {
      const zone = document
        .querySelector('poles-app')!
        .shadowRoot!.querySelector('poles-projects')!
        .shadowRoot!.querySelector('.drop')!;
      const data = new DataTransfer();
      data.items.add(new File(['Identifiant;Titre\nP1;T\n'], 'sans-colonnes.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect
      .poll(() => projects('[role=status]').textContent())
      .toMatch(
        /Liste non importée\s: sans-colonnes\.csv: missing column\(s\): "Pôles", "Pays", "Étape", "Source"/,
      );
    expect(await projects('table.projects tbody tr').count()).toBeGreaterThan(0);

    await suite.page.setViewportSize({ width: 390, height: 844 });
    await projects('svg.funnel').scrollIntoViewIfNeeded();
    await suite.page.screenshot({ path: join(tmpdir(), 'e2e-projects-390.png') });
    expect(suite.log.errors).toEqual([]);
  }, 90_000);
  it('finds partners for a pôle with known links, with reasons and sources; Québec is a region', async () => {
    await suite.page.setViewportSize({ width: 1280, height: 800 });
    await suite.page.evaluate(() => (location.hash = '#v=1&view=links&pole=alsace-biovalley'));
    const finder = (selector: string) => suite.page.locator('poles-app poles-finder').locator(selector);
    await expect
      .poll(() => finder('table.candidates tbody tr').count(), { timeout: 20_000 })
      .toBeGreaterThan(5);
    // Worked out from data/partnerships.csv: Lyonbiopôle works with two partners of Alsace BioValley
    // (MLSC and CQDM); Atlanpole Biothérapies is a health pôle of another région not linked with it.
    const lyon = finder('tr[data-id="lyonbiopole"]');
    expect(await lyon.locator('td').first().textContent()).toBe('2');
    const reasons = await lyon.locator('li').allTextContents();
    expect(reasons.join('\n')).toMatch(
      /partenaire étranger partagé\s: Massachusetts Life Sciences Center \(MLSC\) \(\+1\)/,
    );
    expect(reasons.join('\n')).toMatch(/partenaire étranger partagé\s: CQDM/);
    expect(await lyon.locator('a[href^="https://"]').count()).toBeGreaterThan(1);
    expect(await finder('tr[data-id="atlanpole-biotherapies"] li').textContent()).toMatch(
      /même secteur \(Biotechnologies, santé\), autre région, pas encore lié\s: \+2/,
    );

    // Québec as a region: choosing it leaves only Québec partners.
    await finder('select[name=region]').selectOption('Québec');
    const quebec = await finder('table.candidates tbody tr th .sources').allTextContents();
    expect(quebec.length).toBeGreaterThan(0);
    for (const place of quebec) expect(place.trim()).toBe('Québec, Canada');
    const shownIds = await finder('table.candidates tbody tr').evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('data-id')),
    );
    const csv = await downloaded(() => finder('button[name=export-candidates]').click());
    const lines = csv.text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('rank,kind,id,name,country,region,score,reasons,sources');
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(shownIds);
    // The chosen diagram is kept in the URL, and the share dialog says an embed cannot keep it.
    await suite.page.locator('poles-app poles-links select[name=view]').selectOption('international');
    await expect.poll(() => suite.page.evaluate(() => location.hash)).toContain('diagram=international');
    await suite.page.locator('poles-app poles-share [part=button]').click();
    await expect
      .poll(() => suite.page.locator('poles-app poles-share dialog .note').textContent())
      .toContain('diagram');
    await suite.page.keyboard.press('Escape');
    await suite.page.locator('poles-app poles-finder').scrollIntoViewIfNeeded();
    await suite.page.screenshot({ path: join(tmpdir(), 'e2e-finder-1280.png') });
    await suite.page.setViewportSize({ width: 390, height: 844 });
    await finder('table.candidates').scrollIntoViewIfNeeded();
    await suite.page.screenshot({ path: join(tmpdir(), 'e2e-finder-390.png') });
    expect(suite.log.errors).toEqual([]);
  }, 60_000);
  it('draws the projects on the world map by stage, lists them in the pôle profile, exports the view as PNG', async () => {
    await suite.page.setViewportSize({ width: 1280, height: 800 });
    await openApp(suite.page, `${suite.served.url}#v=1&view=links&diagram=international&links=all`);
    const csv = syntheticProjectsCsv(80, readPoleIds());
    await projects('input[name=projects]').setInputFiles({
      name: 'synthetique-projets-partenariat-80.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await expect
      .poll(() => projects('[role=status]').textContent(), { timeout: 20_000 })
      .toContain('projets retenus : 80');

    // The arcs the map should draw, worked out in Node with the same pure code.
    const list = importProjects(Buffer.from(csv), 'synthetique.csv', poleRefs()).projects;
    const partnerships = JSON.parse(
      readFileSync('public/data/partnerships.json', 'utf8'),
    ) as PartnershipsFile;
    const poles = JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile;
    const { projectArcs: arcs = [], projectLegend } = projectsView({ poles } as Dataset, partnerships, list);
    expect(arcs.length).toBeGreaterThan(40);
    await appMapDrawn(suite.page);
    const map = (await suite.page.locator('poles-app poles-map').boundingBox())!;
    const legendBox = await suite.page.locator('poles-app poles-map details.legend').boundingBox();
    const paths = await projected(arcs.map((a) => a.path));
    // An arc whose midpoint is on the map, clear of the legend and 6 px from every other project arc.
    const mid = (k: number) => paths[k]![Math.floor(paths[k]!.length / 2)]!;
    const clear = arcs.findIndex((_, k) => {
      const m = mid(k);
      const inside =
        m.x > map.x + 20 && m.x < map.x + map.width - 20 && m.y > map.y + 20 && m.y < map.y + map.height - 60;
      const underLegend =
        legendBox &&
        m.x > legendBox.x - 10 &&
        m.x < legendBox.x + legendBox.width + 10 &&
        m.y < legendBox.y + legendBox.height + 10;
      return (
        inside &&
        !underLegend &&
        paths.every(
          (other, j) => j === k || other.every((p, i) => i === 0 || toSegment(m, other[i - 1]!, p) > 6),
        )
      );
    });
    expect(clear).toBeGreaterThanOrEqual(0);
    const arc = arcs[clear]!;
    const colour = hexToRgb(STAGE_COLOURS[arc.project.status]);
    const { x, y } = mid(clear);
    await expect
      .poll(async () => colourDistance(await pixelAt(suite.page, x, y), colour), {
        timeout: 10_000,
        message: arc.id,
      })
      .toBeLessThan(40);
    // Nearer to its stage's colour than to any other stage's.
    const pixel = await pixelAt(suite.page, x, y);
    for (const [stage, hex] of Object.entries(STAGE_COLOURS))
      if (stage !== arc.project.status)
        expect(colourDistance(pixel, hexToRgb(hex))).toBeGreaterThan(colourDistance(pixel, colour));

    // The legend keys the stages drawn, and only those, in the scale's order.
    await suite.page.locator('poles-app poles-map details.legend summary').click();
    const section = suite.page.locator('poles-app poles-map details.legend ul').first();
    // Marked synthetic, as the charts of the sample are.
    expect(await suite.page.locator('poles-app poles-map details.legend h2').first().textContent()).toBe(
      '[SYNTHÉTIQUE] Projets par étape actuelle',
    );
    const stageTexts = projectLegend!.stages.map((s) => t('fr', `projects.stage.${s.status}`));
    expect((await section.locator('li').allTextContents()).map((s) => s.trim())).toEqual(stageTexts);
    // Linked with the projects' filters: one stage chosen, the legend has that stage only.
    await projects('select[name=stage]').selectOption('abouti');
    await expect
      .poll(async () => (await section.locator('li').allTextContents()).map((s) => s.trim()), {
        timeout: 10_000,
      })
      .toEqual(['abouti']);
    await projects('select[name=stage]').selectOption('');

    // The profile of a pôle lists its projects: title, partner, place, current stage and date, source.
    const pole = arc.pole;
    const ofPole = list.filter((p) => p.poles.includes(pole));
    await suite.page.evaluate(
      (id) => (location.hash = `#v=1&view=links&diagram=international&links=all&pole=${id}`),
      pole,
    );
    const items = suite.page.locator('poles-app pole-profile ul.projects li');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(ofPole.length);
    const first = ofPole[0]!;
    const text = (await suite.page
      .locator(`poles-app pole-profile ul.projects li[data-id="${first.id}"]`)
      .textContent())!;
    expect(text).toContain(first.title);
    expect(text).toContain(first.foreignPartners[0]);
    expect(text).toContain(t('fr', `projects.stage.${first.status}`));
    expect(text).toContain('SYNTHÉTIQUE');

    // PNG of the view: a 1920×1080 picture with the project arcs in it.
    await suite.page.locator('poles-app details.export:not(.tour) summary').click();
    const png = await downloadedBytes(() =>
      suite.page.locator('poles-app details.export:not(.tour) button').first().click(),
    );
    expect(png.name).toMatch(/\.png$/);
    const image = PNG.sync.read(png.bytes);
    expect([image.width, image.height]).toEqual([1920, 1080]);
    let stagePixels = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const p = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
      if (colourDistance(p, colour) < 20) stagePixels++;
    }
    // Far more than its legend swatch (22 × 4 px): the arcs themselves.
    expect(stagePixels).toBeGreaterThan(500);

    // Québec selected in the diagrams filters the projects table too (and so the map's lines).
    await suite.page.evaluate(
      () => (location.hash = '#v=1&view=links&diagram=international&links=all&link=region:CA-quebec'),
    );
    const regions = projects('table.projects tbody tr td:nth-child(5)');
    const quebecCount = list.filter((p) => p.country === 'CA' && p.foreignRegion === 'Québec').length;
    await expect.poll(() => regions.count(), { timeout: 10_000 }).toBe(quebecCount);
    expect(new Set(await regions.allTextContents())).toEqual(new Set(['Québec']));
    expect(suite.log.errors).toEqual([]);
  }, 120_000);
  it('keeps the project, the breakdown row and the stage in the hash; a reload restores them once the list is imported again', async () => {
    // Without the list the data build would write: the projects come from the import only.
    await suite.page.unroute('**/data/manifest.json');
    await suite.page.unroute('**/data/projects.json');
    await suite.page.setViewportSize({ width: 1280, height: 800 });
    const importSample = async () => {
      await projects('input[name=projects]').setInputFiles({
        name: 'synthetique-projets-partenariat-80.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(syntheticProjectsCsv(80, readPoleIds()), 'utf8'),
      });
      await expect
        .poll(() => projects('[role=status]').textContent(), { timeout: 20_000 })
        .toContain('projets retenus : 80');
    };
    await openApp(suite.page, `${suite.served.url}#v=1&view=links&year=2012`);
    await importSample();
    await projects('select[name=breakdown]').selectOption('region');
    await projects('table.breakdown tr[data-key="CA:Québec"] button').click();
    const row = projects('table.projects tbody tr').first();
    const id = (await row.getAttribute('data-id'))!;
    const status = (await row.locator('td').last().textContent())!;
    await row.locator('button').click();
    const stage = STATUSES.find((s) => t('fr', `projects.stage.${s}`) === status)!;
    await projects('select[name=stage]').selectOption(stage);
    const hash = () => suite.page.evaluate(() => location.hash);
    await expect.poll(hash).toContain(`proj=${id}`);
    expect(await hash()).toContain('pbreak=region:CA:Qu%C3%A9bec');
    expect(await hash()).toContain(`stage=${stage}`);
    const shared = await hash();

    // A reload with that hash: nothing to show until the same list is imported again, then the same
    // dimension, row, stage and timeline.
    await openApp(suite.page, `${suite.served.url}${shared}`);
    expect(await projects('svg.timeline').count()).toBe(0);
    await importSample();
    await expect.poll(() => projects('select[name=breakdown]').inputValue()).toBe('region');
    expect(await projects('table.breakdown tr[data-key="CA:Québec"]').getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await projects('select[name=stage]').inputValue()).toBe(stage);
    expect(await projects(`table.projects tbody tr[data-id="${id}"]`).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await projects('svg.timeline').getAttribute('aria-label')).toBe(
      `[SYNTHÉTIQUE] Étapes du projet ${id}`,
    );
    expect(await hash()).toBe(shared);
    expect(await projects('.pending').count()).toBe(0);

    // A project the list does not hold stays pending, said in a note, the rest applied.
    await suite.page.evaluate((h) => (location.hash = h.replace(/proj=[^&]+/, 'proj=INCONNU-1')), shared);
    await expect.poll(() => projects('.pending').textContent()).toContain('INCONNU-1');
    expect(await projects('svg.timeline').count()).toBe(0);
    expect(await projects('table.breakdown tr[data-key="CA:Québec"]').getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(suite.log.errors).toEqual([]);
  }, 120_000);
});
