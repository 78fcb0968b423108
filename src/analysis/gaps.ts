// SPDX-License-Identifier: MIT
// Coverage gaps of the sites a view shows: territories without a pôle HQ, and communes (with their
// population) that have no documented site within X km of their centroid. A commune is its
// centroid and carries its whole population there: fine at département scale, coarse for a large
// commune near the threshold.
import { max, median } from 'd3-array';
import type { PoleFeature } from '../data/selection.ts';
import type { CommunesFile, TerritoriesFile, Territory } from '../types.ts';
import { csvText } from './csv.ts';
import type { LonLat } from './haversine.ts';
import { NearestSite } from './nearest.ts';
import { locator, territoriesAt, type TerritoryLevel } from './territories.ts';

/** The territories of `level` where none of `poles` has its HQ, by code. */
export function territoriesWithoutHq(
  level: TerritoryLevel,
  poles: readonly PoleFeature[],
  territories: TerritoriesFile,
): Territory[] {
  const at = locator(level, territories);
  const withHq = new Set(poles.map((p) => at(p.properties.hqDepartement)));
  return territoriesAt(level, territories).filter((t) => !withHq.has(t.code));
}

export interface Coverage {
  /** The distance asked for, km. */
  km: number;
  /** Distance from each commune (same index as the columns) to its nearest site, km; Infinity without sites. */
  nearestKm: Float64Array;
  /** Indices of the communes with no site within `km` (nearestKm > km), ascending. */
  uncovered: number[];
}

/**
 * The communes whose centroid has no site within `km` (great-circle distance on the mean-radius
 * sphere). With km = 0 a commune is covered only by a site at its very centroid, i.e. a site of
 * that commune: sites are placed at commune centroids.
 */
export function uncoveredCommunes(
  communes: Pick<CommunesFile, 'lon' | 'lat'>,
  sites: readonly LonLat[],
  km: number,
): Coverage {
  const index = new NearestSite(sites);
  const nearestKm = new Float64Array(communes.lon.length);
  const uncovered: number[] = [];
  for (let i = 0; i < nearestKm.length; i++) {
    nearestKm[i] = index.distanceKm([communes.lon[i]!, communes.lat[i]!]);
    if (nearestKm[i]! > km) uncovered.push(i);
  }
  return { km, nearestKm, uncovered };
}

export interface GapRow {
  code: string;
  name: string;
  /** Communes of the territory (communes.json rows). */
  communes: number;
  uncoveredCommunes: number;
  /** Population of those communes (communes.json: a little under territories.json, see data/README.md). */
  population: number;
  uncoveredPopulation: number;
  /** uncoveredPopulation / population; null when the population is 0. */
  uncoveredShare: number | null;
  /** Mean distance from an inhabitant's commune to its nearest site, weighted by population, km. */
  meanNearestKm: number | null;
  /** Median over the territory's communes of the distance to the nearest site, km. */
  medianNearestKm: number | null;
  /** Farthest commune of the territory from any site, km (null when there is no site at all). */
  maxNearestKm: number | null;
}

const finiteOrNull = (x: number | undefined): number | null =>
  x === undefined || !Number.isFinite(x) ? null : x;

/** One row per territory of `level`, most uncovered inhabitants first (ties by code). */
export function gapTable(
  level: TerritoryLevel,
  communes: Pick<CommunesFile, 'departement' | 'population'>,
  coverage: Coverage,
  territories: TerritoriesFile,
): GapRow[] {
  const at = locator(level, territories);
  const inside = new Map<string, number[]>();
  communes.departement.forEach((d, i) => {
    const code = at(d);
    if (code === null) return;
    const list = inside.get(code);
    if (list) list.push(i);
    else inside.set(code, [i]);
  });
  const rows = territoriesAt(level, territories).map((t): GapRow => {
    const indices = inside.get(t.code) ?? [];
    let population = 0;
    let uncoveredPopulation = 0;
    let uncoveredCount = 0;
    let weighted = 0;
    for (const i of indices) {
      const p = communes.population[i] ?? 0;
      population += p;
      weighted += p * coverage.nearestKm[i]!;
      if (coverage.nearestKm[i]! > coverage.km) {
        uncoveredCount++;
        uncoveredPopulation += p;
      }
    }
    const distances = indices.map((i) => coverage.nearestKm[i]!);
    return {
      code: t.code,
      name: t.name,
      communes: indices.length,
      uncoveredCommunes: uncoveredCount,
      population,
      uncoveredPopulation,
      uncoveredShare: population > 0 ? uncoveredPopulation / population : null,
      meanNearestKm: population > 0 ? finiteOrNull(weighted / population) : null,
      medianNearestKm: finiteOrNull(median(distances)),
      maxNearestKm: finiteOrNull(max(distances)),
    };
  });
  return rows.sort(
    (a, b) =>
      b.uncoveredPopulation - a.uncoveredPopulation || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** Columns of the gap table export, in order. */
export const GAP_COLUMNS = [
  'code',
  'name',
  'communes',
  'uncoveredCommunes',
  'population',
  'uncoveredPopulation',
  'uncoveredShare',
  'meanNearestKm',
  'medianNearestKm',
  'maxNearestKm',
] as const satisfies readonly (keyof GapRow)[];

const round = (x: number | null, digits: number): number | null =>
  x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The table as CSV (RFC 4180, CRLF), headed by the caller's column titles (in the page language).
 * Numbers keep a dot as decimal separator, so that any spreadsheet locale can re-read them: the
 * share with 4 decimals, distances with 1 (0.1 km is below what a commune centroid can tell).
 */
export function gapTableCsv(
  rows: readonly GapRow[],
  headers: Readonly<Record<(typeof GAP_COLUMNS)[number], string>>,
): string {
  return csvText([
    GAP_COLUMNS.map((c) => headers[c]),
    ...rows.map((r) =>
      GAP_COLUMNS.map((c) => {
        if (c === 'uncoveredShare') return round(r[c], 4);
        if (c === 'meanNearestKm' || c === 'medianNearestKm' || c === 'maxNearestKm') return round(r[c], 1);
        return r[c];
      }),
    ),
  ]);
}
