// SPDX-License-Identifier: MIT
// The year (phase) and sector filter that the pôle and member-site layers apply on the GPU with
// deck.gl's DataFilterExtension: a change of year or sectors changes two props and re-uploads
// nothing. Both layers use the one extension instance with the same settings, so that they share
// one shader program, as two plain ScatterplotLayers would (each program costs a compilation at
// startup, a few hundred milliseconds on a CPU renderer).
import { DataFilterExtension } from '@deck.gl/extensions';
import { SECTORS, type PoleProperties, type Sector } from '../../types.ts';

/** What the filter reads of a pôle. */
export type PolePhase = Pick<PoleProperties, 'sector' | 'labelledYear' | 'endedYear'>;

/** The year and the sectors shown. */
export interface PhaseFilter {
  /** A pôle shows when it is labelled that year (isLabelledIn, data/phases.ts). */
  year: number;
  /** Sectors shown; all when empty. */
  sectors: readonly Sector[];
}

/** "Not ended" in the filter values: a year later than any other, exact in float32. */
export const NO_END = 9999;

const EXTENSION = new DataFilterExtension({ filterSize: 2, categorySize: 1 });

/** [labelled year, ended year] of a pôle, as the filter values. */
export const phaseValue = (p: PolePhase): [number, number] => [p.labelledYear, p.endedYear ?? NO_END];

/**
 * isLabelledIn as the filter's ranges, inclusive at both ends on the GPU: labelledYear ≤ year and
 * endedYear ≥ year + 1, which is endedYear > year since years are whole.
 */
export function phaseRange(year: number): [number, number][] {
  return [
    [-NO_END, year],
    [year + 1, NO_END],
  ];
}

/**
 * The props of a layer filtered by `filter`, given how it reads a datum's pôle phase and sector.
 * Keep the accessors the same functions from one layer to the next: the year and the sectors then
 * reach only filterRange and filterCategories.
 */
export function phaseFilterProps<T>(
  filter: PhaseFilter,
  accessors: { getFilterValue: (d: T) => [number, number]; getFilterCategory: (d: T) => string },
) {
  return {
    extensions: [EXTENSION],
    ...accessors,
    filterRange: phaseRange(filter.year),
    filterCategories: filter.sectors.length > 0 ? [...filter.sectors] : [...SECTORS],
  };
}
