// SPDX-License-Identifier: MIT
// The map layer of partnership projects (project-arcs.ts): paths coloured by stage, over the
// partnership arcs.
import { PathLayer } from '@deck.gl/layers';
import { projectArcColour, type ProjectArc } from './project-arcs.ts';

/** The project arcs, over the partnership arcs; pickable (object id: the project id). */
export function createProjectArcsLayer(arcs: readonly ProjectArc[], width = 2.5): PathLayer<ProjectArc> {
  return new PathLayer<ProjectArc>({
    id: 'project-arcs',
    data: arcs,
    pickable: true,
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
    getPath: (d) => d.path,
    getColor: projectArcColour,
    getWidth: width,
  });
}
