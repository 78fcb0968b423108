// SPDX-License-Identifier: MIT
// The three map levels of territories.json, and where a département lies at each level. Every count
// goes through the département (of a site, HQ or commune), so that the levels add up by construction.
import type { TerritoriesFile, Territory } from '../types.ts';

/** 2016 régions, pre-2016 régions (overseas régions unchanged), départements. */
export type TerritoryLevel = 'region' | 'region2015' | 'departement';

const LISTS = { region: 'regions', region2015: 'regions2015', departement: 'departements' } as const;

/** The territories of a level, by code. */
export function territoriesAt(level: TerritoryLevel, territories: TerritoriesFile): readonly Territory[] {
  return territories[LISTS[level]];
}

/**
 * A function from a département code to the code of the territory holding it at `level`; null for
 * a département that territories.json does not know (or a null département: an unplaced HQ).
 */
export function locator(
  level: TerritoryLevel,
  territories: TerritoriesFile,
): (departement: string | null) => string | null {
  const codes = new Map(
    territories.departements.map((d) => [d.code, level === 'departement' ? d.code : d[level]]),
  );
  return (departement) => (departement === null ? null : (codes.get(departement) ?? null));
}
