// SPDX-License-Identifier: MIT
// Colours for categories. Sectors use Paul Tol's colour-blind-safe "muted" scheme, completed from
// his "vibrant" and "light" schemes. Member kinds take the hues that the sectors leave free (CIELAB
// hue at least 15° from every sector's, tests/unit/palette-cvd.test.ts), so that a site is never read
// as a HQ of some sector on one map; adjacent legend entries stay apart under deuteranopia; grey is
// kept for "autre".
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
  'grand-groupe': '#007681',
  eti: '#7487d6',
  pme: '#668c39',
  recherche: '#e99a2d',
  formation: '#7ed1ad',
  collectivite: '#9e4945',
  autre: '#999999',
};

/** '#rrggbb' → [r, g, b], for deck.gl accessors. */
export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Base map colours (the style is ours, drawn from our TopoJSON). */
/** The leader from a shared point to each symbol spread around it (RGBA), on every map. */
export const LEADER_COLOUR: [number, number, number, number] = [70, 70, 70, 200];

export const BASEMAP = {
  sea: '#dce8f0',
  land: '#f6f4ef',
  regionLine: '#7d7d7d',
  departementLine: '#c9c5bd',
  world: '#ebe8e1',
  worldLine: '#b9b4aa',
} as const;
