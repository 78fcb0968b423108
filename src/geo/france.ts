// SPDX-License-Identifier: MIT
// Our France TopoJSON → the GeoJSON layers of the base map (pure: runs in Node and in the browser).
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { withoutAntimeridianJumps } from './antimeridian.ts';

export type FranceObject = 'land' | 'regions' | 'regions2015' | 'departements';

/** One object of france.topo.json as a GeoJSON FeatureCollection. */
export function franceFeatures(topology: Topology, name: FranceObject): FeatureCollection {
  const object = topology.objects[name] as GeometryCollection | undefined;
  if (!object) throw new Error(`france.topo.json has no object "${name}"`);
  return feature(topology, object) as FeatureCollection;
}

/** Antarctica (ISO 3166 numeric 010): no partner there, and a ring around the pole has no flat shape. */
const ANTARCTICA = '010';

/**
 * The countries of world.topo.json (world-atlas, Natural Earth) for the flat partnership map: no
 * ring jumps across the antimeridian (Russia, Fiji), and no Antarctica.
 */
export function worldCountries(topology: Topology): FeatureCollection {
  const object = topology.objects['countries'] as GeometryCollection | undefined;
  if (!object) throw new Error('world.topo.json has no object "countries"');
  const countries = feature(topology, object) as FeatureCollection;
  return withoutAntimeridianJumps({
    ...countries,
    features: countries.features.filter((f) => String(f.id) !== ANTARCTICA),
  });
}
