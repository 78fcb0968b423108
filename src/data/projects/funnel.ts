// SPDX-License-Identifier: MIT
// The maturity funnel: how many projects had reached each stage at the end of each year. A project
// that reached a stage has passed every stage before it, so the year it passed a stage is the
// earliest year known for that stage or any later one; a stage passed on an unknown date thus
// counts from the date of the next one known. Abandoned projects keep the stages they reached, and
// are counted apart from their abandon year.
import { yearOf } from './dates.ts';
import { STAGES, type PartnershipProject, type Stage } from './format.ts';

/** The year a project had reached `stage`, or null when it never did (as far as the list says). */
export function reachedYear(project: Pick<PartnershipProject, 'dates'>, stage: Stage): number | null {
  let year: number | null = null;
  for (const s of STAGES.slice(STAGES.indexOf(stage))) {
    const d = project.dates[s];
    if (d !== undefined) year = year === null ? yearOf(d) : Math.min(year, yearOf(d));
  }
  return year;
}

export interface FunnelYear {
  year: number;
  /** Projects that had reached each stage by 31 December of the year. */
  reached: Record<Stage, number>;
  /** Projects abandoned by 31 December of the year. */
  abandoned: number;
}

/** One row per year from the first to the last year any date of the list gives. */
export function funnelByYear(projects: readonly Pick<PartnershipProject, 'dates'>[]): FunnelYear[] {
  const years = projects.flatMap((p) => Object.values(p.dates).map(yearOf));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const reach = projects.map((p) => STAGES.map((s) => reachedYear(p, s)));
  const out: FunnelYear[] = [];
  for (let year = first; year <= last; year++) {
    const reached = Object.fromEntries(
      STAGES.map((s, k) => [s, reach.filter((r) => r[k] !== null && r[k]! <= year).length]),
    ) as Record<Stage, number>;
    const abandoned = projects.filter((p) => p.dates.abandonne !== undefined && yearOf(p.dates.abandonne) <= year).length;
    out.push({ year, reached, abandoned });
  }
  return out;
}
