// SPDX-License-Identifier: MIT
// Colours for categories. Sectors use Paul Tol's colour-blind-safe "muted" scheme, completed from
// his "vibrant" and "light" schemes; member kinds use Okabe-Ito. Both were chosen so that adjacent
// legend entries stay apart under deuteranopia; grey is kept for "autre".
import type { MemberKind, Sector } from '../types.ts';

export type Rgb = [number, number, number];

export const SECTOR_COLOURS: Record<Sector, string> = {
  'aeronautique-espace': '#332288',
  'agri-agroalimentaire': '#117733',
  'biotech-sante': '#cc6677',
  'chimie-materiaux': '#882255',
  'energie-ecotech': '#44aa99',
  'mecanique-production': '#999933',
  mer: '#88ccee',
  numerique: '#aa4499',
  'optique-photonique': '#ddcc77',
  'textile-mode-luxe': '#ee8866',
  'transports-mobilite': '#0077bb',
  'services-finance': '#000000',
  autre: '#bbbbbb',
};

export const MEMBER_KIND_COLOURS: Record<MemberKind, string> = {
  'grand-groupe': '#0072b2',
  eti: '#56b4e9',
  pme: '#009e73',
  recherche: '#d55e00',
  formation: '#cc79a7',
  collectivite: '#e69f00',
  autre: '#999999',
};

/** '#rrggbb' → [r, g, b], for deck.gl accessors. */
export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Base map colours (the style is ours, drawn from our TopoJSON). */
export const BASEMAP = {
  sea: '#dce8f0',
  land: '#f6f4ef',
  regionLine: '#7d7d7d',
  departementLine: '#c9c5bd',
  world: '#ebe8e1',
  worldLine: '#b9b4aa',
} as const;
