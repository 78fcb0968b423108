// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import {
  METROPOLE_BOUNDS,
  arcsBounds,
  boundsAspect,
  partnersBounds,
  stageLegendSide,
  stagePadding,
} from '../../src/map/frame.ts';

describe('the stage frame', () => {
  it('puts the legend beside France in a wide window and under the partners’ world', () => {
    expect(boundsAspect(METROPOLE_BOUNDS)).toBeGreaterThan(0.8);
    expect(boundsAspect(METROPOLE_BOUNDS)).toBeLessThan(1.2);
    expect(stageLegendSide(METROPOLE_BOUNDS, 1920, 780)).toBe('side');
    expect(stageLegendSide([-80, 35, 20, 60], 1248, 780)).toBe('bottom');
    // France in a tall window: its sides are no longer free.
    expect(stageLegendSide(METROPOLE_BOUNDS, 600, 900)).toBe('bottom');
  });

  it('keeps the subject clear of each overlay on the edge it stands on', () => {
    const padding = stagePadding(
      { width: 1920, height: 780 },
      {
        left: [{ left: 8, top: 8, right: 160, bottom: 500 }],
        right: [{ left: 1200, top: 8, right: 1912, bottom: 600 }],
      },
    );
    expect(padding).toEqual({ top: 24, left: 184, right: 744, bottom: 24 });
    const under = stagePadding(
      { width: 1248, height: 780 },
      { bottom: [{ left: 8, top: 460, right: 1240, bottom: 772 }] },
    );
    expect(under).toEqual({ top: 24, left: 24, right: 24, bottom: 344 });
  });

  it('never asks MapLibre for more room than the map has', () => {
    const padding = stagePadding(
      { width: 400, height: 300 },
      {
        left: [{ left: 0, top: 0, right: 300, bottom: 100 }],
        right: [{ left: 100, top: 0, right: 400, bottom: 50 }],
      },
    );
    expect(padding.left + padding.right).toBeLessThanOrEqual(400 * 0.8 + 1e-9);
    expect(padding.left).toBeGreaterThan(0);
  });

  it('frames every arc whole, its bulge towards the pole included', () => {
    const arc = {
      sourceLonLat: [2.35, 48.85] as [number, number],
      targetLonLat: [-73.57, 45.5] as [number, number],
    };
    const [, , , north] = arcsBounds([arc]);
    // The great circle from Paris to Montréal passes north of 52° N: the ends alone stop at 51.1.
    expect(partnersBounds([arc])[3]).toBeCloseTo(51.1, 1);
    expect(north).toBeGreaterThan(52);
    const [west, , east] = arcsBounds([arc]);
    expect(west).toBeCloseTo(-73.57, 1);
    expect(east).toBeCloseTo(METROPOLE_BOUNDS[2], 5);
    expect(arcsBounds([])).toEqual(partnersBounds([]));
  });
});
