// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { filterPartnerships, indexPoles } from '../../src/data/partnership-graph.ts';
import { byCountry } from '../../src/data/partnership-countries.ts';
import { KIND_COLOURS } from '../../src/diagrams/colours.ts';
import { countriesLayout } from '../../src/diagrams/countries/layout.ts';
import { countryName } from '../../src/diagrams/texts.ts';
import { partnershipsFixture, polesFixture } from '../fixtures/partnerships/fixture.ts';

const edges = filterPartnerships(partnershipsFixture.edges, indexPoles(polesFixture), { year: 2019 });

describe('countries layout', () => {
  const layout = countriesLayout(byCountry(edges), { barWidth: 200, rowHeight: 10 });

  it('draws one bar per country on a shared scale, stacked by kind', () => {
    const countries = layout.bars.filter((b) => b.region === undefined);
    expect(countries.map((b) => b.key)[0]).toBe('DE');
    expect(countries[0]!.width).toBe(200);
    expect(countries[1]!.width).toBe(100);
    expect(layout.bars.map((b) => b.y)).toEqual(layout.bars.map((_, i) => i * 10));
    for (const bar of layout.bars) {
      expect(bar.segments.reduce((n, s) => n + s.count, 0)).toBe(bar.total);
      bar.segments.forEach((s, i) => i > 0 && expect(s.x0).toBe(bar.segments[i - 1]!.x1));
    }
    expect(layout.total).toBe(8);
  });

  it('puts the foreign regions under their country, Québec apart from the rest of Canada', () => {
    const keys = layout.bars.map((b) => b.key);
    const canada = keys.indexOf('CA');
    const quebec = layout.bars[keys.indexOf('CA-quebec')]!;
    expect(keys.indexOf('CA-quebec')).toBeGreaterThan(canada);
    expect(quebec).toMatchObject({ country: 'CA', region: 'Québec' });
    // The region bars of a country add up to its bar; a country without known regions has none.
    for (const country of layout.bars.filter((b) => b.region === undefined)) {
      const parts = layout.bars.filter((b) => b.region !== undefined && b.country === country.key);
      if (parts.length) expect(parts.reduce((n, b) => n + b.total, 0)).toBe(country.total);
    }
    expect(layout.bars.filter((b) => b.country === 'JP')).toHaveLength(1);
  });

  it('lists the kinds present, coloured with the kind palette', () => {
    expect(layout.kinds).toEqual(['mou', 'programme', 'symposium-project', 'other']);
    expect(layout.bars[0]!.segments[0]!.colour).toBe(KIND_COLOURS.mou);
  });

  it('names countries in the reader’s language', () => {
    expect(countryName('fr', 'DE')).toBe('Allemagne');
    expect(countryName('en', 'DE')).toBe('Germany');
    expect(countryName('en', 'none')).toBe('no country (multinational programmes)');
  });
});
