// SPDX-License-Identifier: MIT
// The arcs of partnership projects (issue 17), pure: one great-circle line from each pôle of a
// project to its foreign side (data/projects/places.ts), coloured by the project's current stage
// with the funnel's palette. Projects with the same ends fan out side by side instead of hiding each
// other. Kept apart from the deck.gl layer so that the map's view code does not load deck.gl.
import type { PartnershipProject, ProjectStatus } from '../../data/projects/format.ts';
import type { PlaceOf } from '../../data/projects/places.ts';
import { STAGE_COLOURS } from '../../diagrams/stage-colours.ts';
import { hexToRgb, type Rgb } from '../../theme/palette.ts';
import { greatCirclePath, type LonLat } from './great-circle.ts';

export interface ProjectArc {
  /** `<project id>|<pôle id>`: a project of two pôles has two arcs. */
  id: string;
  project: PartnershipProject;
  pole: string;
  path: LonLat[];
}

export interface ProjectArcs {
  arcs: ProjectArc[];
  /** Projects of which no arc could be drawn: no placed partner there, or none of their pôles has a known HQ. */
  unplaced: number;
}

/** The fan's widest offset from the middle line, as a share of the arc's length in degrees. */
const FAN = 0.03;

/**
 * The arcs of `projects` from their pôles' HQs (`hqOf`) to their places (`placeOf`). Arcs with the
 * same two ends are spread across the line, midpoint most, ends not at all.
 */
export function projectArcs(
  projects: readonly PartnershipProject[],
  hqOf: (pole: string) => LonLat | null,
  placeOf: PlaceOf,
  segments = 48,
): ProjectArcs {
  const groups = new Map<string, { project: PartnershipProject; pole: string; from: LonLat; to: LonLat }[]>();
  let unplaced = 0;
  for (const project of projects) {
    const to = placeOf(project);
    const ends = project.poles.flatMap((pole) => {
      const from = hqOf(pole);
      return from && to ? [{ project, pole, from, to }] : [];
    });
    if (ends.length === 0) unplaced++;
    for (const end of ends) {
      const key = `${end.from.join(',')}|${end.to.join(',')}`;
      groups.set(key, [...(groups.get(key) ?? []), end]);
    }
  }
  const arcs: ProjectArc[] = [];
  for (const group of groups.values()) {
    group.forEach(({ project, pole, from, to }, k) => {
      const path = greatCirclePath(from, to, segments);
      const shift = group.length > 1 ? (k - (group.length - 1) / 2) / (group.length - 1) : 0;
      const [dx, dy] = [path.at(-1)![0] - from[0], path.at(-1)![1] - from[1]];
      // Perpendicular to the chord, largest at the middle of the path.
      const [nx, ny] = [-dy * FAN * 2 * shift, dx * FAN * 2 * shift];
      const last = path.length - 1;
      arcs.push({
        id: `${project.id}|${pole}`,
        project,
        pole,
        path: path.map(([lon, lat], i): LonLat => {
          const bend = Math.sin((Math.PI * i) / last);
          return [lon + nx * bend, lat + ny * bend];
        }),
      });
    });
  }
  return { arcs, unplaced };
}

const STAGE_RGB = Object.fromEntries(
  Object.entries(STAGE_COLOURS).map(([stage, hex]) => [stage, hexToRgb(hex)]),
) as Record<ProjectStatus, Rgb>;

/** The stage colour of an arc, opaque (the map's pixel check reads it back). */
export const projectArcColour = (arc: ProjectArc): [number, number, number, number] => [
  ...STAGE_RGB[arc.project.status],
  255,
];

/** The stages of the arcs drawn, in the scale's order (the legend lists only these). */
export function stagesShown(arcs: readonly ProjectArc[], order: readonly ProjectStatus[]): ProjectStatus[] {
  const present = new Set(arcs.map((a) => a.project.status));
  return order.filter((s) => present.has(s));
}
