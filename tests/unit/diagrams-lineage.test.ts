// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { lineageCsv } from '../../src/diagrams/lineage/csv.ts';
import { lineageLayout } from '../../src/diagrams/lineage/layout.ts';
import { FIXTURE_POLES, FIXTURE_TIME } from '../fixtures/time/fixture.ts';

const layout = () =>
  lineageLayout(FIXTURE_POLES, FIXTURE_TIME, FIXTURE_TIME, { yearWidth: 10, rowHeight: 10, labelWidth: 100 });
const band = (id: string) => layout().bands.find((b) => b.id === id)!;

describe('lineageLayout', () => {
  it('puts predecessors right under their successor, roots by first year then name', () => {
    expect(layout().bands.map((b) => b.id)).toEqual(['a', 'f', 'e', 'h', 'i', 'j', 'k', 'd', 'b', 'c', 'g']);
    expect(layout().bands.map((b) => b.y)).toEqual([5, 15, 25, 35, 45, 55, 65, 75, 85, 95, 105]);
  });

  it('draws labelled periods as runs, a gap as a break and a status no source states as a run to the end', () => {
    expect(band('f').runs.map((r) => [r.from, r.to, r.x0, r.x1, r.status, r.end, r.successor])).toEqual([
      [2005, 2018, 100, 240, 'labelled', 'merged', 'a'],
      [2023, 2026, 280, 320, 'labelled', 'open', null],
    ]);
    expect(band('g').runs.map((r) => [r.from, r.to, r.status, r.end])).toEqual([
      [2019, 2023, 'labelled', 'unknown'],
      [2024, 2026, 'unknown', 'unknown'],
    ]);
    expect(band('e').runs[0]).toMatchObject({ end: 'delabelled', endEvent: { date: '2010-05-11' } });
    expect(band('j').runs[0]).toMatchObject({ end: 'ended', endEvent: null });
  });

  it('joins a predecessor to its successor at the merger, and writes renamings', () => {
    const links = layout().links.map((l) => [l.from, l.to, l.x, l.y0, l.y1, l.joined]);
    expect(links).toEqual([
      ['b', 'd', 240, 85, 75, true],
      ['c', 'd', 240, 95, 75, true],
      ['f', 'a', 240, 15, 5, true],
    ]);
    expect(band('h')).toMatchObject({ firstName: 'Hotel Ancien', lastName: 'Hotel Nouveau' });
    expect(band('h').renames.map((r) => [r.x, r.event.rename?.to])).toEqual([
      [170, 'Hotel'],
      [260, 'Hotel Nouveau'],
    ]);
  });

  it('exports one CSV row per run with its end, successor and sources', () => {
    const lines = lineageCsv(layout()).split('\r\n');
    expect(lines[0]).toBe(
      'pole,first_name,last_name,from_year,to_year,status,end,successor,end_date,sources',
    );
    expect(lines).toContain(
      'b,Bravo,Bravo,2005,2018,labelled,merged,d,2019-02,https://example.org/b/label | https://example.org/event/2019-02/b-c-d',
    );
    expect(lines).toContain('g,Golf,Golf,2024,2026,unknown,unknown,,,');
    expect(lines).toHaveLength(1 + 13 + 1);
  });
});
