// SPDX-License-Identifier: MIT
// Colours of the Évolutions map: Okabe-Ito marks (colour-blind safe, as the member kinds), and a
// diverging ColorBrewer RdBu for the régions' net change (losses red, gains blue, no change white).

export const MARK_KINDS = ['appeared', 'disappeared', 'merged', 'moved', 'unknown', 'unchanged'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export const MARK_COLOURS: Record<MarkKind, string> = {
  appeared: '#009e73',
  disappeared: '#d55e00',
  merged: '#e69f00',
  moved: '#0072b2',
  unknown: '#cc79a7',
  unchanged: '#b0b0b0',
};

/** Net change classes: ≤ −3, −2, −1, 0, +1, +2, ≥ +3 (class i holds NET_BREAKS[i-1] ≤ v < NET_BREAKS[i]). */
export const NET_BREAKS: readonly number[] = [-2, -1, 0, 1, 2, 3];
export const NET_COLOURS: readonly string[] = [
  '#b2182b',
  '#ef8a62',
  '#fddbc7',
  '#f7f7f7',
  '#d1e5f0',
  '#67a9cf',
  '#2166ac',
];
