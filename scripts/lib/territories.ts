// SPDX-License-Identifier: MIT
// territories.json: population and area of every 2016 région, pre-2016 région and département, and
// the pre-2016 région of each département. No table gives that last link for the current
// départements, so it is found on the map: the old région that contains a point inside the
// département. Populations are sums of the communes of @etalab/decoupage-administratif.
import { geoArea, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { EARTH_RADIUS_KM } from '../../src/analysis/haversine.ts';
import type { ErrorCollector } from '../../src/data/errors.ts';
import { REGIONS_2015 } from '../../src/geo/regions.ts';
import type {
  CommunesFile,
  DepartementTerritory,
  MembersFile,
  PolesFile,
  PopulationOutsideCommunes,
  TerritoriesFile,
  Territory,
} from '../../src/types.ts';
import type { Cog } from './cog.ts';

export interface TerritoryLayers {
  regions: FeatureCollection;
  regions2015: FeatureCollection;
  departements: FeatureCollection;
}

/** Display names of the boundary files, for error messages. */
export interface TerritoryFileNames {
  regions2015: string;
  departements: string;
}

const byCode = <T extends { code: string }>(a: T, b: T): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
const isOverseas = (departement: string): boolean => departement.startsWith('97');
const codeOf = (f: Feature): string => String(f.properties?.code);
const nameOf = (f: Feature): string => String(f.properties?.nom);

/**
 * The polygons of a geometry wound the way d3-geo expects (clockwise exterior). Files following
 * RFC 7946 wind the other way, which d3 reads as "the whole sphere but this polygon": a polygon
 * covering more than a hemisphere is therefore reversed. Returns each polygon with its area (sr).
 */
function sphericalPolygons(g: Geometry): { polygon: Polygon; steradians: number }[] {
  const rings = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return rings.map((coordinates) => {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const a = geoArea(polygon);
    if (a <= 2 * Math.PI) return { polygon, steradians: a };
    const reversed: Polygon = { type: 'Polygon', coordinates: coordinates.map((r) => [...r].reverse()) };
    return { polygon: reversed, steradians: 4 * Math.PI - a };
  });
}

/** Area on a sphere of the mean Earth radius (not the ellipsoid: < 0.5 % off, enough to normalise). */
function areaKm2(g: Geometry): number {
  const sr = sphericalPolygons(g).reduce((s, p) => s + p.steradians, 0);
  return Math.round(sr * EARTH_RADIUS_KM ** 2 * 10) / 10;
}

/**
 * A point inside the largest polygon: the middle of the widest interior segment of the horizontal
 * line through the middle of its latitude range (a centroid can fall outside a concave shape). The
 * planar lon/lat test is safe here: boundary edges are a few km long, so they barely bow on the sphere.
 */
function interiorPoint(g: Geometry): [number, number] | null {
  const largest = sphericalPolygons(g).sort((a, b) => b.steradians - a.steradians)[0];
  if (!largest) return null;
  const lats = largest.polygon.coordinates[0]!.map((p) => p[1]!);
  const y = (Math.min(...lats) + Math.max(...lats)) / 2;
  const xs: number[] = [];
  for (const ring of largest.polygon.coordinates) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1] as [number, number];
      const [x1, y1] = ring[i] as [number, number];
      // Half-open rule, so that a vertex on the line is counted once.
      if (y0 <= y !== y1 <= y) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] | null = null;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (!best || xs[i + 1]! - xs[i]! > best[1] - best[0]) best = [xs[i]!, xs[i + 1]!];
  }
  return best ? [(best[0] + best[1]) / 2, y] : null;
}

export interface BuiltTerritories {
  file: TerritoriesFile;
  /** Département code → pre-2016 région code. */
  region2015Of: Map<string, string>;
}

export function buildTerritories(
  layers: TerritoryLayers,
  cog: Cog,
  communes: CommunesFile,
  files: TerritoryFileNames,
  errors: ErrorCollector,
): BuiltTerritories {
  const regionOfDep = new Map(cog.departements.map((d) => [d.code, d.region]));
  const region2016Of2015 = new Map(Object.values(REGIONS_2015).map((r) => [r.code, r.region2016]));
  const old = layers.regions2015.features.map((f) => {
    const polygons = sphericalPolygons(f.geometry).map((p) => p.polygon.coordinates);
    return { code: codeOf(f), shape: { type: 'MultiPolygon', coordinates: polygons } as const };
  });

  // Populations: every current commune of metropolitan and overseas France (not the collectivités
  // d'outre-mer, which have no boundaries here) counts in its département.
  const inScope = cog.communes.filter(
    (c) => c.type === 'commune-actuelle' && (c.zone === 'metro' || c.zone === 'drom'),
  );
  const populationOf = new Map<string, number>();
  for (const c of inScope) {
    if (c.departement)
      populationOf.set(c.departement, (populationOf.get(c.departement) ?? 0) + (c.population ?? 0));
  }
  const held = new Set(communes.code);
  communes.aliases.code.forEach((code, i) => {
    if (communes.aliases.kind[i] === 'current' && communes.aliases.target[i]) held.add(code);
  });
  const populationOutsideCommunes: PopulationOutsideCommunes[] = inScope
    .filter((c) => !held.has(c.code) && c.departement)
    .map((c) => ({ code: c.code, name: c.nom, departement: c.departement!, population: c.population ?? 0 }))
    .sort(byCode);

  const region2015Of = new Map<string, string>();
  const departements: DepartementTerritory[] = [];
  for (const f of layers.departements.features) {
    const code = codeOf(f);
    const region = regionOfDep.get(code);
    const where = `département ${code} ${nameOf(f)}`;
    if (region === undefined) {
      errors.add(files.departements, null, null, `${where} is not a département of ${cog.package}`);
      continue;
    }
    let region2015 = region;
    if (!isOverseas(code)) {
      const point = interiorPoint(f.geometry);
      const found = point ? old.filter((r) => geoContains(r.shape, point)) : [];
      if (found.length !== 1) {
        const at = point ? ` (${point.map((x) => x.toFixed(5)).join(', ')})` : '';
        errors.add(
          files.regions2015,
          null,
          null,
          `${where}: its interior point${at} lies in ${found.length} pre-2016 régions, expected exactly one`,
        );
        continue;
      }
      region2015 = found[0]!.code;
      if (region2016Of2015.get(region2015) !== region) {
        errors.add(
          files.regions2015,
          null,
          null,
          `${where} lies in pre-2016 région ${region2015}, which did not merge into its 2016 région ${region}`,
        );
      }
    }
    region2015Of.set(code, region2015);
    departements.push({
      code,
      name: nameOf(f),
      population: populationOf.get(code) ?? 0,
      areaKm2: areaKm2(f.geometry),
      region,
      region2015,
    });
  }
  departements.sort(byCode);

  // Régions add up their départements, so that every level sums to the same total.
  const sumOf = (key: 'region' | 'region2015', code: string): number =>
    departements.reduce((s, d) => s + (d[key] === code ? d.population : 0), 0);
  const territory = (f: Feature, key: 'region' | 'region2015'): Territory => ({
    code: codeOf(f),
    name: nameOf(f),
    population: sumOf(key, codeOf(f)),
    areaKm2: areaKm2(f.geometry),
  });
  const regions = layers.regions.features.map((f) => territory(f, 'region')).sort(byCode);
  // Overseas régions kept their codes and shapes in 2016: the pre-2016 level reuses them.
  const overseas = new Set(departements.filter((d) => isOverseas(d.code)).map((d) => d.region));
  const regions2015 = [
    ...layers.regions2015.features.map((f) => territory(f, 'region2015')),
    ...layers.regions.features.filter((f) => overseas.has(codeOf(f))).map((f) => territory(f, 'region2015')),
  ].sort(byCode);

  return {
    file: {
      populationSource: `population légale du paquet ${cog.package} (communes actuelles de métropole et des DROM)`,
      regions,
      regions2015,
      departements,
      populationOutsideCommunes,
    },
    region2015Of,
  };
}

/** A copy of `obj` with `key: value` right after `after`, so that the files keep a readable key order. */
function insertAfter<T extends object>(obj: T, after: keyof T, key: string, value: unknown): T {
  return Object.fromEntries(
    Object.entries(obj).flatMap(([k, v]) =>
      k === after
        ? [
            [k, v],
            [key, value],
          ]
        : [[k, v]],
    ),
  ) as T;
}

type MemberFeature = MembersFile['features'][number];

/**
 * Adds the pre-2016 région of each site (`region2015`) and pôle HQ (`hqRegion2015`), from its
 * département. The sites get theirs as they are written (`members.map`): an imported list of a
 * million sites is not copied.
 */
export function withRegion2015(
  poles: PolesFile,
  members: MembersFile,
  region2015Of: ReadonlyMap<string, string>,
): {
  poles: PolesFile;
  members: { features: readonly MemberFeature[]; map: (f: MemberFeature) => MemberFeature };
} {
  const of = (departement: string | null): string | null =>
    departement === null ? null : (region2015Of.get(departement) ?? null);
  return {
    poles: {
      type: 'FeatureCollection',
      features: poles.features.map((f) => ({
        ...f,
        properties: insertAfter(f.properties, 'hqRegion', 'hqRegion2015', of(f.properties.hqDepartement)),
      })),
    },
    members: {
      features: members.features,
      map: (f) => ({
        ...f,
        properties: insertAfter(f.properties, 'region', 'region2015', of(f.properties.departement)),
      }),
    },
  };
}
