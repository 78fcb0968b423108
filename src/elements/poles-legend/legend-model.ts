// SPDX-License-Identifier: MIT
// What a map legend says, as plain data (texts already in the page language): built by pure code
// (src/map/concentration.ts), drawn by <poles-legend>.

export interface LegendSwatch {
  /** A CSS colour ('#rrggbb', or rgba() for a translucent symbol). */
  colour: string;
  /** The class range ("2 – 4", "0,35 – 1,2") or the meaning of the symbol. */
  text: string;
}

export interface LegendModel {
  title: string;
  /** What the numbers count ("sièges de pôles pour 100 000 habitants"); null when there is none. */
  unit: string | null;
  /** Which member sites the figure counts and how many head offices it holds (countedSites); absent when it counts none. */
  basis?: string | null;
  /** Where the numbers come from. */
  source: string;
  entries: LegendSwatch[];
}
