// SPDX-License-Identifier: MIT
// The offline base map: our own France boundaries as GeoJSON sources, no tiles, no glyphs, no
// sprite. No `symbol` layer may appear here (there is no glyph server); labels are drawn by deck.gl.
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection as GeoJsonFeatureCollection } from 'geojson';
import { BASEMAP } from '../theme/palette.ts';

export interface BasemapData {
  land: GeoJsonFeatureCollection;
  regions: GeoJsonFeatureCollection;
  departements: GeoJsonFeatureCollection;
}

/** A MapLibre style drawing land, département and région boundaries over a sea colour. */
export function basemapStyle(data: BasemapData): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: data.land },
      regions: { type: 'geojson', data: data.regions },
      departements: { type: 'geojson', data: data.departements },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': BASEMAP.land } },
      {
        id: 'departements-line',
        type: 'line',
        source: 'departements',
        paint: { 'line-color': BASEMAP.departementLine, 'line-width': 0.6 },
      },
      {
        id: 'regions-line',
        type: 'line',
        source: 'regions',
        paint: { 'line-color': BASEMAP.regionLine, 'line-width': 1.2 },
      },
    ],
  };
}
