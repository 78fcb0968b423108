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
import type { Placer } from '../colocation/colocation.ts';
import { sectorKey } from '../phase-filter/sector-filter.extension.ts';
import { SITE_SHAPE, type SiteShapeProps } from './site-shape.extension.ts';

/** A documented site; `span`: the years it is shown (for the GPU filter). */
export type MemberSite = Feature<MemberProperties, PointGeometry> & { span?: [number, number] };

/** The year and the sectors of the sites' pôles, applied on the GPU (phase-filter.ts). */
export interface SiteFilter extends PhaseFilter {
  /** Pôle id → sector. Keep one Map per set of pôles: the accessors are made per Map. */
  poles: ReadonlyMap<string, PolePhase>;
}

export interface MembersLayerOptions {
  /** Where each site is drawn: sites sharing a point are spread on a ring (geo/colocation.ts). @default its point */
  placer?: Placer;
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
  /** The key of the sector of the site's pôle (sectorKey()). */
  getFilterCategory: (f: MemberSite) => number;
}

const accessorsByPoles = new WeakMap<ReadonlyMap<string, PolePhase>, FilterAccessors>();

/** The same functions for the same Map, so that a new layer hands deck.gl nothing new to compare. */
function filterAccessors(poles: ReadonlyMap<string, PolePhase>): FilterAccessors {
  let accessors = accessorsByPoles.get(poles);
  if (!accessors) {
    accessors = {
      // A site of an unknown pôle has no span (no year passes), and no sector.
      getFilterValue: spanValue,
      getFilterCategory: (f) => sectorKey(poles.get(f.properties.pole)?.sector),
    };
    accessorsByPoles.set(poles, accessors);
  }
  return accessors;
}

/**
 * Whether a site is drawn as a named local site (a diamond): named in the source, or at the commune
 * an imported list gives; a site placed at its head office is a ring.
 */
export const isNamedSite = (f: MemberSite): boolean => f.properties.siteBasis !== 'head-office';

/** Half-width of a named site's diamond and radius of a head-office ring, in CSS pixels. */
export const DIAMOND_RADIUS = 4.5;
export const RING_RADIUS = 3.5;

const WHITE: Rgb = [255, 255, 255];

type MembersProps = DataFilterExtensionProps<MemberSite> & SiteShapeProps<MemberSite>;

/** The members layer's id (what picking reports). */
export const MEMBERS_LAYER = 'members';

/**
 * Documented member sites, coloured by kind of organisation, drawn under the pôle HQs: a named
 * local site is a filled diamond, a head-office placement a hollow ring (site-shape.extension.ts).
 */
export function createMembersLayer(
  members: MemberSite[],
  options: MembersLayerOptions = {},
): ScatterplotLayer<MemberSite, MembersProps> {
  const focus = options.focusPole ?? null;
  const faded = (f: MemberSite) => focus !== null && f.properties.pole !== focus;
  const filter = options.filter;
  const placer = options.placer;
  const alpha = (f: MemberSite) => (faded(f) ? 50 : 255);
  const filterProps = filter && phaseFilterProps(filter, filterAccessors(filter.poles));
  return new ScatterplotLayer<MemberSite, MembersProps>({
    id: MEMBERS_LAYER,
    data: members,
    pickable: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: placer ? (f) => placer.position('members', f.id, f.geometry.coordinates) : positionOf,
    getFillColor: (f) => [...(isNamedSite(f) ? KIND_RGB[f.properties.kind] : WHITE), alpha(f)],
    // A site folded into a count badge is not drawn, nor picked, alone.
    getRadius: (f) =>
      placer?.folded(f.id, f.geometry.coordinates) ? 0 : isNamedSite(f) ? DIAMOND_RADIUS : RING_RADIUS,
    // A diamond's outline would be cut with its corners: it has none.
    getLineColor: (f) => [...KIND_RGB[f.properties.kind], alpha(f)],
    getLineWidth: (f) => (isNamedSite(f) ? 0 : 1.75),
    getSiteShape: (f) => (isNamedSite(f) ? 1 : 0),
    updateTriggers: {
      getPosition: placer?.key,
      getRadius: placer?.key,
      getFillColor: focus,
      getLineColor: focus,
    },
    // No update trigger on the filter accessors: the year and the sectors reach only the ranges.
    ...filterProps,
    extensions: [...(filterProps?.extensions ?? []), SITE_SHAPE],
  });
}
