// SPDX-License-Identifier: MIT
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PoleFeature } from '../../src/data/selection.ts';
import { compareYears, reconciles, type Evolution, type TimeTables } from '../../src/data/time/evolutions.ts';
import { countIn, periodsByPole } from '../../src/data/time/label-status.ts';
import { regionNetChange } from '../../src/data/time/region-change.ts';
import type { TimeFile } from '../../src/data/time/types.ts';
import type { PolesFile } from '../../src/types.ts';
import { FIXTURE_POLES, FIXTURE_TIME } from '../fixtures/time/fixture.ts';

const lineage = (evo: Evolution, id: string) => evo.lineages.find((l) => l.id === id);
const fixture = (a: number, b: number) => compareYears(FIXTURE_POLES, FIXTURE_TIME, a, b);

/** Checks the identity for every pair of years, against the counting rule's own counts. */
function everyPair(poles: readonly PoleFeature[], time: TimeTables, first: number, last: number): number {
  const byPole = periodsByPole(time.periods);
  let pairs = 0;
  for (let a = first; a <= last; a++) {
    for (let b = a + 1; b <= last; b++) {
      const r = compareYears(poles, time, a, b).reconciliation;
      const countA = countIn(byPole, a);
      const countB = countIn(byPole, b);
      expect([r.a.labelled, r.a.unknown], `${a}`).toEqual([countA.labelled.length, countA.unknown.length]);
      expect([r.b.labelled, r.b.unknown], `${b}`).toEqual([countB.labelled.length, countB.unknown.length]);
      expect(reconciles(r), `${a} → ${b}: ${JSON.stringify(r)}`).toBe(true);
      pairs++;
    }
  }
  return pairs;
}

describe('compareYears on the fixture', () => {
  it('lists a merger into a new lineage and an absorption with their successors', () => {
    const evo = fixture(2018, 2019);
    expect(lineage(evo, 'b')).toMatchObject({ kind: 'merged', successor: 'd' });
    expect(lineage(evo, 'b')?.event?.date).toBe('2019-02');
    expect(lineage(evo, 'c')).toMatchObject({ kind: 'merged', successor: 'd' });
    expect(lineage(evo, 'd')).toMatchObject({ kind: 'new', predecessors: ['b', 'c'] });
    expect(lineage(evo, 'f')).toMatchObject({ kind: 'merged', successor: 'a' });
    expect(lineage(evo, 'a')).toMatchObject({ kind: 'continued', predecessors: ['f'] });
    // The suspended step (b + c, no labelled successor) is not a merger.
    expect(evo.mergers.map((m) => `${m.predecessors.join('+')}>${m.successor}`)).toEqual(['b+c>d', 'f>a']);
    expect(evo.reconciliation).toMatchObject({
      a: { labelled: 7, unknown: 0 },
      b: { labelled: 6, unknown: 0 },
      left: { merged: 3, delabelled: 0, ended: 0, toUnknown: 0 },
      joined: { new: 2, relabelled: 0, fromUnknown: 0 },
    });
  });

  it('dates a delabelling, and says when no source explains an end', () => {
    expect(lineage(fixture(2009, 2010), 'e')).toMatchObject({ kind: 'delabelled' });
    expect(lineage(fixture(2009, 2010), 'e')?.event?.date).toBe('2010-05-11');
    expect(lineage(fixture(2015, 2016), 'j')).toMatchObject({ kind: 'ended', event: null, successor: null });
  });

  it('tells a gap inside the interval from a relabelling after it', () => {
    expect(lineage(fixture(2018, 2023), 'f')).toMatchObject({ kind: 'continued', gap: true });
    expect(lineage(fixture(2017, 2018), 'f')).toMatchObject({ kind: 'continued', gap: false });
    const relabelled = lineage(fixture(2020, 2023), 'f');
    expect(relabelled).toMatchObject({ kind: 'relabelled', statusA: 'not-labelled' });
    expect(relabelled?.event?.kind).toBe('relabelled');
  });

  it('counts unknown statuses apart, on both sides of the identity', () => {
    const toUnknown = fixture(2023, 2024);
    expect(lineage(toUnknown, 'g')).toMatchObject({ kind: 'to-unknown', statusB: 'unknown' });
    expect(toUnknown.reconciliation).toMatchObject({
      a: { labelled: 7, unknown: 0 },
      b: { labelled: 6, unknown: 1 },
      left: { toUnknown: 1 },
    });
    expect(reconciles(toUnknown.reconciliation)).toBe(true);
    expect(lineage(fixture(2024, 2026), 'g')).toMatchObject({ kind: 'still-unknown' });
  });

  it('follows names and seats over time', () => {
    const evo = fixture(2005, 2013);
    expect(lineage(evo, 'h')).toMatchObject({
      nameA: 'Hotel Ancien',
      nameB: 'Hotel',
      renamed: true,
      moved: true,
    });
    expect(lineage(fixture(2013, 2020), 'h')).toMatchObject({
      renamed: false,
      moved: false,
      kind: 'continued',
    });
    // A single conflicting side holds until a second one is stated; then the seat is disputed.
    expect(lineage(fixture(2020, 2023), 'i')?.seatA).toMatchObject({
      state: 'decided',
      place: { commune: 'Lyon' },
    });
    expect(lineage(fixture(2020, 2023), 'i')?.seatB.state).toBe('disputed');
    expect(lineage(fixture(2020, 2023), 'i')?.moved).toBe(false);
  });

  it('names any lineage it mentions, even one labelled in neither year', () => {
    const evo = fixture(2018, 2026);
    expect(evo.lineages.some((l) => l.id === 'e')).toBe(false);
    expect([evo.nameOf('e'), evo.nameOf('h'), evo.nameOf('unknown-id')]).toEqual([
      'Echo',
      'Hotel Nouveau',
      'unknown-id',
    ]);
    expect(fixture(2005, 2013).nameOf('h')).toBe('Hotel');
  });

  it('swaps years given in reverse', () => {
    const reverse = fixture(2019, 2018);
    const forward = fixture(2018, 2019);
    expect([reverse.a, reverse.b]).toEqual([2018, 2019]);
    expect(reverse.lineages).toEqual(forward.lineages);
    expect(reverse.reconciliation).toEqual(forward.reconciliation);
  });

  it('reconciles every pair of years', () => {
    expect(everyPair(FIXTURE_POLES, FIXTURE_TIME, FIXTURE_TIME.firstYear, FIXTURE_TIME.lastYear)).toBe(231);
  });
});

describe('regionNetChange', () => {
  it('counts by the seat in each year, on the 2016 map, with unplaceable pôles apart', () => {
    const change = regionNetChange(fixture(2018, 2023));
    expect(change.level).toBe('region');
    const byCode = Object.fromEntries(change.regions.map((r) => [r.code, r]));
    // 2018: a, b, c, f, h, i, k; 2023: a, d, f, g, h, i, k. Toulouse and Montpellier are in 76,
    // Lyon and Écully in 84, Rennes in 53; d and i (in 2018) have no seat.
    expect(byCode['76']).toMatchObject({ a: 2, b: 2, net: 0, gained: ['g'], lost: ['c'] });
    // i (Lyon or Écully: both 84) counts in 84; k is disputed between 84 and 53 from 2021: apart.
    expect(byCode['84']).toMatchObject({ a: 3, b: 2, net: -1, gained: ['i'], lost: ['b', 'k'] });
    expect(byCode['53']).toMatchObject({ a: 1, b: 1, net: 0 });
    expect(change.apart).toEqual({ a: ['i'], b: ['d', 'k'] });
    const sum = (side: 'a' | 'b') =>
      change.regions.reduce((s, r) => s + r[side], 0) + change.apart[side].length;
    expect([sum('a'), sum('b')]).toEqual([7, 7]);
  });

  it('uses the former régions when both years are before 2016', () => {
    const change = regionNetChange(fixture(2005, 2013));
    expect(change.level).toBe('region2015');
    expect(change.regions.map((r) => r.code)).toEqual(['53', '73', '82', '91']);
  });
});

const TIME_JSON = new URL('../../public/data/time.json', import.meta.url);
const POLES_JSON = new URL('../../public/data/poles.geojson', import.meta.url);

describe.skipIf(!existsSync(TIME_JSON))('compareYears on public/data', () => {
  const read = () => ({
    time: JSON.parse(readFileSync(TIME_JSON, 'utf8')) as TimeFile,
    poles: (JSON.parse(readFileSync(POLES_JSON, 'utf8')) as PolesFile).features,
  });

  it('reconciles every pair of years of the data', () => {
    const { time, poles } = read();
    const n = time.lastYear - time.firstYear + 1;
    expect(everyPair(poles, time, time.firstYear, time.lastYear)).toBe((n * (n - 1)) / 2);
  });

  it('lists the mergers of 2019 with their successors', () => {
    const { time, poles } = read();
    const evo = compareYears(poles, time, 2018, 2019);
    const merged = Object.fromEntries(
      evo.lineages.filter((l) => l.kind === 'merged').map((l) => [l.id, l.successor]),
    );
    expect(merged).toEqual({
      advancity: 'cap-digital',
      'cancer-bio-sante': 'eurobiomed',
      'cereales-vallee': 'vegepolys',
      dream: 'france-water-team',
      hydreos: 'france-water-team',
      matikem: 'euramaterials',
      'mont-blanc-industries': 'cimes',
      pass: 'innov-alliance',
      picom: 'cap-digital',
      'pole-eau': 'france-water-team',
      terralia: 'innov-alliance',
      tes: 'images-et-reseaux',
      'up-tex': 'euramaterials',
      viameca: 'cimes',
    });
    expect(lineage(evo, 'trimatec')?.kind).toBe('delabelled');
    expect(lineage(evo, 'cimes')).toMatchObject({
      kind: 'new',
      predecessors: ['viameca', 'mont-blanc-industries'],
    });
    expect(evo.reconciliation).toMatchObject({ a: { labelled: 66 }, b: { labelled: 55 } });
  });

  it('names a successor that is labelled in neither year compared', () => {
    const { time, poles } = read();
    const evo = compareYears(poles, time, 2018, 2024);
    expect(lineage(evo, 'dream')).toMatchObject({ kind: 'merged', successor: 'france-water-team' });
    expect(evo.nameOf('france-water-team')).toBe('France Water Team');
  });
});
