// SPDX-License-Identifier: MIT
// The year (phase) and sector filter that the pôle and member-site layers apply on the GPU with
// deck.gl's DataFilterExtension (with the sectors as fixed keys: sector-filter.extension.ts): a
// change of year or sectors changes two props and re-uploads nothing. Both layers use the one extension instance with the same settings, so that they share
// one shader program, as two plain ScatterplotLayers would (each program costs a compilation at
// startup, a few hundred milliseconds on a CPU renderer).
import { NO_END } from '../../data/time/at-year.ts';
import { SECTORS, type PoleProperties, type Sector } from '../../types.ts';
import { SectorFilterExtension, sectorKey } from './sector-filter.extension.ts';

/** What the filter reads of a pôle (its years come with each datum: `span`, data/time/at-year.ts). */
export type PolePhase = Pick<PoleProperties, 'sector'>;

/** The year and the sectors shown. */
export interface PhaseFilter {
  /** A datum shows when its span holds that year (span[0] ≤ year < span[1]). */
  year: number;
  /** Sectors shown; all when empty. */
  sectors: readonly Sector[];
}

const EXTENSION = new SectorFilterExtension({ filterSize: 2, categorySize: 1 });

/** A datum's span as the filter values; a datum without one is never shown. */
export const spanValue = (d: { span?: [number, number] }): [number, number] => d.span ?? [NO_END, NO_END];

/**
 * The span test as the filter's ranges, inclusive at both ends on the GPU: span[0] ≤ year and
 * span[1] ≥ year + 1, which is span[1] > year since years are whole.
 */
export function phaseRange(year: number): [number, number][] {
  return [
    [-NO_END, year],
    [year + 1, NO_END],
  ];
}

/**
 * The props of a layer filtered by `filter`, given how it reads a datum's span and sector key
 * (sectorKey()).
 * Keep the accessors the same functions from one layer to the next: the year and the sectors then
 * reach only filterRange and filterCategories.
 */
export function phaseFilterProps<T>(
  filter: PhaseFilter,
  accessors: { getFilterValue: (d: T) => [number, number]; getFilterCategory: (d: T) => number },
) {
  return {
    extensions: [EXTENSION],
    ...accessors,
    filterRange: phaseRange(filter.year),
    filterCategories: (filter.sectors.length > 0 ? filter.sectors : SECTORS).map(sectorKey),
  };
}
