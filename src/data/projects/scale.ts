// SPDX-License-Identifier: MIT
// The maturity scale and the breakdown dimensions of partnership projects, alone in a module without
// dependencies: the URL hash (in the app's first chunk) checks its fields against them without
// pulling in the CSV format and its text normalisation.

/** The maturity scale, in order: a project at a stage has passed every stage before it. */
export const STAGES = ['idee', 'contact', 'defini', 'accord', 'realisation', 'abouti'] as const;
export type Stage = (typeof STAGES)[number];
/** A project's current status: a stage of the scale, or abandoned (at any point). */
export type ProjectStatus = Stage | 'abandonne';
export const STATUSES: readonly ProjectStatus[] = [...STAGES, 'abandonne'];

/** The dimensions a breakdown counts projects by. */
export const BREAKDOWNS = ['pole', 'country', 'region', 'sector', 'programme'] as const;
export type BreakdownKey = (typeof BREAKDOWNS)[number];
