// SPDX-License-Identifier: MIT
// The SVG marks of the pôles and their sites, drawn by the no-WebGL map (poles-fallback) at its own
// scale and by the early paint (poles-early-map) in the WebGL map's projection. Each mark names what
// it stands for in data attributes, which the two elements read back on hover, click and keys.
import { nothing, svg } from 'lit';
import type { MemberFeature, PlacedPoleFeature } from '../../data/selection.ts';
import { r2 } from '../../diagrams/round.ts';
import { pointKey, type Offset } from '../../geo/colocation.ts';
import { LEADER_COLOUR, MEMBER_KIND_COLOURS, SECTOR_COLOURS } from '../../theme/palette.ts';

/** [lon, lat] → SVG [x, y], or null when the point is not drawn (outside the map or its insets). */
export type Projector = (lonLat: [number, number]) => [number, number] | null | undefined;

export interface MarkOptions {
  /** Radius of a pôle HQ and of a site, in SVG units. */
  poleRadius: number;
  memberRadius: number;
  /** The `<title>` of a site (the no-WebGL map's tooltip); none when the host shows its own tooltip. */
  memberTitle?: (member: MemberFeature) => string;
  /** Whether each pôle carries its name as a `<title>` (the no-WebGL map's tooltip). */
  poleTitles: boolean;
  /**
   * The pixel offsets of symbols that share a point (geo/colocation.ts, by pointKey()): the early
   * paint spreads them on the rings where the WebGL map draws them, so that none jumps at hand-over.
   */
  spread?: ReadonlyMap<string, Offset>;
}

function at(
  project: Projector,
  lonLat: [number, number],
  key: () => string,
  spread?: ReadonlyMap<string, Offset>,
): [number, number] | undefined {
  const p = project(lonLat);
  if (!p) return undefined;
  const offset = spread?.get(key());
  return [r2(p[0] + (offset?.dx ?? 0)), r2(p[1] + (offset?.dy ?? 0))];
}

/**
 * A thin line from the shared point to each symbol spread off it (the WebGL map's leaders), so that
 * a symbol moved aside still shows where it stands; under the sites and the pôles.
 */
export function leaderMarks(
  poles: readonly PlacedPoleFeature[],
  members: readonly MemberFeature[],
  project: Projector,
  spread?: ReadonlyMap<string, Offset>,
) {
  if (!spread?.size) return nothing;
  const points = [
    ...members.map((m) => ({
      key: pointKey('members', m.id, m.geometry.coordinates),
      at: m.geometry.coordinates,
    })),
    ...poles.map((p) => ({
      key: pointKey('poles', p.id, p.geometry.coordinates),
      at: p.geometry.coordinates,
    })),
  ];
  const [r, g, b, a] = LEADER_COLOUR;
  return svg`<g class="leaders" stroke=${`rgba(${r},${g},${b},${r2(a / 255)})`} stroke-width="1">
    ${points.map(({ key, at: lonLat }) => {
      const offset = spread.get(key);
      const p = offset && project(lonLat);
      return p
        ? svg`<line x1=${r2(p[0])} y1=${r2(p[1])} x2=${r2(p[0] + offset.dx)} y2=${r2(p[1] + offset.dy)}></line>`
        : nothing;
    })}
  </g>`;
}

/** The documented sites, in their kind's colour (under the pôles). */
export function memberMarks(members: readonly MemberFeature[], project: Projector, options: MarkOptions) {
  return svg`<g class="members">
    ${members.map((m) => {
      const position = m.geometry.coordinates;
      const p = at(project, position, () => pointKey('members', m.id, position), options.spread);
      const title = options.memberTitle?.(m);
      return p
        ? svg`<circle class="member" data-id=${m.id} data-pole=${m.properties.pole} cx=${p[0]} cy=${p[1]}
            r=${options.memberRadius} fill=${MEMBER_KIND_COLOURS[m.properties.kind]}
            >${title ? svg`<title>${title}</title>` : nothing}</circle>`
        : nothing;
    })}
  </g>`;
}

/** The pôles' HQs in their sector's colour, focusable buttons; `selected` drawn with a dark ring. */
export function poleMarks(
  poles: readonly PlacedPoleFeature[],
  project: Projector,
  selected: string | null,
  options: MarkOptions,
) {
  return svg`<g class="poles">
    ${poles.map((f) => {
      const position = f.geometry.coordinates;
      const p = at(project, position, () => pointKey('poles', f.id, position), options.spread);
      const on = f.id === selected;
      return p
        ? svg`<circle class="pole ${on ? 'selected' : ''}" data-id=${f.id} cx=${p[0]} cy=${p[1]}
            r=${options.poleRadius} fill=${SECTOR_COLOURS[f.properties.sector]} tabindex="0" role="button"
            aria-label=${f.properties.name} aria-pressed=${on ? 'true' : 'false'}
            >${options.poleTitles ? svg`<title>${f.properties.name}</title>` : nothing}</circle>`
        : nothing;
    })}
  </g>`;
}

/** The pôle a mark stands for: a pôle's own id, or a site's pôle. */
export function markedPole(target: EventTarget | null): string | null {
  const mark = target instanceof Element ? target.closest('circle.pole, circle.member') : null;
  return mark?.getAttribute(mark.classList.contains('pole') ? 'data-id' : 'data-pole') ?? null;
}

/** A pôle mark's id when `event` is Enter or Space on it, the keys that press a button. */
export function pressedPole(event: KeyboardEvent): string | null {
  const pole = event.target instanceof Element ? event.target.closest('circle.pole') : null;
  if (!pole || (event.key !== 'Enter' && event.key !== ' ')) return null;
  event.preventDefault(); // Space would scroll the page
  return pole.getAttribute('data-id');
}
