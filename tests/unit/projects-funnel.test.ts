// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { syntheticProjectsCsv, writeSyntheticProjects } from '../../scripts/bench/synthetic-projects.ts';
import { ROOT } from '../../scripts/bench/synthetic.ts';
import { breakdown } from '../../src/data/projects/breakdown.ts';
import { funnelByYear, reachedYear } from '../../src/data/projects/funnel.ts';
import { importProjects } from '../../src/data/projects/parse.ts';
import { isSyntheticProjectList } from '../../src/data/projects/sourced.ts';
import { STAGES, type PartnershipProject } from '../../src/data/projects/format.ts';

const p = (dates: PartnershipProject['dates']) => ({ dates });
// Hand-made fixtures: A went from idea (2008) to agreement (2010); B's contact date is unknown, its
// project was defined in 2009; C reached contact in 2009 and was abandoned in 2011; D is complete in
// 2010 with only its last date known.
const A = p({ idee: '2008', contact: '2008-06', accord: '2010-01-15' });
const B = p({ defini: '2009-03' });
const C = p({ contact: '2009', abandonne: '2011-02' });
const D = p({ abouti: '2010-12-31' });

describe('maturity funnel', () => {
  it('a stage passed on an unknown date counts from the next known one', () => {
    expect(STAGES.map((s) => reachedYear(A, s))).toEqual([2008, 2008, 2010, 2010, null, null]);
    expect(STAGES.map((s) => reachedYear(B, s))).toEqual([2009, 2009, 2009, null, null, null]);
    expect(STAGES.map((s) => reachedYear(C, s))).toEqual([2009, 2009, null, null, null, null]);
    expect(STAGES.map((s) => reachedYear(D, s))).toEqual([2010, 2010, 2010, 2010, 2010, 2010]);
  });

  it('counts, at the end of each year, the projects that had reached each stage', () => {
    const rows = funnelByYear([A, B, C, D]).map((r) => [
      r.year,
      ...STAGES.map((s) => r.reached[s]),
      r.abandoned,
    ]);
    expect(rows).toEqual([
      //  idée contact défini accord réal. abouti abandonné
      [2008, 1, 1, 0, 0, 0, 0, 0],
      [2009, 3, 3, 1, 0, 0, 0, 0],
      [2010, 4, 4, 3, 2, 1, 1, 0],
      [2011, 4, 4, 3, 2, 1, 1, 1],
    ]);
  });

  it('is empty without dates', () => {
    expect(funnelByYear([])).toEqual([]);
  });

  it('the seeded synthetic sample is valid, stable and marked synthetic', () => {
    const poles = ['aerospace-valley', 'up-tex', 'alsace-biovalley'].map((id) => ({
      id,
      name: id,
      shortName: id,
    }));
    const text = syntheticProjectsCsv(
      60,
      poles.map((x) => x.id),
    );
    expect(
      syntheticProjectsCsv(
        60,
        poles.map((x) => x.id),
      ),
    ).toBe(text);
    const r = importProjects(new TextEncoder().encode(text), 'synthetique.csv', poles);
    expect(r.rejected).toEqual([]);
    expect(r.projects).toHaveLength(60);
    expect(
      r.projects.every((x) => x.title.includes('synthétique') && x.source.startsWith('SYNTHÉTIQUE')),
    ).toBe(true);
    expect(isSyntheticProjectList(r.projects)).toBe(true);
    expect(() => writeSyntheticProjects(`${ROOT}/public/data`, 3)).toThrow(
      /refusing to write synthetic data/,
    );
    expect(new Set(r.projects.map((x) => x.status)).size).toBe(7);
    // The funnel narrows: never more projects at a later stage than at an earlier one.
    for (const row of funnelByYear(r.projects)) {
      for (let k = 1; k < STAGES.length; k++)
        expect(row.reached[STAGES[k]!]).toBeLessThanOrEqual(row.reached[STAGES[k - 1]!]);
    }
  });
});

describe('breakdowns', () => {
  const project = (
    id: string,
    poles: string[],
    country: string,
    region: string | null,
    status: PartnershipProject['status'],
  ) =>
    ({
      id,
      poles,
      country,
      foreignRegion: region,
      sector: null,
      programme: id === 'a' ? 'COOPOL' : null,
      status,
    }) as PartnershipProject;
  const list = [
    project('a', ['p1', 'p2'], 'CA', 'Québec', 'accord'),
    project('b', ['p1'], 'CA', 'Ontario', 'idee'),
    project('c', ['p2'], 'CA', 'Québec', 'accord'),
    project('d', ['p3'], 'DE', null, 'abandonne'),
  ];
  it('counts a project of two pôles once for each, Québec apart from the rest of Canada, unknown last', () => {
    expect(breakdown(list, 'pole').map((r) => [r.key, r.total, r.byStatus.accord])).toEqual([
      ['p1', 2, 1],
      ['p2', 2, 2],
      ['p3', 1, 0],
    ]);
    expect(breakdown(list, 'country').map((r) => [r.key, r.total])).toEqual([
      ['CA', 3],
      ['DE', 1],
    ]);
    expect(breakdown(list, 'region').map((r) => [r.key, r.total])).toEqual([
      ['CA:Québec', 2],
      ['CA:Ontario', 1],
      ['', 1],
    ]);
    expect(breakdown(list, 'programme').map((r) => [r.key, r.total])).toEqual([
      ['COOPOL', 1],
      ['', 3],
    ]);
  });
});
