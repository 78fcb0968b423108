// SPDX-License-Identifier: MIT
// Per-territory counts for the choropleth: pôle HQs and documented member sites located in each
// territory, with the population and area that normalise them. Pure: the caller passes the pôles
// and sites a view shows (applyFilters), so the counts follow the filters.
import type { MemberFeature, PoleFeature } from '../data/selection.ts';
import type { Norm } from '../state/view-state.ts';
import type { TerritoriesFile } from '../types.ts';
import { locator, territoriesAt, type TerritoryLevel } from './territories.ts';

export interface TerritoryStat {
  code: string;
  name: string;
  /** Pôle HQs located in the territory (pôles without a documented HQ are in none). */
  poles: number;
  /** Documented member sites located in the territory. */
  sites: number;
  population: number;
  areaKm2: number;
}

/** Counts per territory code, in code order; every territory of the level appears, with 0 if need be. */
export function territoryStats(
  level: TerritoryLevel,
  poles: readonly PoleFeature[],
  members: readonly MemberFeature[],
  territories: TerritoriesFile,
): Map<string, TerritoryStat> {
  const stats = new Map<string, TerritoryStat>(
    territoriesAt(level, territories).map((t) => [
      t.code,
      { code: t.code, name: t.name, poles: 0, sites: 0, population: t.population, areaKm2: t.areaKm2 },
    ]),
  );
  const at = locator(level, territories);
  for (const p of poles) {
    const s = stats.get(at(p.properties.hqDepartement) ?? '');
    if (s) s.poles++;
  }
  for (const m of members) {
    const s = stats.get(at(m.properties.departement) ?? '');
    if (s) s.sites++;
  }
  return stats;
}

/**
 * A count as the map shows it: raw, per 100,000 inhabitants (capita) or per 1,000 km² (area). Null
 * when the denominator is unknown or 0: "no data", not "none".
 */
export function normalise(
  value: number,
  norm: Norm,
  population: number | null | undefined,
  areaKm2: number | null | undefined,
): number | null {
  if (norm === 'none') return value;
  const denominator = norm === 'capita' ? population : areaKm2;
  if (!denominator || !Number.isFinite(denominator)) return null;
  return (value / denominator) * (norm === 'capita' ? 100_000 : 1_000);
}
