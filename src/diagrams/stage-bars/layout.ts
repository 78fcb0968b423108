// SPDX-License-Identifier: MIT
// The partnership diagram of a stage (present.html): a few bars in type a hall can read, instead of
// the desk's chord or country chart, whose dozens of 10-px labels cannot grow to 24 px in half a
// screen. Pure: the partnerships a stop's state shows, by kind, or by partner country with the
// selected one emphasised. Same filters as the map's arcs and the captions' figures (figures.ts).
import { filterPartnerships, indexPoles } from '../../data/partnership-graph.ts';
import { byCountry } from '../../data/partnership-countries.ts';
import { parseSelection } from '../../data/partnership-selection.ts';
import type { ViewState } from '../../state/view-state.ts';
import {
  PARTNERSHIP_KINDS,
  type PartnershipKind,
  type PartnershipsFile,
  type PolesFile,
} from '../../types.ts';
import { KIND_COLOURS } from '../colours.ts';

/** What the stage diagram can show: the kinds of the partnerships, or their partners' countries. */
export type StageBarsMode = 'kinds' | 'countries';

export interface StageBar {
  /** A partnership kind or a country key (ISO 3166 alpha-2, or NO_COUNTRY). */
  key: string;
  value: number;
  /** value / the largest value, 0 to 1. */
  share: number;
  colour: string;
  /** The stop's selection (a country): drawn stronger, its name in bold. */
  emphasis: boolean;
}

export interface StageBars {
  mode: StageBarsMode;
  bars: StageBar[];
  /** Bars left out beyond `max` (the smallest ones). */
  more: number;
}

/** Colour of the country bars; the selected country's is the accent. */
export const COUNTRY_COLOUR = '#8c959f';
export const SELECTED_COLOUR = '#0550ae';

/**
 * The bars of a state: by country when it selects a country or a partner (up to `max` countries,
 * the selected one always among them), else by kind of partnership.
 */
export function stageBars(
  data: { poles: PolesFile; partnerships: PartnershipsFile },
  state: ViewState,
  max = 8,
): StageBars {
  const edges = filterPartnerships(data.partnerships.edges, indexPoles(data.poles), {
    year: state.year,
    years: state.linkYears,
    undated: state.undated,
    sectors: state.filters.sectors,
    kinds: state.filters.partnershipKinds,
  });
  const selection = parseSelection(state.link);
  if (selection?.type === 'country' || selection?.type === 'partner') {
    const partnerCountry =
      selection.type === 'partner'
        ? edges.find((e) => e.target === selection.id)?.targetCountry?.toUpperCase()
        : selection.id.toUpperCase();
    const rows = byCountry(edges);
    const top = rows.slice(0, max);
    const chosen = rows.find((r) => r.key === partnerCountry);
    if (chosen && !top.includes(chosen)) top.splice(max - 1, 1, chosen);
    const largest = Math.max(1, ...top.map((r) => r.total));
    return {
      mode: 'countries',
      bars: top.map((r) => ({
        key: r.key,
        value: r.total,
        share: r.total / largest,
        colour: r.key === partnerCountry ? SELECTED_COLOUR : COUNTRY_COLOUR,
        emphasis: r.key === partnerCountry,
      })),
      more: rows.length - top.length,
    };
  }
  const counts = new Map<PartnershipKind, number>();
  for (const edge of edges) counts.set(edge.kind, (counts.get(edge.kind) ?? 0) + 1);
  const kinds = PARTNERSHIP_KINDS.filter((k) => counts.has(k));
  const largest = Math.max(1, ...counts.values());
  return {
    mode: 'kinds',
    bars: kinds.map((k) => ({
      key: k,
      value: counts.get(k)!,
      share: counts.get(k)! / largest,
      colour: KIND_COLOURS[k],
      emphasis: false,
    })),
    more: 0,
  };
}
