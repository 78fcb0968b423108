// SPDX-License-Identifier: MIT
// What the data covers (data/README.md, "What the data covers"): labels from 12 July 2005 through
// phase V, whose labels run to the end of 2026; the last stored source dates from December 2025 and
// none announces a later phase. The build checks every row against these years and writes them
// into time.json; the hash and the embed accept every year of them.

export const FIRST_YEAR = 2005;
export const LAST_YEAR = 2026;
/** Year and month of the last stored source. */
export const AS_OF = '2025-12';

/** The phases of the policy, as the sources name them (phase 3 ended in 2018, IV is 2019-2022, V 2023-2026). */
export const PHASES = [
  { id: '1', from: 2005, to: 2008 },
  { id: '2', from: 2009, to: 2012 },
  { id: '3', from: 2013, to: 2018 },
  { id: 'IV', from: 2019, to: 2022 },
  { id: 'V', from: 2023, to: 2026 },
] as const;
export type Phase = (typeof PHASES)[number];

/** The phase containing `year`. */
export function phaseOf(year: number): Phase {
  return PHASES.find((p) => p.from <= year && year <= p.to) ?? PHASES[PHASES.length - 1]!;
}
