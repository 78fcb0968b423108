// SPDX-License-Identifier: MIT
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, MemberProperties, PointGeometry } from '../../types.ts';
import { MEMBER_KIND_COLOURS, hexToRgb, type Rgb } from '../../theme/palette.ts';
import {
  phaseFilterProps,
  spanValue,
  type PhaseFilter,
  type PolePhase,
} from '../phase-filter/phase-filter.ts';

/** A documented site; `span`: the years it is shown (for the GPU filter). */
export type MemberSite = Feature<MemberProperties, PointGeometry> & { span?: [number, number] };

/** The year and the sectors of the sites' pôles, applied on the GPU (phase-filter.ts). */
export interface SiteFilter extends PhaseFilter {
  /** Pôle id → sector. Keep one Map per set of pôles: the accessors are made per Map. */
  poles: ReadonlyMap<string, PolePhase>;
}

export interface MembersLayerOptions {
  /** Radius of a member site in CSS pixels. @default 3.5 */
  radius?: number;
  /** When set, the sites of other pôles are faded. @default null */
  focusPole?: string | null;
  /** When set, only the sites of the pôles labelled that year, in those sectors, are drawn and picked. */
  filter?: SiteFilter;
}

const KIND_RGB = Object.fromEntries(
  Object.entries(MEMBER_KIND_COLOURS).map(([kind, hex]) => [kind, hexToRgb(hex)]),
) as Record<MemberProperties['kind'], Rgb>;

const positionOf = (f: MemberSite): [number, number] => f.geometry.coordinates;

interface FilterAccessors {
  /** The site's span of years. */
  getFilterValue: (f: MemberSite) => [number, number];
  /** The sector of the site's pôle. */
  getFilterCategory: (f: MemberSite) => string;
}

const accessorsByPoles = new WeakMap<ReadonlyMap<string, PolePhase>, FilterAccessors>();

/** The same functions for the same Map, so that a new layer hands deck.gl nothing new to compare. */
function filterAccessors(poles: ReadonlyMap<string, PolePhase>): FilterAccessors {
  let accessors = accessorsByPoles.get(poles);
  if (!accessors) {
    accessors = {
      // A site of an unknown pôle has no span (no year passes), and no sector.
      getFilterValue: spanValue,
      getFilterCategory: (f) => poles.get(f.properties.pole)?.sector ?? '',
    };
    accessorsByPoles.set(poles, accessors);
  }
  return accessors;
}

/** Documented member sites, coloured by kind of organisation, drawn under the pôle HQs. */
export function createMembersLayer(
  members: MemberSite[],
  options: MembersLayerOptions = {},
): ScatterplotLayer<MemberSite, DataFilterExtensionProps<MemberSite>> {
  const focus = options.focusPole ?? null;
  const faded = (f: MemberSite) => focus !== null && f.properties.pole !== focus;
  const filter = options.filter;
  return new ScatterplotLayer<MemberSite, DataFilterExtensionProps<MemberSite>>({
    id: 'members',
    data: members,
    pickable: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: positionOf,
    getFillColor: (f) => [...KIND_RGB[f.properties.kind], faded(f) ? 50 : 255],
    getRadius: options.radius ?? 3.5,
    getLineColor: (f) => [60, 60, 60, faded(f) ? 50 : 255],
    getLineWidth: 0.75,
    updateTriggers: { getFillColor: focus, getLineColor: focus },
    // No update trigger on the filter accessors: the year and the sectors reach only the ranges.
    ...(filter && phaseFilterProps(filter, filterAccessors(filter.poles))),
  });
}
