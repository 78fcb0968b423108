// SPDX-License-Identifier: MIT
// The partnership projects on the map (issue 17): their arcs by stage and what the legend says of
// them. Loaded with import() the first time a list is drawn, like the Évolutions view's code, so
// that the first page does not carry it.
import type { Dataset } from '../data/dataset.ts';
import { STATUSES, type PartnershipProject } from '../data/projects/format.ts';
import { projectPlaces } from '../data/projects/places.ts';
import { isSyntheticProjectList } from '../data/projects/sourced.ts';
import { STAGE_COLOURS } from '../diagrams/stage-colours.ts';
import { projectArcs, stagesShown } from '../layers/arcs/project-arcs.ts';
import type { MapView } from '../layers/index.ts';
import type { PartnershipsFile } from '../types.ts';

/** The arcs of `projects` from their pôles' HQs, placed with every partner of partnerships.json. */
export function projectsView(
  data: Dataset,
  partnerships: PartnershipsFile,
  projects: readonly PartnershipProject[],
): Pick<MapView, 'projectArcs' | 'projectLegend'> {
  const hq = new Map(data.poles.features.map((f) => [f.id, f.geometry?.coordinates ?? null]));
  const { arcs, unplaced } = projectArcs(
    projects,
    (id) => hq.get(id) ?? null,
    projectPlaces(partnerships.edges),
  );
  return {
    projectArcs: arcs,
    projectLegend: {
      stages: stagesShown(arcs, STATUSES).map((status) => ({ status, colour: STAGE_COLOURS[status] })),
      unplaced,
      synthetic: isSyntheticProjectList(projects),
    },
  };
}
