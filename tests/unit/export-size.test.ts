// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { exportCamera, exportFileName, exportSize, fitCamera } from '../../src/export/size.ts';

describe('exportSize', () => {
  it('draws 1080p at ratio 1', () => {
    expect(exportSize('1080p')).toEqual({
      cssWidth: 1920,
      cssHeight: 1080,
      pixelRatio: 1,
      width: 1920,
      height: 1080,
    });
  });

  it('draws 4K as the same 1920×1080 layout at ratio 2, so 3840×2160 pixels', () => {
    expect(exportSize('4k')).toEqual({
      cssWidth: 1920,
      cssHeight: 1080,
      pixelRatio: 2,
      width: 3840,
      height: 2160,
    });
  });
});

describe('exportCamera', () => {
  const camera = { lon: 2.35, lat: 48.85, zoom: 6 };

  it('keeps a camera for a map already of the export size, whatever the ratio', () => {
    expect(exportCamera(camera, { width: 1920, height: 1080 }, exportSize('1080p'))).toEqual(camera);
    expect(exportCamera(camera, { width: 1920, height: 1080 }, exportSize('4k'))).toEqual(camera);
  });

  it('zooms in by log2 of the smaller ratio, so all the framed area stays in the picture', () => {
    // 960×800 → 1920×1080: ×2 wide, ×1.35 high; the height limits.
    const zoom = exportCamera(camera, { width: 960, height: 800 }, exportSize('1080p')).zoom;
    expect(zoom).toBeCloseTo(6 + Math.log2(1080 / 800), 10);
    expect(exportCamera(camera, { width: 3840, height: 2160 }, exportSize('1080p')).zoom).toBeCloseTo(5, 10);
  });

  it('keeps the camera when the screen size is unknown, and the zoom within MapLibre range', () => {
    expect(exportCamera(camera, { width: 0, height: 0 }, exportSize('1080p'))).toEqual(camera);
    expect(
      exportCamera({ ...camera, zoom: 0.2 }, { width: 7680, height: 4320 }, exportSize('1080p')).zoom,
    ).toBe(0);
  });
});

describe('exportFileName', () => {
  it('says what and which year', () => {
    const map = { year: 2019, view: 'map' as const };
    expect(exportFileName('png', map, '1080p')).toBe('poles-competitivite-2019-carte.png');
    expect(exportFileName('png', { year: 2010, view: 'links' }, '4k')).toBe(
      'poles-competitivite-2010-partenariats-4k.png',
    );
    expect(exportFileName('poles-csv', map)).toBe('poles-competitivite-2019-poles.csv');
    expect(exportFileName('sites-csv', map)).toBe('poles-competitivite-2019-sites.csv');
    expect(exportFileName('geojson', map)).toBe('poles-competitivite-2019.geojson');
    expect(exportFileName('sites-csv', { ...map, siteYears: 'phase' })).toBe(
      'poles-competitivite-2019-phase-IV-sites.csv',
    );
  });
});

describe('fitCamera', () => {
  /** [lon, lat] → CSS pixels for a camera, Web Mercator with 512 px tiles (what MapLibre draws). */
  const project = (camera: { lon: number; lat: number; zoom: number }, w: number, h: number) => {
    const world = 512 * 2 ** camera.zoom;
    const x = (lon: number) => ((lon + 180) / 360) * world;
    const y = (lat: number) =>
      ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * world;
    return ([lon, lat]: [number, number]) => [w / 2 + x(lon) - x(camera.lon), h / 2 + y(lat) - y(camera.lat)];
  };

  it('puts the bounds inside the padded box, touching it on the limiting side and centred on the other', () => {
    const padding = { top: 40, right: 436, bottom: 140, left: 616 };
    const camera = fitCamera([-5.2, 41.3, 9.6, 51.1], 1920, 1080, padding);
    const at = project(camera, 1920, 1080);
    const [west, north] = at([-5.2, 51.1]) as [number, number];
    const [east, south] = at([9.6, 41.3]) as [number, number];
    // The box is 868 × 900 and France slightly wider than tall in Mercator: it fills the width.
    expect(west).toBeCloseTo(616, 6);
    expect(east).toBeCloseTo(1920 - 436, 6);
    expect((north + south) / 2).toBeCloseTo((40 + 1080 - 140) / 2, 6);
    expect(north).toBeGreaterThan(40);
    expect(south).toBeLessThan(1080 - 140);
  });

  it('gives the centre of the bounds without padding', () => {
    const camera = fitCamera([-10, -10, 10, 10], 1000, 1000, { top: 0, right: 0, bottom: 0, left: 0 });
    expect(camera.lon).toBeCloseTo(0, 10);
    expect(camera.lat).toBeCloseTo(0, 10);
  });
});
