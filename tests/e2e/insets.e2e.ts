// SPDX-License-Identifier: MIT
// The insets in real Chromium: they draw the choropleth's class colours, tint the régions of the
// selected pôle's footprint, stand in the PNG export; and the basis of the analyses (all sites,
// named local sites, head offices) changes the legend's text and the table's figures.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { classColours, classOf } from '../../src/analysis/classes.ts';
import { applyFilters } from '../../src/data/filters.ts';
import { overseasInsets } from '../../src/geo/insets.ts';
import { INSET_SIZE } from '../../src/elements/poles-map/insets.ts';
import { concentrationView } from '../../src/map/concentration.ts';
import { baseGeo } from '../../src/map/map-view.ts';
import { INSET_COLOURS } from '../../src/map/inset-picture.ts';
import { DEFAULT_STATE } from '../../src/state/view-state.ts';
import { BASEMAP, SECTOR_COLOURS, hexToRgb } from '../../src/theme/palette.ts';
import type { MembersFile, PolesFile, TerritoriesFile } from '../../src/types.ts';
import { appMapDrawn, appSuite, colourDistance, openApp, pixelAt } from './harness.ts';

const read = <T>(name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as T;
const poles = read<PolesFile>('poles.geojson');
const members = read<MembersFile>('members.geojson');
const geo = baseGeo(read<Topology>('france.topo.json'));
const shown = applyFilters(poles.features, members.features, 2019, DEFAULT_STATE.filters);
const HEAD_OFFICES = shown.members.filter((m) => m.properties.siteBasis === 'head-office').length;

// The choropleth of documented sites by région in 2019, as the page computes it.
const CHOROPLETH = '#v=1&layer=choropleth&metric=sites';
const choropleth = concentrationView(
  { ...DEFAULT_STATE, layer: 'choropleth', metric: 'sites' },
  {
    shown,
    territories: read<TerritoriesFile>('territories.json'),
    basemap: geo.basemap,
    regionMap: '2016',
    communes: null,
  },
).layers!;

/** The fill of région `code` in the choropleth (alpha 230 over the inset's or the map's land), as RGB. */
function classFill(code: string, over: string = INSET_COLOURS.land): [number, number, number] {
  if (choropleth.kind !== 'choropleth') throw new Error('not a choropleth');
  const area = choropleth.areas.find((a) => a.id === code)!;
  const colour = hexToRgb(
    classColours(choropleth.breaks.length + 1)[classOf(area.properties.value, choropleth.breaks)!]!,
  );
  const land = hexToRgb(over);
  const a = 230 / 255;
  return colour.map((c, i) => Math.round(a * c + (1 - a) * land[i]!)) as [number, number, number];
}

// A pôle labelled in 2019 whose footprint includes overseas régions (Guadeloupe, La Réunion) and
// not Martinique: found in the data, no fixture needed.
const CAPENERGIES = poles.features.find((f) => f.id === 'capenergies')!;

const suite = appSuite(
  { viewport: { width: 1000, height: 700 }, acceptDownloads: true },
  async ({ served, page }) => {
    await openApp(page, `${served.url}${CHOROPLETH}`);
  },
);
const app = (selector: string) => suite.page.locator('poles-app').locator(selector);

describe('the insets', () => {
  it('fills an overseas inset and the Paris inset with their régions’ class colours', async () => {
    expect(CAPENERGIES.properties.regions).toEqual(expect.arrayContaining(['Guadeloupe', 'La Réunion']));
    const reunion = overseasInsets(geo.basemap.departements, INSET_SIZE).find((i) => i.code === '974')!;
    const [x, y] = reunion.place([55.53, -21.12]);
    const svg = (await app('poles-map .inset[data-code="974"] svg').boundingBox())!;
    const expected = classFill('04');
    // Not the bare land: the test would pass on an outline alone otherwise.
    expect(colourDistance(expected, hexToRgb(INSET_COLOURS.land))).toBeGreaterThan(20);
    expect(colourDistance(await pixelAt(suite.page, svg.x + x, svg.y + y), expected)).toBeLessThan(12);
    // Paris and the petite couronne: Île-de-France's class at the national scale.
    const paris = (await app('poles-map .paris-inset .inset[data-code="paris"] svg').boundingBox())!;
    const centre = await pixelAt(suite.page, paris.x + paris.width / 2, paris.y + paris.height / 2);
    expect(colourDistance(centre, classFill('11'))).toBeLessThan(12);
  });

  it('saves the insets into the PNG export, beside France', async () => {
    await app('details.export:not(.tour) summary').click();
    const [file] = await Promise.all([
      suite.page.waitForEvent('download', { timeout: 80_000 }),
      app('details.export:not(.tour) button').first().click(),
    ]);
    const png = PNG.sync.read(readFileSync(await file.path()));
    expect([png.width, png.height]).toEqual([1920, 1080]);
    await app('details.export:not(.tour) summary').click();
    // The column under the title holds no France (the map is framed to its right): Île-de-France's
    // class there is the Paris inset, the overseas class the five overseas insets.
    const count = (rgb: readonly number[], [from, to] = [0, 560]) => {
      let n = 0;
      for (let py = 0; py < png.height; py++) {
        for (let px = from; px < to; px++) {
          const i = (py * png.width + px) * 4;
          if (colourDistance([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], rgb) < 10) n++;
        }
      }
      return n;
    };
    expect(count(classFill('11'))).toBeGreaterThan(20_000);
    expect(count(classFill('04'))).toBeGreaterThan(10_000);
    // France itself is filled too: deck.gl links its shaders before the export's only frame is taken
    // (in the background, the choropleth was missing from the picture).
    expect(count(classFill('76', BASEMAP.land), [560, png.width])).toBeGreaterThan(20_000);
  });

  it('changes the legend and the table with the sites counted', async () => {
    const total = async () =>
      (await app('poles-table td.number').allTextContents()).reduce(
        (sum, s) => sum + Number(s.replace(/\s/g, '')),
        0,
      );
    const basis = app('poles-map poles-legend .basis');
    await expect.poll(() => basis.textContent()).toContain('tous les sites documentés');
    expect(await total()).toBe(shown.members.length);
    await app('poles-controls input[name="count-basis"][value="head-office"]').check();
    await expect.poll(() => basis.textContent(), { timeout: 10_000 }).toContain('sièges sociaux seulement');
    expect((await basis.textContent())!.replace(/\s/g, ' ')).toContain(`dont ${HEAD_OFFICES} sièges sociaux`);
    await expect.poll(total, { timeout: 10_000 }).toBe(HEAD_OFFICES);
    expect(await app('poles-table caption').textContent()).toContain('sièges sociaux seulement');
    expect(suite.page.url()).toContain('basis=head-office');
  });

  it('tints the insets of the régions a selected pôle covers, and those only', async () => {
    await openApp(suite.page, `${suite.served.url}#v=1&pole=capenergies`);
    const sector = hexToRgb(SECTOR_COLOURS[CAPENERGIES.properties.sector]);
    for (const [code, tinted] of [
      ['971', true],
      ['974', true],
      ['972', false],
    ] as const) {
      const button = app(`poles-map .inset[data-code="${code}"]`);
      await expect.poll(() => button.getAttribute('class')).toContain(tinted ? 'tinted' : 'inset');
      expect((await button.getAttribute('class'))!.includes('tinted'), code).toBe(tinted);
      // The border, drawn in the pôle's sector colour.
      const box = (await button.boundingBox())!;
      const border = await pixelAt(suite.page, box.x + 1, box.y + box.height / 2);
      expect(colourDistance(border, sector) < 30, code).toBe(tinted);
    }
    await appMapDrawn(suite.page);
    // Framed on Provence and Corsica, the map no longer shows the whole of France: no Paris inset
    // over the land at the top left; back at the overview, it returns.
    await expect.poll(() => app('poles-map .paris-inset').count(), { timeout: 10_000 }).toBe(0);
    await app('poles-map button.overview').click();
    await expect.poll(() => app('poles-map .paris-inset').count(), { timeout: 10_000 }).toBe(1);
    expect(suite.log.errors).toEqual([]);
  });
});
