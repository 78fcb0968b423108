// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import defaultTour from '../../src/tour/default-tour.json';
import {
  MAX_NOTES_LENGTH,
  TourError,
  checkHighlights,
  parseTour,
  parseTourText,
} from '../../src/tour/tour.ts';
import type { PolesFile } from '../../src/types.ts';
import type { TimeFile } from '../../src/data/time/types.ts';

const poles = JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile;
const time = JSON.parse(readFileSync('public/data/time.json', 'utf8')) as TimeFile;

const text = (fr: string, en = fr) => ({ fr, en });
const stop = (patch: Record<string, unknown> = {}) => ({
  state: '#v=1&year=2010',
  title: text('Titre', 'Title'),
  caption: text('{poles} pôles', '{poles} pôles'),
  ...patch,
});

/** The problems parseTour reports for `json` (fails the test when it accepts it). */
function problems(json: unknown): string[] {
  try {
    parseTour(json);
  } catch (error) {
    expect(error).toBeInstanceOf(TourError);
    return (error as TourError).problems;
  }
  throw new Error('the tour was accepted');
}

describe('parseTour', () => {
  it('accepts the default tour, with the decoded states, from 2005 to the last year of the data', () => {
    const tour = parseTour(defaultTour);
    expect(tour.stops.length).toBeGreaterThanOrEqual(9);
    expect(tour.stops[0]!.view.year).toBe(2005);
    expect(tour.stops.some((s) => s.view.layer === 'choropleth')).toBe(true);
    expect(tour.stops.some((s) => s.view.view === 'links')).toBe(true);
    // The phases up to the last year (phase IV 2019, phase V 2023, 2026) and a stop on what changed.
    const years = tour.stops.map((s) => s.view.year);
    for (const year of [2019, 2023, time.lastYear]) expect(years).toContain(year);
    const evolutions = tour.stops.find((s) => s.view.view === 'evolutions');
    expect(evolutions?.view).toMatchObject({ evoA: 2018, evoB: 2019, year: 2019 });
    // Both languages and notes for the presenter view on the stops that have them.
    expect(tour.stops.filter((s) => s.notes).length).toBeGreaterThan(0);
  });

  it('wants the source of every figure a text writes out (or {official}, listed with its sources)', () => {
    expect(problems({ stops: [stop({ caption: text('Plus de 200 participants') })] })).toEqual([
      'stops[0]: the text writes a figure out: add "sources" (where it comes from)',
    ]);
    const sourced = stop({
      caption: text('Plus de 200 participants'),
      sources: text('competitivite.gouv.fr'),
    });
    expect(parseTour({ stops: [sourced] }).stops[0]!.sources).toEqual(text('competitivite.gouv.fr'));
    // Years name a time, not a figure; {official} brings the published counts' own sources.
    expect(parseTour({ stops: [stop({ title: text('2007-2013 : {poles} pôles') })] }).stops).toHaveLength(1);
    expect(
      parseTour({ stops: [stop({ caption: text('Le 12 juillet : {official}') })] }).stops[0]!.sources,
    ).toBeUndefined();
  });

  it('checks the sources and the speaker notes: both languages, no stray key, a bounded length', () => {
    expect(
      problems({
        stops: [stop({ notes: { fr: 'Dire ceci' }, sources: { fr: 'a', en: 'b', de: 'c' } })],
      }),
    ).toEqual(['stops[0].sources: unknown key "de"', 'stops[0].notes.en: expected a string']);
    expect(problems({ stops: [stop({ notes: text('x'.repeat(3001)) })] })).toEqual([
      'stops[0].notes.fr: 3001 characters, at most 3000',
      'stops[0].notes.en: 3001 characters, at most 3000',
    ]);
    const notes = text('Première ligne\nDeuxième ligne', 'First line\nSecond line');
    expect(parseTour({ stops: [stop({ notes })] }).stops[0]!.notes).toEqual(notes);
  });

  it('applies the highlight as the selected pôle', () => {
    const tour = parseTour({
      stops: [stop({ highlight: 'aerospace-valley', caption: text('{highlightName}') })],
    });
    expect(tour.stops[0]!.view.pole).toBe('aerospace-valley');
  });

  it('refuses what is not a tour', () => {
    expect(problems(null)).toEqual(['expected {"stops": [ … ]}']);
    expect(problems({ stops: [] })).toEqual(['stops: the tour has no stop']);
  });

  it('names the field at fault, for every problem at once', () => {
    const found = problems({
      stops: [
        stop({ state: 'year=2010' }),
        stop({ state: '#v=1&year=1990&layer=pie' }),
        stop({ title: { fr: 'Titre' } }),
        stop({ captoin: text('x') }),
      ],
      extra: true,
    });
    expect(found).toEqual([
      'unknown key "extra"',
      'stops[0].state: expected a hash string such as "#v=1&year=2010"',
      'stops[1].state: not understood: layer, year',
      'stops[2].title.en: missing or empty',
      'stops[3]: unknown key "captoin"',
    ]);
  });

  it('leaves the language to the presenter', () => {
    expect(problems({ stops: [stop({ state: '#v=1&lang=en' })] })).toEqual([
      'stops[0].state: remove "lang" (the presenter chooses the language)',
    ]);
  });

  it('checks the figures a text asks for', () => {
    const found = problems({
      stops: [
        stop({ caption: text('{pôles}', '{nope}') }),
        stop({ caption: text('{highlightSites}') }),
        stop({ caption: text('{selectedEdges}') }),
      ],
    });
    expect(found[0]).toMatch(/^stops\[0\]\.caption\.en: unknown figure \{nope\} \(known: year, poles/);
    expect(found.slice(1)).toEqual([
      'stops[1].caption.fr: {highlightSites} needs "highlight"',
      'stops[1].caption.en: {highlightSites} needs "highlight"',
      'stops[2].caption.fr: {selectedEdges} needs a "link" selection in the state',
      'stops[2].caption.en: {selectedEdges} needs a "link" selection in the state',
    ]);
  });

  it('keeps captions to two lines and titles to one', () => {
    const found = problems({
      stops: [
        stop({ caption: text('a\nb\nc', 'a'), title: text('a\nb', 'a') }),
        stop({ caption: text('x'.repeat(201)) }),
      ],
    });
    expect(found).toEqual([
      'stops[0].title.fr: 2 lines, at most 1',
      'stops[0].caption.fr: 3 lines, at most 2',
      'stops[1].caption.fr: a line is longer than 200 characters',
      'stops[1].caption.en: a line is longer than 200 characters',
    ]);
  });

  it('wants a camera on every stop or on none (the map keeps its last camera)', () => {
    expect(problems({ stops: [stop({ state: '#v=1&cam=2.0000,46.0000,5.00' }), stop()] })).toEqual([
      'stops: 1 of 2 stops set "cam"; set it on every stop or on none',
    ]);
    expect(parseTour({ stops: [stop({ state: '#v=1&cam=2.0000,46.0000,5.00' })] }).stops).toHaveLength(1);
  });

  it('refuses a highlight that is not an id', () => {
    expect(problems({ stops: [stop({ highlight: '<img>' })] })).toEqual([
      'stops[0].highlight: expected a pôle id',
    ]);
  });
});

describe('speaker notes', () => {
  it('keeps notes in French and English, either of them empty', () => {
    const tour = parseTour({ stops: [stop({ notes: text('Dire que 2005 compte 67 pôles.', '') })] });
    expect(tour.stops[0]!.notes).toEqual({ fr: 'Dire que 2005 compte 67 pôles.', en: '' });
    expect(parseTour({ stops: [stop()] }).stops[0]!.notes).toBeUndefined();
  });

  it('names the field of every notes problem: shape, type, length, unknown key', () => {
    expect(
      problems({
        stops: [
          stop({ notes: 'lire le texte' }),
          stop({ notes: { fr: 3, en: 'x' } }),
          stop({ notes: { fr: 'x'.repeat(MAX_NOTES_LENGTH + 1), en: '', de: 'x' } }),
        ],
      }),
    ).toEqual([
      'stops[0].notes: expected {"fr": "…", "en": "…"}',
      'stops[1].notes.fr: expected a string',
      `stops[2].notes.fr: ${MAX_NOTES_LENGTH + 1} characters, at most ${MAX_NOTES_LENGTH}`,
      'stops[2].notes: unknown key "de"',
    ]);
    expect(problems({ stops: [stop({ notes: { fr: '' } })] })).toEqual([
      'stops[0].notes.en: expected a string',
    ]);
  });
});

describe('parseTourText', () => {
  it('reads a file with a byte-order mark, and reports JSON syntax errors as a TourError', () => {
    expect(parseTourText(`\ufeff${JSON.stringify({ stops: [stop()] })}`).stops).toHaveLength(1);
    let error: unknown;
    try {
      parseTourText('{"stops": [');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TourError);
    expect((error as TourError).problems[0]).toMatch(/^not JSON: /);
  });
});

describe('checkHighlights', () => {
  it('finds nothing wrong in the default tour', () => {
    expect(checkHighlights(parseTour(defaultTour), poles, time)).toEqual([]);
  });

  it('reports {official} quoted in a year without a published count (2011, 2025)', () => {
    const tour = parseTour({
      stops: [
        stop({ state: '#v=1&year=2011', caption: text('{official}') }),
        stop({ state: '#v=1&year=2025', caption: text('{official}') }),
        stop({ state: '#v=1&year=2024', caption: text('{official}') }),
      ],
    });
    expect(checkHighlights(tour, poles, time)).toEqual([
      'stops[0]: {official} has no published count for 2011',
      'stops[1]: {official} has no published count for 2025',
    ]);
  });

  it('reports an unknown pôle, a pôle not labelled that year, and a quoted HQ that is unknown', () => {
    const unplaced = poles.features.find(
      (f) => f.properties.hqCommune === null && f.properties.labelledYear === 2005,
    )!;
    const tour = parseTour({
      stops: [
        stop({ highlight: 'no-such-pole' }),
        stop({ state: '#v=1&year=2005', highlight: 'cimes' }),
        stop({ state: '#v=1&year=2005', highlight: unplaced.id, caption: text('{highlightHq}') }),
      ],
    });
    expect(checkHighlights(tour, poles, time)).toEqual([
      'stops[0].highlight: no pôle "no-such-pole"',
      'stops[1].highlight: cimes is not labelled in 2005',
      `stops[2]: {highlightHq}: the HQ of ${unplaced.id} is not documented`,
    ]);
  });
});
