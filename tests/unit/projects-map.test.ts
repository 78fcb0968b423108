// SPDX-License-Identifier: MIT
// Partnership projects on the world map (issue 17): where their foreign side is placed, how arcs with
// the same ends fan out, their stage colours, and what the legend lists.
import { describe, expect, it } from 'vitest';
import type { PartnershipProject } from '../../src/data/projects/format.ts';
import { projectPlaces } from '../../src/data/projects/places.ts';
import { STAGE_COLOURS } from '../../src/diagrams/stage-colours.ts';
import { projectArcColour, projectArcs, stagesShown } from '../../src/layers/arcs/project-arcs.ts';
import { createProjectArcsLayer } from '../../src/layers/arcs/projects.layer.ts';
import { greatCirclePath } from '../../src/layers/arcs/great-circle.ts';
import { hexToRgb } from '../../src/theme/palette.ts';
import { STATUSES } from '../../src/data/projects/format.ts';
import { partnershipsFixture, polesFixture } from '../fixtures/partnerships/fixture.ts';
import { projectsView } from '../../src/map/projects.ts';
import { SYNTHETIC_PROJECT_SOURCE } from '../../src/data/projects/sourced.ts';
import type { Dataset } from '../../src/data/dataset.ts';

const project = (
  id: string,
  poles: string[],
  country: string,
  foreignRegion: string | null,
  status: PartnershipProject['status'],
) => ({ id, title: id, poles, country, foreignRegion, status }) as PartnershipProject;

const places = projectPlaces(partnershipsFixture.edges);
const HQ: Record<string, [number, number]> = { eta: [2.35, 48.85], zeta: [4.83, 45.76] };
const hqOf = (id: string) => HQ[id] ?? null;

describe('project places', () => {
  it('puts a region at the centre of its documented partners, Québec apart from the rest of Canada', () => {
    // The fixture's only partner in Québec is in Montréal.
    expect(places({ country: 'CA', foreignRegion: 'Québec' })).toEqual([-73.57, 45.5]);
    expect(places({ country: 'CA', foreignRegion: 'Quebec' })).toEqual([-73.57, 45.5]);
    // A region named in French finds the Land of the data (Saxe: Sachsen, Dresden).
    expect(places({ country: 'DE', foreignRegion: 'Saxe' })).toEqual(
      places({ country: 'DE', foreignRegion: 'Sachsen' }),
    );
    expect(places({ country: 'DE', foreignRegion: 'Saxe' })).not.toBeNull();
  });

  it('uses the country when the project gives no region, and places nothing it does not know', () => {
    expect(places({ country: 'JP', foreignRegion: null })).toEqual([139.69, 35.69]);
    expect(places({ country: 'CA', foreignRegion: 'Ontario' })).toBeNull();
    expect(places({ country: 'BR', foreignRegion: null })).toBeNull();
  });
});

describe('project arcs', () => {
  const list = [
    project('a', ['eta'], 'CA', 'Québec', 'accord'),
    project('b', ['eta'], 'CA', 'Québec', 'idee'),
    project('c', ['eta', 'zeta'], 'JP', null, 'abouti'),
    project('d', ['eta'], 'CA', 'Ontario', 'contact'),
    project('e', ['nowhere'], 'JP', null, 'defini'),
  ];
  const { arcs, unplaced } = projectArcs(list, hqOf, places, 8);

  it('draws one arc per placed pôle of a project and counts the projects not drawn', () => {
    expect(arcs.map((a) => a.id).sort()).toEqual(['a|eta', 'b|eta', 'c|eta', 'c|zeta']);
    // d: no partner documented in Ontario; e: its pôle has no HQ.
    expect(unplaced).toBe(2);
    for (const arc of arcs) {
      expect(arc.path).toHaveLength(9);
      expect(arc.path[0]).toEqual(HQ[arc.pole]);
    }
  });

  it('fans out arcs with the same ends: same ends, apart in the middle', () => {
    const [a, b] = ['a|eta', 'b|eta'].map((id) => arcs.find((arc) => arc.id === id)!.path);
    expect(a![0]).toEqual(b![0]);
    expect(a![8]![0]).toBeCloseTo(b![8]![0], 9);
    expect(a![8]![1]).toBeCloseTo(b![8]![1], 9);
    const gap = Math.hypot(a![4]![0] - b![4]![0], a![4]![1] - b![4]![1]);
    expect(gap).toBeGreaterThan(1);
    // An arc alone on its ends is the great circle itself, not bent.
    const c = arcs.find((arc) => arc.id === 'c|zeta')!.path;
    expect(c).toEqual(greatCirclePath(HQ['zeta']!, [139.69, 35.69], 8));
  });

  it('colours each arc with its stage, opaque, and the legend lists the stages drawn in order', () => {
    const a = arcs.find((arc) => arc.id === 'a|eta')!;
    expect(projectArcColour(a)).toEqual([...hexToRgb(STAGE_COLOURS.accord), 255]);
    expect(stagesShown(arcs, STATUSES)).toEqual(['idee', 'accord', 'abouti']);
    const layer = createProjectArcsLayer(arcs);
    expect(layer.id).toBe('project-arcs');
    expect(layer.props.pickable).toBe(true);
  });
});

describe('projects view', () => {
  it('gives the legend the stages drawn, the projects not drawn, and whether the list is synthetic', () => {
    const list = [
      { ...project('s', ['eta'], 'JP', null, 'accord'), source: SYNTHETIC_PROJECT_SOURCE },
      { ...project('t', ['eta'], 'BR', null, 'idee'), source: SYNTHETIC_PROJECT_SOURCE },
    ];
    const view = projectsView({ poles: polesFixture } as Dataset, partnershipsFixture, list);
    // Eta's seat is placed; Japan has a placed partner, Brazil none in the fixture.
    expect(view.projectArcs?.map((a) => a.id)).toEqual(['s|eta']);
    expect(view.projectLegend).toEqual({
      stages: [{ status: 'accord', colour: STAGE_COLOURS.accord }],
      unplaced: 1,
      synthetic: true,
    });
    expect(
      projectsView({ poles: polesFixture } as Dataset, partnershipsFixture, [list[0]!]).projectLegend
        ?.synthetic,
    ).toBe(true);
    expect(
      projectsView({ poles: polesFixture } as Dataset, partnershipsFixture, [
        { ...list[0]!, source: 'https://example.org' },
      ]).projectLegend?.synthetic,
    ).toBe(false);
  });
});
