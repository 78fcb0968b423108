// SPDX-License-Identifier: MIT
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, MemberProperties, PointGeometry } from '../../types.ts';
import { MEMBER_KIND_COLOURS, hexToRgb, type Rgb } from '../../theme/palette.ts';

export type MemberSite = Feature<MemberProperties, PointGeometry>;

export interface MembersLayerOptions {
  /** Radius of a member site in CSS pixels. @default 3.5 */
  radius?: number;
  /** When set, the sites of other pôles are faded. @default null */
  focusPole?: string | null;
}

const KIND_RGB = Object.fromEntries(
  Object.entries(MEMBER_KIND_COLOURS).map(([kind, hex]) => [kind, hexToRgb(hex)]),
) as Record<MemberProperties['kind'], Rgb>;

/** Documented member sites, coloured by kind of organisation, drawn under the pôle HQs. */
export function createMembersLayer(
  members: MemberSite[],
  options: MembersLayerOptions = {},
): ScatterplotLayer<MemberSite> {
  const focus = options.focusPole ?? null;
  const faded = (f: MemberSite) => focus !== null && f.properties.pole !== focus;
  return new ScatterplotLayer<MemberSite>({
    id: 'members',
    data: members,
    pickable: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (f) => f.geometry.coordinates,
    getFillColor: (f) => [...KIND_RGB[f.properties.kind], faded(f) ? 50 : 255],
    getRadius: options.radius ?? 3.5,
    getLineColor: (f) => [60, 60, 60, faded(f) ? 50 : 255],
    getLineWidth: 0.75,
    updateTriggers: { getFillColor: focus, getLineColor: focus },
  });
}
