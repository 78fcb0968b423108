// SPDX-License-Identifier: MIT
// The stage's sizes grown with the screen (issue 16 §1, read from the back of the hall at 720p, 1080p
// and 4K): the scale of a screen, and the map's layers, rings and names drawn at that scale, the
// same as today at 1080p (scale 1).
import { GeoJsonLayer, PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { stageScale } from '../../src/controllers/stage-scale.controller.ts';
import { buildLayers, type MapView } from '../../src/layers/index.ts';
import { scaleLayer } from '../../src/layers/scale.ts';
import { drawnSymbols, placerOf, symbolLabels } from '../../src/layers/colocation/colocation.ts';
import type { PlacedPole } from '../../src/layers/poles/poles.layer.ts';
import { POLE_RADIUS } from '../../src/geo/colocation.ts';
import { LYON, emptyView, placedPole } from './map-view-fixture.ts';

const pole = placedPole;

const view = (poles: PlacedPole[], scale?: number): MapView =>
  emptyView({ poles, ...(scale === undefined ? {} : { scale }) });

type Props = Record<string, unknown>;

describe('the scale of a stage', () => {
  it('is 1 at 1080p, 2 at 4K, about ⅔ at 720p, by the smaller ratio, never under ½', () => {
    expect(stageScale(1920, 1080)).toBe(1);
    expect(stageScale(3840, 2160)).toBe(2);
    expect(stageScale(1280, 720)).toBeCloseTo(2 / 3, 1);
    // A 16:10 laptop and an ultra-wide screen: the height or the width that is short decides.
    expect(stageScale(1920, 1200)).toBe(1);
    expect(stageScale(2560, 1080)).toBe(1);
    expect(stageScale(800, 600)).toBe(0.5);
    // A few pixels more or less draw nothing again.
    expect(stageScale(1915, 1077)).toBe(1);
  });
});

describe('layers at a scale', () => {
  it('multiplies the size factors a layer has, and leaves a layer without any as it is', () => {
    const dots = scaleLayer(new ScatterplotLayer({ id: 'd', data: [], radiusScale: 1.5 }), 2);
    expect((dots.props as unknown as Props).radiusScale).toBe(3);
    expect((dots.props as unknown as Props).lineWidthScale).toBe(2);
    expect(dots.id).toBe('d');
    const path = scaleLayer(new PathLayer({ id: 'p', data: [] }), 2);
    expect((path.props as unknown as Props).widthScale).toBe(2);
    const areas = scaleLayer(new GeoJsonLayer({ id: 'g', data: [] }), 0.5);
    expect((areas.props as unknown as Props).lineWidthScale).toBe(0.5);
    expect((areas.props as unknown as Props).pointRadiusScale).toBe(0.5);
  });

  it('draws the pôles, their rings and their names twice as large at scale 2, as today at scale 1', () => {
    const apart = [pole('a', [5, 45])];
    const at = (scale?: number) =>
      buildLayers(view(apart, scale), undefined, 6).at(-1)!.props as unknown as Props;
    expect(at().radiusScale).toBe(1);
    expect(at(1).radiusScale).toBe(1);
    expect(at(2).radiusScale).toBe(2);
    expect(at(2).lineWidthScale).toBe(2);

    const shared = [pole('a'), pole('b')];
    const project = () => ({ x: 0, y: 0 });
    const one = drawnSymbols(view(shared), project);
    const two = drawnSymbols(view(shared, 2), project);
    expect(two[0]!.x).toBeCloseTo(2 * one[0]!.x, 6);
    expect(two[0]!.radius).toBe(2 * POLE_RADIUS);
    // The ring's offsets in degrees double too (at one zoom).
    const a1 = placerOf(view(shared), 6).position('poles', 'a', LYON);
    const a2 = placerOf(view(shared, 2), 6).position('poles', 'a', LYON);
    expect((a2[0] - LYON[0]) / (a1[0] - LYON[0])).toBeCloseTo(2, 3);
    expect(placerOf(view(shared, 2), 6).key).not.toBe(placerOf(view(shared), 6).key);

    // A lone pôle's name: under its grown symbol, and half a line of its own type lower.
    const [alone1] = symbolLabels(view(apart));
    const [alone2] = symbolLabels(view(apart, 2));
    expect(alone2!.offset!.dy).toBe(2 * alone1!.offset!.dy);
    expect(alone2!.lines).toBe(alone1!.lines);
  });
});
