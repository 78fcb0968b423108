// SPDX-License-Identifier: MIT
// The offline base map: our own France boundaries as GeoJSON sources, no tiles, no glyphs, no
// sprite. No `symbol` layer may appear here (there is no glyph server); the territory names are text
// over the map (layers/labels/labels.ts).
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection as GeoJsonFeatureCollection } from 'geojson';
import { BASEMAP } from '../theme/palette.ts';

export interface BasemapData {
  regions: GeoJsonFeatureCollection;
  regions2015: GeoJsonFeatureCollection;
  departements: GeoJsonFeatureCollection;
}

/** The région map drawn: 2016 régions, or the 22 régions of before the 2016 merger. */
export type RegionMap = '2016' | '2015';

/** Ids of the style layers that draw each région map. */
export const REGION_LINE_LAYERS: Record<RegionMap, string> = {
  '2016': 'regions-line',
  '2015': 'regions2015-line',
};

type Visibility = 'visible' | 'none';

/**
 * The région line layers whose visibility must change to show `regionMap`, given what each one has
 * now (undefined: left unset, which draws; null: not in the style, as in an embedder's online one).
 * Only real changes: MapLibre re-tiles a layer's whole source on any layout change, even from unset
 * to 'visible', which at startup cost a second tiling of the régions and a frame more.
 */
export function regionLineChanges(
  regionMap: RegionMap,
  visibilityOf: (layer: string) => unknown,
): [layer: string, visibility: Visibility][] {
  const changes: [string, Visibility][] = [];
  for (const [map, layer] of Object.entries(REGION_LINE_LAYERS)) {
    const now = visibilityOf(layer);
    const wanted: Visibility = map === regionMap ? 'visible' : 'none';
    if (now !== null && (now ?? 'visible') !== wanted) changes.push([layer, wanted]);
  }
  return changes;
}

/** The source of each région map's lines (the engine fills the former one on demand). */
export const REGION_SOURCES: Record<RegionMap, 'regions' | 'regions2015'> = {
  '2016': 'regions',
  '2015': 'regions2015',
};

/**
 * A MapLibre style drawing land, département and région boundaries (2016 map shown) over a sea
 * colour; the former régions' source starts empty (see REGION_SOURCES).
 */
export function basemapStyle(data: BasemapData): StyleSpecification {
  return {
    version: 8,
    sources: {
      regions: { type: 'geojson', data: data.regions },
      // Filled by the engine when a view first shows the former régions: most views never do, and
      // MapLibre's worker would index their 22 outlines before the first frame.
      regions2015: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      departements: { type: 'geojson', data: data.departements },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
      // Land is the régions' fill: one GeoJSON source less for MapLibre's worker to index (the
      // separate land outline is 330 kB of GeoJSON) and the same picture.
      { id: 'land', type: 'fill', source: 'regions', paint: { 'fill-color': BASEMAP.land } },
      {
        id: 'departements-line',
        type: 'line',
        source: 'departements',
        paint: { 'line-color': BASEMAP.departementLine, 'line-width': 0.6 },
      },
      {
        id: REGION_LINE_LAYERS['2016'],
        type: 'line',
        source: 'regions',
        paint: { 'line-color': BASEMAP.regionLine, 'line-width': 1.2 },
      },
      {
        id: REGION_LINE_LAYERS['2015'],
        type: 'line',
        source: 'regions2015',
        layout: { visibility: 'none' },
        paint: { 'line-color': BASEMAP.regionLine, 'line-width': 1.2 },
      },
    ],
  };
}
