// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import {
  NO_ATTRIBUTES,
  embedViewOf,
  parseAttributes,
  region2016Of,
  type RawAttributes,
} from '../../src/elements/poles-map/attributes.ts';
import { DEFAULT_STATE } from '../../src/state/view-state.ts';

const none: RawAttributes = NO_ATTRIBUTES;
const parse = (raw: Partial<RawAttributes>) =>
  parseAttributes({ ...none, ...raw }, 'https://region.example/carte/');

describe('<poles-map> attributes', () => {
  it('gives the defaults without attributes', () => {
    expect(parse({})).toEqual({
      state: DEFAULT_STATE,
      ui: 'full',
      membersSrc: null,
      basemap: null,
      rejected: [],
    });
  });

  it('accepts every year of the data as phase, 2005 to 2026, and none after', () => {
    for (const year of [2005, 2019, 2023, 2026]) expect(parse({ phase: String(year) }).state.year).toBe(year);
    expect(parse({ phase: '2027' }).rejected).toEqual([['phase', '2027']]);
  });

  it('reads every attribute', () => {
    const p = parse({
      pole: 'aerospace-valley',
      region: '76',
      sector: 'aeronautique-espace',
      phase: '2010',
      view: 'density',
      lang: 'en',
      ui: 'minimal',
      membersSrc: 'membres.csv',
      basemap: 'https://tiles.example/style.json',
    });
    expect(p.rejected).toEqual([]);
    expect(p.state).toMatchObject({
      pole: 'aerospace-valley',
      year: 2010,
      layer: 'hexbin',
      view: 'map',
      lang: 'en',
      filters: { regions: ['76'], sectors: ['aeronautique-espace'] },
    });
    expect(p.ui).toBe('minimal');
    expect(p.membersSrc).toBe('https://region.example/carte/membres.csv');
    expect(p.basemap).toBe('https://tiles.example/style.json');
  });

  it('maps a pre-2016 région code to its 2016 région', () => {
    expect(region2016Of('73')).toBe('76'); // Midi-Pyrénées → Occitanie
    expect(region2016Of('76')).toBe('76');
    expect(region2016Of('99')).toBeNull();
    expect(parse({ region: '82' }).state.filters.regions).toEqual(['84']);
  });

  it('rejects each bad value and keeps the default', () => {
    const p = parse({
      phase: '1890',
      region: 'Bretagne',
      sector: 'spatial',
      view: '3d',
      lang: 'de',
      ui: 'tiny',
      pole: '<img src=x>',
      membersSrc: 'javascript:alert(1)',
    });
    expect(p.state).toEqual(DEFAULT_STATE);
    expect(p.ui).toBe('full');
    expect(p.membersSrc).toBeNull();
    expect(p.rejected.map(([name]) => name).sort()).toEqual(
      ['lang', 'members-src', 'phase', 'pole', 'region', 'sector', 'ui', 'view'].sort(),
    );
  });

  it('names the view of a state', () => {
    expect(embedViewOf({ view: 'links', layer: 'sites' })).toBe('links');
    expect(embedViewOf({ view: 'map', layer: 'hexbin' })).toBe('density');
    expect(embedViewOf({ view: 'map', layer: 'choropleth' })).toBe('sites');
  });
});
