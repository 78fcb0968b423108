// SPDX-License-Identifier: MIT
// france.topo.json and world.topo.json. All French layers go through one topology() call so that
// identical borders become shared arcs; then Visvalingam simplification with a fixed weight
// threshold (deterministic, unlike a quantile that moves when inputs change) and quantisation.
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/**
 * Minimum triangle area (square degrees, planar) of a kept point. 2e-5 deg² is about 0.17 km² in
 * France: under half a pixel at zoom 7, so coastlines look unchanged at zoom 4-7 while the file
 * stays under 400 KB. Rings (islets) smaller than ISLET_MIN that touch nothing are dropped.
 */
export const MIN_WEIGHT = 2e-5;
export const ISLET_MIN = 5e-5;
/**
 * Grid of the coordinates: 5e4 steps over France's extent (overseas included) is about 180 m, under
 * half a pixel at zoom 7 like the simplification; 1e5 made france.topo.json 15% larger in gzip for
 * detail the simplification had already removed (issue 18).
 */
export const QUANTIZATION = 5e4;

export interface FranceLayers {
  land: Feature | FeatureCollection;
  regions: FeatureCollection;
  regions2015: FeatureCollection;
  departements: FeatureCollection;
}

type Props = Record<string, string>;
type FranceTopology = Topology<Objects<Props>>;

/** Keeps only the named properties, in a fixed key order, and sorts features by code. */
function clean(fc: FeatureCollection, pick: (p: GeoJsonProperties) => Props): FeatureCollection {
  const features = fc.features
    .map((f): Feature => ({ type: 'Feature', properties: pick(f.properties), geometry: f.geometry }))
    .sort((a, b) => {
      const x = String(a.properties?.code);
      const y = String(b.properties?.code);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  return { type: 'FeatureCollection', features };
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export function buildFranceTopology(
  layers: FranceLayers,
  regionOfDepartement: ReadonlyMap<string, string>,
): Topology {
  const landGeometry: Geometry[] =
    layers.land.type === 'FeatureCollection'
      ? layers.land.features.map((f) => f.geometry)
      : [layers.land.geometry];
  const objects = {
    land: {
      type: 'FeatureCollection',
      features: landGeometry.map((g): Feature => ({ type: 'Feature', properties: {}, geometry: g })),
    } as FeatureCollection,
    regions: clean(layers.regions, (p) => ({ code: str(p?.code), nom: str(p?.nom) })),
    regions2015: clean(layers.regions2015, (p) => ({ code: str(p?.code), nom: str(p?.nom) })),
    departements: clean(layers.departements, (p) => ({
      code: str(p?.code),
      nom: str(p?.nom),
      region: regionOfDepartement.get(str(p?.code)) ?? '',
    })),
  };
  let topo = topology(objects) as FranceTopology;
  topo = presimplify(topo);
  topo = simplify(topo, MIN_WEIGHT);
  topo = filter(topo, filterAttachedWeight(topo, ISLET_MIN)) as FranceTopology;
  const quantized = quantize(topo, QUANTIZATION);
  return normaliseTopology(quantized, ['land', 'regions', 'regions2015', 'departements']);
}

/** Rebuilds the topology with a fixed key order so that the JSON bytes do not depend on the libraries' order. */
function normaliseTopology(topo: FranceTopology, names: readonly string[]): Topology {
  const objects: Topology['objects'] = {};
  for (const name of names) {
    const o = topo.objects[name] as GeometryCollection | undefined;
    if (!o) throw new Error(`topology has no object "${name}"`);
    objects[name] = {
      type: 'GeometryCollection',
      geometries: o.geometries.map((g) => {
        const { type, properties, ...rest } = g as typeof g & { properties?: Props };
        return { type, ...(properties && Object.keys(properties).length > 0 ? { properties } : {}), ...rest };
      }),
    } as GeometryCollection;
  }
  return {
    type: 'Topology',
    bbox: topo.bbox,
    transform: topo.transform,
    objects,
    arcs: topo.arcs,
  } as Topology;
}

export function countGeometries(topo: Topology): number {
  return Object.values(topo.objects).reduce(
    (n, o) => n + ((o as GeometryCollection).geometries?.length ?? 1),
    0,
  );
}

/** world-atlas keeps `countries` and `land` in one topology; the app needs only the countries. */
export function worldCountries(world: Topology): Topology {
  const countries = world.objects.countries;
  if (!countries) throw new Error('world-atlas topology has no "countries" object');
  return {
    type: 'Topology',
    bbox: world.bbox,
    transform: world.transform,
    objects: { countries },
    arcs: world.arcs,
  } as Topology;
}
