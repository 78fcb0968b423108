// SPDX-License-Identifier: MIT
// Where a French point may lie: metropolitan France, Corsica and the five overseas départements
// (the scope of the pôles policy). Bounding boxes from the boundaries of
// ../shared/data/geo/departements-avec-outre-mer.geojson, padded by about 10 km (0.1°) so coastal
// centroids and islands stay inside. Used to catch swapped lon/lat and wrong codes.

export type Bbox = readonly [west: number, south: number, east: number, north: number];

export interface FranceArea {
  id: 'metropole' | 'corse' | '971' | '972' | '973' | '974' | '976';
  name: string;
  bbox: Bbox;
}

export const FRANCE_AREAS: readonly FranceArea[] = [
  { id: 'metropole', name: 'France métropolitaine (continent)', bbox: [-5.25, 42.23, 8.34, 51.19] },
  { id: 'corse', name: 'Corse', bbox: [8.43, 41.23, 9.66, 43.13] },
  { id: '971', name: 'Guadeloupe', bbox: [-61.91, 15.73, -60.9, 16.61] },
  { id: '972', name: 'Martinique', bbox: [-61.33, 14.29, -60.71, 14.98] },
  { id: '973', name: 'Guyane', bbox: [-54.7, 2.01, -51.52, 5.85] },
  { id: '974', name: 'La Réunion', bbox: [55.12, -21.49, 55.94, -20.77] },
  { id: '976', name: 'Mayotte', bbox: [44.92, -13.11, 45.4, -12.54] },
];

/** Metropolitan France including Corsica: the default view of the map. */
export const METROPOLE_BBOX: Bbox = [-5.25, 41.23, 9.66, 51.19];

export function franceAreaOf(lon: number, lat: number): FranceArea | undefined {
  return FRANCE_AREAS.find(({ bbox: [w, s, e, n] }) => lon >= w && lon <= e && lat >= s && lat <= n);
}

export function isInFrance(lon: number, lat: number): boolean {
  return franceAreaOf(lon, lat) !== undefined;
}
