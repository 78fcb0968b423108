// SPDX-License-Identifier: MIT
// Where a project's foreign side is drawn on the world map (pure). A project names a country and
// perhaps a region, never a place: its arc ends at the centre of the partners partnerships.csv
// places in that region (Québec: Montréal, Laval...) or, when the project gives no region, in that
// country. A project whose region or country has no placed partner is not drawn (it is counted, and
// listed in the tables as ever): no point is made up.
import type { Partnership } from '../../types.ts';
import { edgeRegionKey, regionKey } from '../partnership-foreign-regions.ts';
import type { PartnershipProject } from './format.ts';

export type LonLat = [number, number];

/** The end of a project's arc, or null when the data places no partner there. */
export type PlaceOf = (project: Pick<PartnershipProject, 'country' | 'foreignRegion'>) => LonLat | null;

/** Mean of distinct positions (a partner with several partnerships counts once). */
function centre(points: Map<string, LonLat>): LonLat {
  const list = [...points.values()];
  const sum = list.reduce(([x, y], [lon, lat]) => [x + lon, y + lat], [0, 0]);
  return [sum[0] / list.length, sum[1] / list.length];
}

/** The place finder of `edges`: the centres of their placed foreign partners by region and by country. */
export function projectPlaces(edges: readonly Partnership[]): PlaceOf {
  const byKey = new Map<string, Map<string, LonLat>>();
  const add = (key: string, edge: Partnership) => {
    let points = byKey.get(key);
    if (!points) byKey.set(key, (points = new Map()));
    points.set(edge.target, edge.targetLonLat!);
  };
  for (const edge of edges) {
    const country = edge.targetCountry?.toUpperCase();
    if (edge.targetKind === 'pole' || !edge.targetLonLat || !country) continue;
    add(country, edge);
    const region = edgeRegionKey(edge);
    if (region) add(`region:${region}`, edge);
  }
  const centres = new Map([...byKey].map(([key, points]) => [key, centre(points)]));
  return (project) => {
    const key = project.foreignRegion
      ? `region:${regionKey(project.country, project.foreignRegion)}`
      : project.country.toUpperCase();
    return centres.get(key) ?? null;
  };
}
