// SPDX-License-Identifier: MIT
// The insets never cover metropolitan France: France framed as the map frames it (METROPOLE_BOUNDS
// fitted within framePadding, as MapLibre's fitBounds does in Web Mercator), then every vertex of
// the metropolitan départements kept out of the inset boxes, at the app's map sizes at 1280×800 and
// 1920×1080 and on a grid of map sizes from NARROW_MAP up.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { franceFeatures } from '../../src/geo/france.ts';
import { OVERSEAS } from '../../src/geo/insets.ts';
import { mercator, polygonsOf } from '../../src/geo/planar.ts';
import { METROPOLE_BOUNDS, NARROW_MAP, framePadding } from '../../src/map/frame.ts';
import { PARIS_MIN_HEIGHT, insetBoxes, type ScreenBox } from '../../src/map/inset-layout.ts';

const france = JSON.parse(readFileSync('public/data/france.topo.json', 'utf8')) as Topology;
const metropolitan = franceFeatures(france, 'departements').features.filter(
  (f) => !String(f.properties?.['code']).startsWith('97'),
);
const vertices = metropolitan.flatMap((f) => polygonsOf(f).flat(2));
/** Each vertex once (borders are shared), in Mercator: each map size is then a scale and a shift. */
const unique = [...new Set(vertices.map((v) => `${v[0]},${v[1]}`))].map((v) =>
  mercator(v.split(',').map(Number)),
);
const mx = Float64Array.from(unique, (v) => v[0]);
const my = Float64Array.from(unique, (v) => v[1]);

/** Where METROPOLE_BOUNDS lands once fitted in a `width` × `height` map: Mercator → pixels. */
function framed(width: number, height: number) {
  const pad = framePadding(width);
  const [x0, y0] = mercator([METROPOLE_BOUNDS[0], METROPOLE_BOUNDS[1]]);
  const [x1, y1] = mercator([METROPOLE_BOUNDS[2], METROPOLE_BOUNDS[3]]);
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const k = Math.min(innerW / (x1 - x0), innerH / (y1 - y0));
  return {
    k,
    ox: pad.left + innerW / 2 - (k * (x0 + x1)) / 2,
    oy: pad.top + innerH / 2 + (k * (y0 + y1)) / 2,
  };
}

const pixel = (f: ReturnType<typeof framed>, lonLat: readonly number[]): [number, number] => {
  const [x, y] = mercator(lonLat);
  return [f.ox + f.k * x, f.oy - f.k * y];
};

/**
 * The land vertices inside `box` grown by `margin` px: MapLibre frames France to within a pixel of
 * this model, and on the shortest maps (500 px) the overseas row comes within 3 px of the Pyrenees.
 */
function landIn(box: ScreenBox, f: ReturnType<typeof framed>, margin = 2): number {
  let n = 0;
  for (let i = 0; i < mx.length; i++) {
    const x = f.ox + f.k * mx[i]!;
    const y = f.oy - f.k * my[i]!;
    if (
      x >= box.x - margin &&
      x <= box.x + box.width + margin &&
      y >= box.y - margin &&
      y <= box.y + box.height + margin
    )
      n++;
  }
  return n;
}

describe('where the insets stand', () => {
  it('reads the metropolitan land', () => {
    expect(metropolitan.length).toBe(96);
    expect(vertices.length).toBeGreaterThan(10_000);
  });

  // The app's map at 1280×800 and 1920×1080 (the side panel takes the rest), measured in Chromium.
  it.each([
    ['1280×800', 844.8, 753.4, [24, 54.7]],
    ['1920×1080', 1480, 1033.4, [163.8, 24]],
  ] as const)('leaves France uncovered at %s', (_, width, height, northWest) => {
    const { paris, row } = insetBoxes(width, height, OVERSEAS.length);
    const project = framed(width, height);
    expect(landIn(paris, project)).toBe(0);
    expect(landIn(row, project)).toBe(0);
    // The model frames France where the map does: the north-west corner of METROPOLE_BOUNDS where
    // Chromium's MapLibre projected it, to a pixel.
    const [x, y] = pixel(project, [METROPOLE_BOUNDS[0], METROPOLE_BOUNDS[3]]);
    expect(Math.abs(x - northWest[0])).toBeLessThan(1);
    expect(Math.abs(y - northWest[1])).toBeLessThan(1);
  });

  it('leaves France uncovered at any map size from NARROW_MAP, Paris from PARIS_MIN_HEIGHT', () => {
    const covered: string[] = [];
    // The overseas row from 400 px high (the map's least height is 320 px: there it meets Spain's
    // side of the Pyrenees); Paris on maps tall enough to show it.
    for (let width = NARROW_MAP; width <= 1800; width += 100) {
      for (let height = 400; height <= 1200; height += 20) {
        const { paris, row } = insetBoxes(width, height, OVERSEAS.length);
        const project = framed(width, height);
        if (landIn(row, project) > 0) covered.push(`row ${width}×${height}`);
        if (height >= PARIS_MIN_HEIGHT && landIn(paris, project) > 0)
          covered.push(`Paris ${width}×${height}`);
      }
    }
    expect(covered).toEqual([]);
  });

  it('needs PARIS_MIN_HEIGHT: on a shorter map the Paris inset would touch Brittany', () => {
    expect(landIn(insetBoxes(600, 500, 0).paris, framed(600, 500))).toBeGreaterThan(0);
  });
});
