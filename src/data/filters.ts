// SPDX-License-Identifier: MIT
// Which pôles and member sites a view shows, for a year and a set of filters (pure).
import type { Filters } from '../state/view-state.ts';
import { regions2016Of } from '../geo/regions.ts';
import type { MemberFeature, PoleFeature } from './selection.ts';
import { poleAt, poleSpans, siteInYear, siteSpans, type SiteYears, type Spanned } from './time/at-year.ts';
import { isLabelledIn } from './time/label-status.ts';

export interface Shown {
  poles: PoleFeature[];
  members: MemberFeature[];
}

const has = <T>(list: readonly T[], value: T | null): boolean =>
  list.length === 0 || (value !== null && list.includes(value));

/**
 * A pôle is in a région when its HQ is there or when it declares the région among those it covers
 * (pre-2016 names, mapped to 2016 codes).
 */
export function poleInRegions(pole: PoleFeature, regions: readonly string[]): boolean {
  if (regions.length === 0) return true;
  const p = pole.properties;
  if (p.hqRegion && regions.includes(p.hqRegion)) return true;
  return regions2016Of(p.regions).some((code) => regions.includes(code));
}

/** The pôle filters but the year and the sectors (which the map's members layer applies on the GPU). */
function passesOtherPoleFilters(f: PoleFeature, filters: Filters): boolean {
  const p = f.properties;
  return (
    has(filters.categories, p.category2005) &&
    has(filters.confidence, p.confidence) &&
    poleInRegions(f, filters.regions)
  );
}

/**
 * The pôles labelled in `year` that pass the pôle filters, each at its seat of that year, and the
 * documented sites of those pôles that pass the site filters and, under `siteYears` phase, are
 * documented for the phase containing `year`.
 */
export function applyFilters(
  poles: readonly PoleFeature[],
  members: readonly MemberFeature[],
  year: number,
  filters: Filters,
  siteYears: SiteYears = 'all',
): Shown {
  const shownPoles = poles
    .filter((f) => isLabelledIn(f.properties, year) && has(filters.sectors, f.properties.sector))
    .map((f) => poleAt(f, year))
    .filter((f) => passesOtherPoleFilters(f, filters));
  const sites = sitesOfPoles(shownPoles, members, filters).filter((f) => siteInYear(f, year, siteYears));
  return { poles: shownPoles, members: sites };
}

/**
 * What applyFilters shows in every year for some sectors, as spans of years (at-year.ts): the runs
 * of each pôle at one place that pass the other pôle filters, and the runs of their sites. The
 * map's layers narrow them to a year and sectors on the GPU.
 */
export function* spansSteps(
  poles: readonly PoleFeature[],
  members: readonly MemberFeature[],
  filters: Filters,
  siteYears: SiteYears,
  /** Sites between two pauses (data/steps.ts: run it with runToEnd() to have it at once). */
  slice = 5000,
): Generator<void, { poles: Spanned<PoleFeature>[]; sites: Spanned<MemberFeature>[] }, void> {
  const runs = poles.flatMap(poleSpans).filter((r) => passesOtherPoleFilters(r, filters));
  const byPole = new Map<string, Spanned<PoleFeature>[]>();
  for (const r of runs) byPole.set(r.properties.id, [...(byPole.get(r.properties.id) ?? []), r]);
  const passes = siteFilter(runs, filters);
  const sites: Spanned<MemberFeature>[] = [];
  for (let i = 0; i < members.length; i++) {
    if (i % slice === slice - 1) yield;
    const f = members[i]!;
    if (passes(f)) for (const s of siteSpans(f, byPole.get(f.properties.pole) ?? [], siteYears)) sites.push(s);
  }
  return { poles: runs, sites };
}

/** Whether a site is of one of `poles` and passes the site filters (a région filter keeps the sites located in it). */
function siteFilter(poles: readonly PoleFeature[], filters: Filters): (f: MemberFeature) => boolean {
  const ids = new Set(poles.map((p) => p.id));
  return (f) => {
    const m = f.properties;
    return (
      ids.has(m.pole) && has(filters.kinds, m.kind) && has(filters.evidence, m.evidence) && has(filters.regions, m.region)
    );
  };
}

/** The sites of `poles` that pass the site filters. A région filter keeps the sites located in it. */
export function sitesOfPoles(
  poles: readonly PoleFeature[],
  members: readonly MemberFeature[],
  filters: Filters,
): MemberFeature[] {
  return members.filter(siteFilter(poles, filters));
}
