// SPDX-License-Identifier: MIT
// Colours of the project stages: viridis, a sequential scale read in order by colour-blind people
// too (dark = early, light = mature); grey for abandoned. Labels are never drawn on these colours.
import type { ProjectStatus } from '../data/projects/format.ts';

export const STAGE_COLOURS: Readonly<Record<ProjectStatus, string>> = {
  idee: '#440154',
  contact: '#414487',
  defini: '#2a788e',
  accord: '#22a884',
  realisation: '#7ad151',
  abouti: '#bddf26',
  abandonne: '#999999',
};
