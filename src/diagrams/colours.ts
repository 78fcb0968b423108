// SPDX-License-Identifier: MIT
// Colours of the partnership diagrams that the shared palette does not have. Sectors keep
// SECTOR_COLOURS (theme/palette.ts) so that a pôle has the same colour on the map and in a diagram.
import { SECTOR_COLOURS } from '../theme/palette.ts';
import type { PartnershipKind } from '../types.ts';

/** Partnership kinds: Okabe-Ito, the colour-blind-safe set the member kinds use too; grey for "other". */
export const KIND_COLOURS: Record<PartnershipKind, string> = {
  'inter-poles': '#0072b2',
  mou: '#e69f00',
  programme: '#009e73',
  'joint-project': '#cc79a7',
  'symposium-project': '#56b4e9',
  other: '#999999',
};

/**
 * 2016 régions: Paul Tol's 14-colour "discrete rainbow", made for many categories read by colour-blind
 * people, assigned out of rainbow order so that neighbouring blocks differ in hue. The five overseas
 * régions share the 14th colour; their blocks are labelled, so colour never carries the région alone.
 */
export const REGION_COLOURS: Readonly<Record<string, string>> = {
  '11': '#1965b0',
  '24': '#f6c141',
  '27': '#882e72',
  '28': '#90c987',
  '32': '#dc050c',
  '44': '#7bafde',
  '52': '#e8601c',
  '53': '#4eb265',
  '75': '#ae76a3',
  '76': '#f7f056',
  '84': '#5289c7',
  '93': '#f1932d',
  '94': '#cae0ab',
  '01': '#d1bbd7',
  '02': '#d1bbd7',
  '03': '#d1bbd7',
  '04': '#d1bbd7',
  '06': '#d1bbd7',
};

/** A pôle whose région is not documented: the sectors' "autre" grey. */
export const UNKNOWN_COLOUR = SECTOR_COLOURS.autre;
/**
 * Grouping nodes are hollow (white, outlined): no fill colour could stay apart from all 13 sector
 * colours, and dark grey would read as "Services, finance".
 */
export const GROUPING_COLOUR = '#ffffff';
/** Outline of hollow marks and legend swatches. */
export const OUTLINE = '#1f2328';
/** Ribbons and cells between two different categories. */
export const MIXED_COLOUR = '#a6a6a6';
