// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../src/state/view-state.ts';
import { STATE_PARAM, currentViewTour, presentHref } from '../../src/tour/current.ts';
import { figureTables } from '../../src/tour/figures.ts';
import { parseTour } from '../../src/tour/tour.ts';

describe('the app’s "Présenter"', () => {
  it('opens present.html on the app’s view, in its language, with no camera (the stage frames it)', () => {
    const state = { ...DEFAULT_STATE, year: 2010, lang: 'en' as const, camera: { lon: 2, lat: 46, zoom: 5 } };
    const href = presentHref(state);
    const url = new URL(href, 'http://localhost/app/');
    expect(url.pathname).toBe('/app/present.html');
    expect(url.hash).toBe('#stop=1&lang=en');
    const tour = parseTour(currentViewTour(url.searchParams.get(STATE_PARAM)!));
    expect(tour.stops).toHaveLength(1);
    expect(tour.stops[0]!.view).toMatchObject({ year: 2010, camera: null });
  });

  it('makes a valid one-stop tour of any app hash, lang and camera left out', () => {
    const tour = parseTour(currentViewTour('#v=1&view=links&year=2012&lang=en&cam=2,46,5&link=country:CA'));
    expect(tour.stops[0]!.state).toBe('#v=1&view=links&year=2012&link=country%3ACA');
    expect(tour.stops[0]!.view).toMatchObject({ view: 'links', year: 2012, link: 'country:CA' });
    expect(tour.stops[0]!.caption.fr).toContain('{poles}');
  });
});

describe('figureTables', () => {
  it('names the data tables the computed figures of a text come from, none for the year or {official}', () => {
    expect(figureTables(['{poles} pôles en {year}', '{sites} sites'])).toEqual([
      'label_periods.csv',
      'members.csv',
      'poles.csv',
    ]);
    expect(figureTables(['{edges} liens'])).toEqual(['partnerships.csv']);
    expect(figureTables(['En {year} : {official}'])).toEqual([]);
  });
});
