// SPDX-License-Identifier: MIT
// How graph nodes are grouped and coloured in the chord and the matrix: by the pôle's sector or by
// its région (data/partnership-regions.ts); groupings form a category of their own.
import type { GraphNode } from '../data/partnership-graph.ts';
import { compareNames } from '../data/partnership-graph.ts';
import { REGIONS_2016, poleRegion, regionName } from '../data/partnership-regions.ts';
import { t, type Lang } from '../i18n/messages.ts';
import { SECTOR_COLOURS } from '../theme/palette.ts';
import { SECTORS } from '../types.ts';
import { GROUPING_COLOUR, MIXED_COLOUR, OUTLINE, REGION_COLOURS, UNKNOWN_COLOUR } from './colours.ts';

export type GroupBy = 'sector' | 'region';

export interface Category {
  /** `sector:<sector>`, `region:<code>`, `region:unknown` or `grouping`. */
  key: string;
  /** Legend order. */
  order: number;
  colour: string;
}

const GROUPING: Category = { key: 'grouping', order: 1000, colour: GROUPING_COLOUR };

/** The category of a node under `groupBy`. */
export function nodeCategory(node: GraphNode, groupBy: GroupBy): Category {
  const pole = node.pole;
  if (!pole) return GROUPING;
  if (groupBy === 'sector') {
    return {
      key: `sector:${pole.sector}`,
      order: SECTORS.indexOf(pole.sector),
      colour: SECTOR_COLOURS[pole.sector],
    };
  }
  const code = poleRegion(pole);
  const order = REGIONS_2016.findIndex((r) => r.code === code);
  if (code === null || order < 0) return { key: 'region:unknown', order: 999, colour: UNKNOWN_COLOUR };
  return { key: `region:${code}`, order, colour: REGION_COLOURS[code] ?? UNKNOWN_COLOUR };
}

/** The legend label of a category key. */
export function categoryLabel(lang: Lang, key: string): string {
  if (key === 'grouping') return t(lang, 'links.legend.groupings');
  const [type, value = ''] = key.split(':');
  if (type === 'sector') return t(lang, `sector.${value as (typeof SECTORS)[number]}`);
  return value === 'unknown' ? t(lang, 'common.unknown') : regionName(value);
}

/** Nodes by category, then by name: the order around the chord and of the matrix's category orders. */
export function sortByCategory(nodes: readonly GraphNode[], groupBy: GroupBy): GraphNode[] {
  return [...nodes].sort(
    (a, b) =>
      nodeCategory(a, groupBy).order - nodeCategory(b, groupBy).order ||
      compareNames(a.name, b.name) ||
      a.id.localeCompare(b.id),
  );
}

/** A link's colour: the shared category's; the pôle's when one end is a grouping; grey otherwise. */
export function linkColour(a: Category, b: Category): string {
  if (a.key === b.key) return a.colour;
  if (a.key === GROUPING.key) return b.colour;
  if (b.key === GROUPING.key) return a.colour;
  return MIXED_COLOUR;
}

/** Stroke of a category's swatches and arcs: the hollow grouping category needs an outline. */
export function categoryStroke(key: string): string | null {
  return key === GROUPING.key ? OUTLINE : null;
}
