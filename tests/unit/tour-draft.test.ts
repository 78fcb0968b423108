// SPDX-License-Identifier: MIT
// The tour editor's pure operations: a view recorded as a stop, add, delete, reorder, edit, the
// problems routed to their fields, and the file round trip (saved, reopened: the same tour).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import defaultTour from '../../src/tour/default-tour.json';
import {
  addStop,
  draftProblems,
  draftsOfTour,
  moveStop,
  problemsAt,
  removeStop,
  serialiseTour,
  stopFromView,
  stopProblems,
  toTourJson,
  tourProblems,
  updateStop,
  type DraftStop,
} from '../../src/tour/draft.ts';
import { parseTour, parseTourText } from '../../src/tour/tour.ts';
import { DEFAULT_STATE } from '../../src/state/view-state.ts';
import type { TimeFile } from '../../src/data/time/types.ts';
import type { PolesFile } from '../../src/types.ts';

const poles = JSON.parse(readFileSync('public/data/poles.geojson', 'utf8')) as PolesFile;
const time = JSON.parse(readFileSync('public/data/time.json', 'utf8')) as TimeFile;

const title = (fr: string) => ({ fr, en: `${fr} (en)` });
/** A stop with its caption written, as a presenter leaves it. */
function written(year: number, name: string): DraftStop {
  const stop = stopFromView({ ...DEFAULT_STATE, year }, title(name));
  return { ...stop, caption: { fr: '{poles} pôles', en: '{poles} pôles' } };
}
const titles = (stops: readonly DraftStop[]) => stops.map((s) => s.title.fr);

describe('a view recorded as a stop', () => {
  it('keeps the view without the language, and makes the selected pôle its highlight', () => {
    const stop = stopFromView(
      { ...DEFAULT_STATE, year: 2010, lang: 'en', pole: 'aerospace-valley', layer: 'choropleth' },
      title('Aerospace Valley'),
    );
    expect(stop.state).toBe('#v=1&layer=choropleth&year=2010');
    expect(stop.highlight).toBe('aerospace-valley');
    expect(stop.caption).toEqual({ fr: '', en: '' });
    // The caption is still to write: the problems say where.
    expect(draftProblems([stop])).toEqual([
      'stops[0].caption.fr: missing or empty',
      'stops[0].caption.en: missing or empty',
    ]);
  });

  it('gives every stop its own id', () => {
    const a = stopFromView(DEFAULT_STATE, title('a'));
    const b = stopFromView(DEFAULT_STATE, title('a'));
    expect(a.id).not.toBe(b.id);
  });
});

describe('editing the list', () => {
  const [a, b, c] = [written(2005, 'A'), written(2010, 'B'), written(2019, 'C')];
  const stops = [a, b, c];

  it('adds at the end and deletes by id, never changing the list it was given', () => {
    const d = written(2015, 'D');
    expect(titles(addStop(stops, d))).toEqual(['A', 'B', 'C', 'D']);
    expect(titles(removeStop(stops, b.id))).toEqual(['A', 'C']);
    expect(titles(stops)).toEqual(['A', 'B', 'C']);
  });

  it('moves a stop up, down and to either end, clamped to the list', () => {
    expect(titles(moveStop(stops, 2, 1))).toEqual(['A', 'C', 'B']);
    expect(titles(moveStop(stops, 0, 1))).toEqual(['B', 'A', 'C']);
    expect(titles(moveStop(stops, 2, 0))).toEqual(['C', 'A', 'B']);
    expect(titles(moveStop(stops, 0, 9))).toEqual(['B', 'C', 'A']);
    expect(titles(moveStop(stops, 1, -1))).toEqual(['B', 'A', 'C']);
    expect(moveStop([], 0, 1)).toEqual([]);
  });

  it('edits one stop', () => {
    const next = updateStop(stops, b.id, { notes: { fr: 'Note', en: '' } });
    expect(next[1]!.notes.fr).toBe('Note');
    expect(next[0]).toBe(a);
  });
});

describe('problems, field by field', () => {
  const problems = [
    'stops: 1 of 2 stops set "cam"; set it on every stop or on none',
    'stops[1].title.en: missing or empty',
    'stops[1].caption: expected {"fr": "…", "en": "…"}',
    'stops[1].state: not understood: year',
    'stops[1]: {official} has no published count for 2011',
    'stops[10].title.fr: missing or empty',
  ];

  it('gives each field its own, without the place', () => {
    expect(problemsAt(problems, 'stops[1].title')).toEqual(['en: missing or empty']);
    expect(problemsAt(problems, 'stops[1].caption')).toEqual(['expected {"fr": "…", "en": "…"}']);
    expect(problemsAt(problems, 'stops[1].notes')).toEqual([]);
  });

  it('gives the stop those of no edited field, and the tour those of no stop', () => {
    expect(stopProblems(problems, 1)).toEqual([
      'stops[1].state: not understood: year',
      'stops[1]: {official} has no published count for 2011',
    ]);
    expect(tourProblems(problems)).toEqual([problems[0]]);
  });

  it('checks the data too once the tour parses: a highlight not labelled in its year', () => {
    const stop = { ...written(2019, 'X'), highlight: 'no-such-pole' };
    expect(draftProblems([stop], { poles, time })).toEqual(['stops[0].highlight: no pôle "no-such-pole"']);
    expect(draftProblems([stop])).toEqual([]);
  });
});

describe('the JSON file', () => {
  it('writes no id, no empty highlight and no empty notes', () => {
    const json = toTourJson([written(2010, 'B')]);
    expect(json.stops[0]).toEqual({
      state: '#v=1&year=2010',
      title: title('B'),
      caption: { fr: '{poles} pôles', en: '{poles} pôles' },
    });
  });

  it('round-trips the default tour: parsed, edited as drafts, saved, reopened, the same stops', () => {
    const drafts = draftsOfTour(parseTour(defaultTour));
    const text = serialiseTour(drafts);
    expect(JSON.parse(text)).toEqual(defaultTour);
    const reopened = draftsOfTour(parseTourText(text));
    expect(reopened.map(({ id: _id, ...s }) => s)).toEqual(drafts.map(({ id: _id, ...s }) => s));
  });

  it('round-trips notes and a reordered list', () => {
    let stops = [written(2005, 'A'), written(2010, 'B')];
    stops = updateStop(stops, stops[0]!.id, { notes: { fr: 'Rappeler la date', en: 'Recall the date' } });
    stops = moveStop(stops, 0, 1);
    const reopened = parseTourText(serialiseTour(stops));
    expect(reopened.stops.map((s) => s.title.fr)).toEqual(['B', 'A']);
    expect(reopened.stops[1]!.notes).toEqual({ fr: 'Rappeler la date', en: 'Recall the date' });
  });
});
