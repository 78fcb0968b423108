// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { applyFilters } from '../../src/data/filters.ts';
import { decodeHash } from '../../src/state/hash.ts';
import defaultTour from '../../src/tour/default-tour.json';
import { PENDING, fillText, stopFigures } from '../../src/tour/figures.ts';
import { parseTour } from '../../src/tour/tour.ts';
import { publicFiguresData } from '../fixtures/figures-data.ts';

const data = publicFiguresData();
const figures = (hash: string, highlight?: string) => stopFigures(data, decodeHash(hash).state, highlight);

describe('stopFigures on the committed data', () => {
  it('counts the pôles of each phase like applyFilters, next to the official count', () => {
    // Every distinct published figure of the year (official_counts.csv), as the sources give them.
    expect(figures('#v=1&year=2005')).toMatchObject({
      poles: 66,
      labelled: 66,
      official: '67 / 66',
      year: '2005',
    });
    expect(figures('#v=1&year=2010')).toMatchObject({ poles: 71, official: '71 / 72' });
    expect(figures('#v=1&year=2019')).toMatchObject({ poles: 55, official: '56' });
    expect(figures('#v=1&year=2023')).toMatchObject({ poles: 55, official: '55 / 53' });
    expect(figures('#v=1&year=2011')).not.toHaveProperty('official');
    expect(figures('#v=1&year=2025')).not.toHaveProperty('official');
  });

  it('counts what the filters keep, and the sites shown', () => {
    const state = decodeHash('#v=1&year=2005&category=mondial,vocation-mondiale').state;
    const shown = applyFilters(data.poles.features, data.members.features, 2005, state.filters);
    const f = stopFigures(data, state);
    expect(f.poles).toBe(shown.poles.length);
    expect(f.sites).toBe(shown.members.length);
    expect(f.labelled).toBe(66);
  });

  it('explains 66 → 55 between 2018 and 2019 by mergers and a withdrawal', () => {
    const f = figures('#v=1&year=2019');
    expect(f).toMatchObject({ ended: 15, merged: 14, delabelled: 1, created: 4, fromMergers: 4 });
    expect(66 - (f.ended as number) + (f.created as number)).toBe(55);
    // No pôle of 2005 is "born of a merger" that year, although some absorbed others later.
    expect(figures('#v=1&year=2005')).toMatchObject({ created: 66, fromMergers: 0, ended: 0 });
  });

  it('gives the partnership figures only once the partnerships are loaded', () => {
    const f = figures('#v=1&view=links&year=2010&link=country:CA');
    expect(f.selectedEdges).toBeGreaterThan(0);
    expect(f.countries).toBeGreaterThan(1);
    expect(stopFigures({ ...data, partnerships: null }, decodeHash('#v=1').state)).not.toHaveProperty(
      'edges',
    );
  });

  it('describes a highlighted pôle from its own row', () => {
    expect(figures('#v=1', 'aerospace-valley')).toMatchObject({
      highlightName: 'Aerospace Valley',
      highlightHq: 'Toulouse',
    });
  });
});

describe('fillText', () => {
  it('writes numbers the way each language does, text as it is, and never a raw placeholder', () => {
    expect(fillText('{sites} sites, {year}', { sites: 1234, year: '2010' }, 'en')).toBe('1,234 sites, 2010');
    expect(fillText('{sites}', { sites: 1234 }, 'fr').replace(/\s/g, ' ')).toBe('1 234');
    expect(fillText('{edges} liens', {}, 'fr')).toBe(`${PENDING} liens`);
  });

  it('fills every placeholder of the default tour, in both languages', () => {
    for (const stop of parseTour(defaultTour).stops) {
      const f = stopFigures(data, stop.view, stop.highlight);
      for (const lang of ['fr', 'en'] as const) {
        const filled = fillText(`${stop.title[lang]}\n${stop.caption[lang]}`, f, lang);
        expect(filled, stop.state).not.toContain(PENDING);
        expect(filled).not.toMatch(/[{}]/);
      }
    }
  });
});
