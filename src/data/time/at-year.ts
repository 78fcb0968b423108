// SPDX-License-Identifier: MIT
// The pôles and member sites as they stand in year Y: a pôle at its seat of Y (or unplaced when no
// seat is documented or sources disagree), a site with the years its evidence documents. Also the
// same facts as spans of years, which the map's GPU filter tests against the year (phase-filter.ts).
import { YEAR_TEXT } from '../cells.ts';
import type { MemberFeature, PoleFeature } from '../selection.ts';
import { LAST_YEAR, PHASES, phaseOf } from './scope.ts';
import { seatIn, type Seat } from './seat.ts';

/** Which member sites a year shows: those documented for the phase containing it, or all of its pôles'. */
export const SITE_BASES = ['all', 'phase'] as const;
export type SiteYears = (typeof SITE_BASES)[number];

/** A pôle's seat in `year` (data/README.md, "Seat in year Y"). */
export function seatOf(pole: PoleFeature, year: number): Seat {
  return seatIn(pole.properties.hqHistory, pole.geometry !== null, year);
}

/**
 * The pôle as it stands in `year`: moved to a later documented seat, or without a place when its
 * seat is undecided (conflict) or unknown. The same object when nothing changes.
 */
export function poleAt(pole: PoleFeature, year: number): PoleFeature {
  const seat = seatOf(pole, year);
  if (seat.kind === 'base' || (seat.kind === 'none' && pole.geometry === null)) return pole;
  if (seat.kind === 'moved') {
    const h = seat.row;
    return {
      ...pole,
      geometry: { type: 'Point', coordinates: h.coordinates },
      properties: {
        ...pole.properties,
        hqCommune: h.commune,
        hqInsee: h.insee,
        hqDepartement: h.departement,
        hqRegion: h.region,
        hqRegion2015: h.region2015,
      },
    };
  }
  // Undecided or unknown: placed nowhere rather than on one side.
  return {
    ...pole,
    geometry: null,
    properties: { ...pole.properties, hqCommune: null, hqInsee: null, hqDepartement: null, hqRegion: null, hqRegion2015: null },
  };
}

/** First and last years a site's evidence refers to ("2011", "c.2012", "2005-2011"); null if not dated. */
export function siteYears(site: MemberFeature): [number, number] | null {
  const m = site.properties.year === null ? null : YEAR_TEXT.exec(site.properties.year);
  if (!m) return null;
  const from = Number(m[2]);
  return [from, m[3] ? Number(m[3].slice(1)) : from];
}

/** Whether `site` is shown in `year` under `basis` (its pôle being labelled that year). */
export function siteInYear(site: MemberFeature, year: number, basis: SiteYears): boolean {
  if (basis === 'all') return true;
  const years = siteYears(site);
  const phase = phaseOf(year);
  return years !== null && years[0] <= phase.to && years[1] >= phase.from;
}

/** "Never ends" as a span end, later than any year of the data (exact in float32). */
export const NO_END = 9999;

/** A datum shown from span[0] to span[1] − 1 (years); the GPU filter keeps it when span[0] ≤ Y < span[1]. */
export type Spanned<T> = T & { span: [number, number] };

const endOf = (to: number): number => (to >= LAST_YEAR ? NO_END : to + 1);

/**
 * The pôle once per run of years in which it is labelled at one place, each as it stands then
 * (poleAt); a run without a place (seat undecided or unknown) has a null geometry.
 */
export function poleSpans(pole: PoleFeature): Spanned<PoleFeature>[] {
  const out: Spanned<PoleFeature>[] = [];
  for (const p of pole.properties.periods) {
    const to = p.to ?? LAST_YEAR;
    let start = p.from;
    let at = poleAt(pole, p.from);
    for (let y = p.from + 1; y <= to + 1; y++) {
      const next = y <= to ? poleAt(pole, y) : null;
      if (next === null || String(next.geometry?.coordinates) !== String(at.geometry?.coordinates)) {
        out.push({ ...at, span: [start, endOf(y - 1)] });
        if (next === null) break;
        start = y;
        at = next;
      }
    }
  }
  return out;
}

/**
 * A site once per run of years in which it is shown: within one of its pôle's `runs` and, under
 * `phase`, within a phase its evidence documents.
 */
export function siteSpans(
  site: MemberFeature,
  runs: readonly Spanned<PoleFeature>[],
  basis: SiteYears,
): Spanned<MemberFeature>[] {
  const years = siteYears(site);
  const windows: [number, number][] =
    basis === 'all'
      ? [[0, NO_END]]
      : years === null
        ? []
        : PHASES.filter((p) => years[0] <= p.to && years[1] >= p.from).map((p) => [p.from, endOf(p.to)]);
  const out: Spanned<MemberFeature>[] = [];
  for (const run of runs) {
    for (const [a, b] of windows) {
      const from = Math.max(run.span[0], a);
      const end = Math.min(run.span[1], b);
      if (from < end) out.push({ ...site, span: [from, end] });
    }
  }
  return out;
}
