// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { cameraProjector, fitCamera, mercatorXY, polygonsPath } from '../../src/geo/web-mercator.ts';

const NO_PADDING = { top: 0, bottom: 0, left: 0, right: 0 };

describe('web-mercator', () => {
  it("agrees with MapLibre's mercatorXfromLng and mercatorYfromLat (mercator_coordinate.ts)", () => {
    expect(mercatorXY([0, 0])).toEqual([0.5, 0.5]);
    const [lon, lat] = [2.35, 48.85];
    const [x, y] = mercatorXY([lon, lat]);
    expect(x).toBeCloseTo((180 + lon) / 360, 12);
    expect(y).toBeCloseTo(
      (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360,
      12,
    );
  });

  it('fits a box: its corners touch the padded edges on the tighter axis', () => {
    const bounds: [number, number, number, number] = [-5.2, 41.3, 9.6, 51.1];
    const padding = { top: 24, bottom: 100, left: 24, right: 230 };
    const camera = fitCamera(bounds, 1000, 700, padding);
    const project = cameraProjector(camera, 1000, 700);
    const [left, top] = project([-5.2, 51.1]);
    const [right, bottom] = project([9.6, 41.3]);
    // Height is the tighter axis here: the box fills it between the paddings, and is centred across.
    expect(top).toBeCloseTo(24, 6);
    expect(bottom).toBeCloseTo(600, 6);
    expect((left + right) / 2).toBeCloseTo(24 + (1000 - 24 - 230) / 2, 6);
  });

  it('projects the camera centre to the middle of the map', () => {
    const camera = fitCamera([0, 40, 10, 50], 640, 480, NO_PADDING);
    const [x, y] = cameraProjector(camera, 640, 480)([camera.lon, camera.lat]);
    expect(x).toBeCloseTo(320, 6);
    expect(y).toBeCloseTo(240, 6);
  });

  it('draws each ring of a (multi)polygon as a closed path, a tenth of a pixel at most', () => {
    const camera = fitCamera([0, 40, 10, 50], 640, 480, NO_PADDING);
    const project = cameraProjector(camera, 640, 480);
    const square = (lon: number) => [
      [lon, 41],
      [lon + 1, 41],
      [lon + 1, 42],
      [lon, 41],
    ];
    const path = polygonsPath(
      [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square(1)] } },
        {
          type: 'Feature',
          properties: {},
          geometry: { type: 'MultiPolygon', coordinates: [[square(3)], [square(5)]] },
        },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } },
      ],
      project,
    );
    expect(path.match(/M/g)).toHaveLength(3);
    expect(path.match(/Z/g)).toHaveLength(3);
    const [x, y] = project([1, 41]);
    expect(path.startsWith(`M${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}L`)).toBe(true);
    expect(path).not.toMatch(/\.\d\d/);
  });
});
