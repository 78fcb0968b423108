// SPDX-License-Identifier: MIT
// Layer factories are pure: assert the props they build against the fixture, without rendering.
import { describe, expect, it } from 'vitest';
import { filterPartnerships, indexPoles } from '../../src/data/partnership-graph.ts';
import { KIND_COLOURS } from '../../src/diagrams/colours.ts';
import {
  createArcsLayers,
  partnerArcs,
  type PartnerArc,
  type PartnerPoint,
} from '../../src/layers/arcs/arcs.layer.ts';
import { hexToRgb } from '../../src/theme/palette.ts';
import { partnershipsFixture, polesFixture } from '../fixtures/partnerships/fixture.ts';

type Accessor<T> = (d: T, info?: unknown) => unknown;
const edges = filterPartnerships(partnershipsFixture.edges, indexPoles(polesFixture), { year: 2019 });

describe('partner arcs layers', () => {
  it('draws the non-pôle partnerships whose two ends are placed', () => {
    const arcs = partnerArcs(edges, 8);
    // The programme has no place and delta has no documented HQ: listed, not drawn.
    expect(arcs.map((a) => a.edge.target).sort()).toEqual([
      'angers-cluster',
      'biosaxony',
      'la-biomed',
      'quebec-bio',
      'silicon-saxony',
      'tokyo-cluster',
    ]);
    expect(arcs.every((a) => a.path.length === 9)).toBe(true);
  });

  it('builds pickable path and point layers coloured by kind', () => {
    const [paths, points] = createArcsLayers(edges);
    expect(paths.id).toBe('partner-arcs');
    expect(points.id).toBe('partner-points');
    expect(paths.props.pickable).toBe(true);
    const arcs = paths.props.data as PartnerArc[];
    const tokyo = arcs.find((a) => a.edge.target === 'tokyo-cluster')!;
    expect((paths.props.getColor as Accessor<PartnerArc>)(tokyo)).toEqual([
      ...hexToRgb(KIND_COLOURS.mou),
      220,
    ]);
    expect((paths.props.getPath as Accessor<PartnerArc>)(tokyo)).toBe(tokyo.path);
    const dots = points.props.data as PartnerPoint[];
    expect(dots.map((d) => d.id).sort()).toEqual(arcs.map((a) => a.edge.target).sort());
    expect(dots.find((d) => d.id === 'tokyo-cluster')!.position).toEqual(tokyo.path.at(-1));
  });

  it('emphasises the selection and re-evaluates accessors when it changes', () => {
    const [paths, points] = createArcsLayers(edges, { selected: 'country:DE', width: 2 });
    const arcs = paths.props.data as PartnerArc[];
    const de = arcs.find((a) => a.edge.targetCountry === 'DE')!;
    const jp = arcs.find((a) => a.edge.targetCountry === 'JP')!;
    const width = paths.props.getWidth as Accessor<PartnerArc>;
    const colour = paths.props.getColor as Accessor<PartnerArc>;
    expect(width(de)).toBe(4);
    expect(width(jp)).toBe(2);
    expect((colour(jp) as number[])[3]).toBe(40);
    expect(paths.props.updateTriggers).toMatchObject({ getColor: 'country:DE', getWidth: 'country:DE' });
    expect(points.props.updateTriggers).toMatchObject({ getFillColor: 'country:DE' });
  });
});
