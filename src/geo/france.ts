// SPDX-License-Identifier: MIT
// Our France TopoJSON → the GeoJSON layers of the base map (pure: runs in Node and in the browser).
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type FranceObject = 'land' | 'regions' | 'regions2015' | 'departements';

/** One object of france.topo.json as a GeoJSON FeatureCollection. */
export function franceFeatures(topology: Topology, name: FranceObject): FeatureCollection {
  const object = topology.objects[name] as GeometryCollection | undefined;
  if (!object) throw new Error(`france.topo.json has no object "${name}"`);
  return feature(topology, object) as FeatureCollection;
}

/** The countries of world.topo.json (world-atlas, Natural Earth), for the partnership view. */
export function worldCountries(topology: Topology): FeatureCollection {
  const object = topology.objects['countries'] as GeometryCollection | undefined;
  if (!object) throw new Error('world.topo.json has no object "countries"');
  return feature(topology, object) as FeatureCollection;
}
