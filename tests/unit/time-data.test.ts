// SPDX-License-Identifier: MIT
// public/data/time.json against the reference README: the per-year table of the counting rule
// (hand-written here from data/README.md), the seat rule, names over time; and every new table's
// bad rows reported at file, row and column with nothing written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countIn, periodsByPole } from '../../src/data/time/label-status.ts';
import { laterNames, nameIn } from '../../src/data/time/names.ts';
import { parseRename } from '../../src/data/time/tables.ts';
import { hqByPole, seatIn } from '../../src/data/time/seat.ts';
import { yearSummary } from '../../src/data/time/year-summary.ts';
import type { TimeFile } from '../../src/data/time/types.ts';
import type { PolesFile } from '../../src/types.ts';
import { expectBuildError, makeWorkspace, removeWorkspaces, ROOT } from './support.ts';

afterAll(removeWorkspaces);

const time = JSON.parse(readFileSync(join(ROOT, 'public/data/time.json'), 'utf8')) as TimeFile;
const poles = JSON.parse(readFileSync(join(ROOT, 'public/data/poles.geojson'), 'utf8')) as PolesFile;
const byPole = periodsByPole(time.periods);

// data/README.md, "Pôles per year": year → [labelled (model), unknown].
const TABLE: Record<number, [number, number]> = {
  2005: [66, 0],
  2006: [66, 0],
  2007: [71, 0],
  2008: [71, 0],
  2009: [71, 0],
  2010: [71, 0],
  2011: [71, 0],
  2012: [71, 0],
  2013: [71, 0],
  2014: [71, 0],
  2015: [69, 0],
  2016: [69, 0],
  2017: [67, 0],
  2018: [66, 0],
  2019: [55, 0],
  2020: [53, 0],
  2021: [53, 0],
  2022: [53, 0],
  2023: [55, 0],
  2024: [55, 1],
  2025: [49, 7],
  2026: [49, 7],
};

describe('time.json: counting rule', () => {
  it('covers 2005-2026, as of December 2025', () => {
    expect([time.firstYear, time.lastYear, time.asOf]).toEqual([2005, 2026, '2025-12']);
  });
  for (let y = 2005; y <= 2026; y++) {
    it(`${y}: ${TABLE[y]![0]} labelled, ${TABLE[y]![1]} unknown`, () => {
      const { labelled, unknown } = countIn(byPole, y);
      expect([labelled.length, unknown.length]).toEqual(TABLE[y]);
    });
  }
  it('names the 7 unknowns of 2025 and the one of 2024', () => {
    expect(countIn(byPole, 2025).unknown).toEqual([
      'astech',
      'enter',
      'euramaterials',
      'fibres-energivie',
      'infra-2050',
      'materalia',
      'team2',
    ]);
    expect(countIn(byPole, 2024).unknown).toEqual(['materalia']);
  });
  it('has every official figure of the README table with what it counts and a source', () => {
    const figures = (y: number): (number | null)[] =>
      time.counts.filter((c) => c.year === y).map((c) => c.count);
    expect(figures(2005)).toEqual([67, 66]);
    expect(figures(2021)).toEqual([54, 54, 54]);
    expect(figures(2024)).toEqual([56, 57]);
    expect(figures(2025)).toEqual([null]);
    for (const c of time.counts) {
      expect(c.whatIsCounted).not.toBe('');
      expect(c.sources.length).toBeGreaterThan(0);
    }
    expect(time.countNotes.map((n) => n.year)).toEqual([
      2005, 2010, 2013, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
  });
});

describe('time.json: seat in year Y', () => {
  const hq = hqByPole(time.hq);
  const hasBase = new Map(poles.features.map((f) => [f.properties.id, f.geometry !== null]));
  const seat = (id: string, y: number) => seatIn(hq.get(id) ?? [], hasBase.get(id) ?? false, y);
  const communes = (id: string, y: number): string[] => {
    const s = seat(id, y);
    return s.kind === 'conflict'
      ? s.sides.map((h) => h.commune)
      : s.kind === 'moved'
        ? [s.row.commune]
        : [s.kind];
  };

  it('follows documented moves from their year', () => {
    expect(communes('eurobiomed', 2022)).toEqual(['base']);
    expect(communes('eurobiomed', 2023)).toEqual(['Montpellier']);
    expect(communes('agri-sud-ouest-innovation', 2018)).toEqual(['base']);
    expect(communes('agri-sud-ouest-innovation', 2019)).toEqual(['Auzeville-Tolosane']);
    expect(communes('pole-mer-mediterranee', 2013)).toEqual(['La Seyne-sur-Mer']);
  });
  it('keeps both sides once two communes conflict, never resolving them', () => {
    expect(communes('polymeris', 2021)).toEqual(['Lyon']);
    expect(communes('polymeris', 2023)).toEqual(['Lyon', 'Bellignat']);
    expect(communes('team2', 2024)).toEqual(['Loos-en-Gohelle']);
    expect(communes('team2', 2025)).toEqual(['Loos-en-Gohelle', 'Lens']);
    expect(communes('techtera', 2019)).toEqual(['Écully']);
  });
  it('gives 45 decided seats, 4 conflicts and 7 unknown seats among the 56 pôles of 2024 (README, Quality)', () => {
    const { labelled, unknown } = countIn(byPole, 2024);
    const kinds = [...labelled, ...unknown].map((id) => seat(id, 2024).kind);
    const n = (k: string): number => kinds.filter((x) => x === k).length;
    expect([n('base') + n('moved'), n('conflict'), n('none')]).toEqual([45, 4, 7]);
  });
});

describe('time.json: names over time', () => {
  it('parses every rename into old and new names', () => {
    expect(parseRename('IAR renamed Bioeconomy For Change (B4C)')).toEqual({
      from: 'IAR',
      to: 'Bioeconomy For Change (B4C)',
    });
    expect(parseRename('Fibres-Energivie renamed Build & Connect (general assembly of June 2023)')).toEqual({
      from: 'Fibres-Energivie',
      to: 'Build & Connect',
    });
    expect(parseRename('Derbi becomes Derbi-Cémater')).toEqual({ from: 'Derbi', to: 'Derbi-Cémater' });
    expect(parseRename('Phase V call for applications opens')).toBeNull();
    for (const e of time.events.filter((x) => x.kind === 'rename'))
      expect(e.rename, e.description).not.toBeNull();
  });
  it('gives the name at year Y and the later names', () => {
    expect(nameIn(time.events, 'iar', 'IAR', 2021)).toBe('IAR');
    expect(laterNames(time.events, 'iar', 2021)).toEqual([
      { name: 'Bioeconomy For Change (B4C)', year: 2022 },
    ]);
    expect(nameIn(time.events, 'iar', 'IAR', 2022)).toBe('Bioeconomy For Change (B4C)');
    expect(nameIn(time.events, 'cara', 'CARA', 2010)).toBe('Lyon Urban Truck & Bus');
    expect(laterNames(time.events, 'cara', 2010).map((n) => n.year)).toEqual([2012, 2017]);
    expect(nameIn(time.events, 'materalia', 'Materalia', 2006)).toBe('MIPI');
    expect(nameIn(time.events, 'minalogic', 'Minalogic', 2010)).toBe('Minalogic');
  });
});

describe('bad rows of the time tables (fixture build)', () => {
  const LP = 'data/label_periods.csv';
  const cases: [string, string, string, string, number, string, string][] = [
    [
      'overlapping periods',
      LP,
      'minalogic,2024,2024',
      'minalogic,2022,2024',
      5,
      'from_year',
      'overlaps the period of minalogic on row 4',
    ],
    [
      'unknown pôle in label_periods',
      LP,
      'pole-sans-siege,2007',
      'pole-sans,2007',
      6,
      'pole',
      'unknown pôle id "pole-sans"',
    ],
    [
      'open period not labelled',
      LP,
      '2005,,"phase V',
      '2005,2026,"phase V',
      2,
      'status_after',
      'an open period',
    ],
    [
      'periods disagreeing with poles.csv',
      LP,
      'imaginove,2005,2017',
      'imaginove,2006,2017',
      3,
      'from_year',
      'imaginove in 2005',
    ],
    [
      'count not a number',
      'data/official_counts.csv',
      '2005-11,3,',
      '2005-11,3x,',
      3,
      'count',
      '"3x" is not a whole number',
    ],
    [
      'count year out of scope',
      'data/official_counts.csv',
      '2005,2005-07-12',
      '2031,2005-07-12',
      2,
      'year',
      '2031 is outside',
    ],
    [
      'rename that does not parse',
      'data/events.csv',
      'Ancien nom renamed Sans siège',
      'Ancien nom then Sans siège',
      3,
      'description',
      'a rename is described as',
    ],
    [
      'unknown pôle in events',
      'data/events.csv',
      'imaginove;minalogic',
      'imaginove;minalogik',
      2,
      'poles',
      'unknown pôle id "minalogik"',
    ],
    [
      'bad event date',
      'data/events.csv',
      '2024-10,,budget',
      '2024-13,,budget',
      4,
      'date',
      '"2024-13" is not a date',
    ],
    [
      'HQ code that does not geocode',
      'data/hq_history.csv',
      'Lyon,69123',
      'Lyon,69999',
      2,
      'insee',
      'unknown commune code "69999"',
    ],
    [
      'unknown pôle in hq_history',
      'data/hq_history.csv',
      'aerospace-valley,Grenoble',
      'aerospace,Grenoble',
      4,
      'pole',
      'unknown pôle id "aerospace"',
    ],
    [
      'conflict side of high confidence',
      'data/hq_history.csv',
      'conflict,low',
      'conflict,high',
      3,
      'confidence',
      'never high',
    ],
    [
      'count note year twice',
      'data/count_notes.csv',
      '2005,4 contre',
      '2005,4 contre 3.,x\n2005,4 contre',
      3,
      'year',
      'already explained on row 2',
    ],
  ];
  for (const [name, file, from, to, row, column, text] of cases) {
    it(name, async () => {
      const ws = makeWorkspace();
      ws.replace(file, from, to);
      await expectBuildError(ws, { file: file.replace('data/', ''), row, column, text });
    });
  }
});

describe('yearSummary (the year panel)', () => {
  it('gives the model count, the unknowns, every published figure and why they differ', () => {
    const s2025 = yearSummary(time, poles.features, 2025);
    expect([s2025.labelled.length, s2025.unknown.length]).toEqual([49, 7]);
    expect(s2025.counts.map((c) => c.count)).toEqual([null]);
    expect(s2025.note?.fr).toContain('entre 49 et 56');
    const s2019 = yearSummary(time, poles.features, 2019);
    expect(s2019.labelled).toHaveLength(55);
    expect(s2019.counts.map((c) => [c.count, c.sourceFamily])).toEqual([[56, 'government decision']]);
    expect(s2019.note?.en).toContain('PICOM');
    expect(yearSummary(time, poles.features, 2009).note).toBeNull();
  });
});
