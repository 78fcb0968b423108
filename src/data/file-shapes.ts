// SPDX-License-Identifier: MIT
// The shape of each file of public/data, checked once when it is loaded: a partial deploy (a file
// cut short, `features: null`, a TopoJSON without `regions`) then fails with one message naming the
// file and the field, instead of a TypeError thrown later inside the render. Structure only, not
// values: the data build (scripts/build-data.ts) checks the values. Pure, for the unit tests.

/** A data file that does not have the shape the page reads. */
export class DataFileError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field} ${problem}`);
    this.name = 'DataFileError';
  }
}

type Check = (file: string, json: unknown) => void;

function describe(value: unknown): string {
  if (value === null) return 'is null';
  if (value === undefined) return 'is missing';
  if (Array.isArray(value)) return 'is a list';
  const type = typeof value;
  return `is ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(file: string, field: string, value: unknown): Record<string, unknown> {
  if (!isObject(value)) throw new DataFileError(file, field, `${describe(value)}, not an object`);
  return value;
}

function list(file: string, field: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new DataFileError(file, field, `${describe(value)}, not a list`);
  return value;
}

function isPoint(value: unknown): boolean {
  if (!isObject(value) || value['type'] !== 'Point' || !Array.isArray(value['coordinates'])) return false;
  const [lon, lat] = value['coordinates'] as unknown[];
  return Number.isFinite(lon) && Number.isFinite(lat);
}

/** A FeatureCollection of points; `optionalGeometry`: a feature may have `geometry: null` (a pôle with no documented HQ). */
function featureCollection(optionalGeometry: boolean): Check {
  return (file, json) => {
    const root = object(file, 'the file', json);
    const features = list(file, 'features', root['features']);
    features.forEach((value, i) => {
      const feature = object(file, `features[${i}]`, value);
      if (typeof feature['id'] !== 'string') throw new DataFileError(file, `features[${i}].id`, describe(feature['id']));
      object(file, `features[${i}].properties`, feature['properties']);
      const geometry = feature['geometry'];
      if (!(optionalGeometry && geometry === null) && !isPoint(geometry))
        throw new DataFileError(file, `features[${i}].geometry`, `${describe(geometry)}, not a point`);
    });
  };
}

/** A TopoJSON topology holding the named objects. */
function topology(...names: string[]): Check {
  return (file, json) => {
    const root = object(file, 'the file', json);
    if (root['type'] !== 'Topology') throw new DataFileError(file, 'type', 'is not "Topology"');
    list(file, 'arcs', root['arcs']);
    const objects = object(file, 'objects', root['objects']);
    for (const name of names) {
      const collection = object(file, `objects.${name}`, objects[name]);
      list(file, `objects.${name}.geometries`, collection['geometries']);
    }
  };
}

/** An object whose named fields are lists. */
function lists(...fields: string[]): Check {
  return (file, json) => {
    const root = object(file, 'the file', json);
    for (const field of fields) list(file, field, root[field]);
  };
}

/** Columns of the same length (communes.json, its aliases). */
function columns(file: string, prefix: string, root: Record<string, unknown>, names: string[]): void {
  const lengths = names.map((name) => list(file, `${prefix}${name}`, root[name]).length);
  const at = lengths.findIndex((n) => n !== lengths[0]);
  if (at > 0)
    throw new DataFileError(file, `${prefix}${names[at]}`, `has ${lengths[at]} rows, ${names[0]} ${lengths[0]}`);
}

const CHECKS: Record<string, Check> = {
  'poles.geojson': featureCollection(true),
  'members.geojson': featureCollection(false),
  'france.topo.json': topology('land', 'regions', 'regions2015', 'departements'),
  'world.topo.json': topology('countries'),
  'time.json': (file, json) => {
    lists('periods', 'events', 'hq', 'counts', 'countNotes')(file, json);
    const root = json as Record<string, unknown>;
    for (const year of ['firstYear', 'lastYear'])
      if (!Number.isInteger(root[year])) throw new DataFileError(file, year, `${describe(root[year])}, not a year`);
  },
  'territories.json': lists('regions', 'regions2015', 'departements', 'populationOutsideCommunes'),
  'partnerships.json': (file, json) => {
    const edges = list(file, 'edges', object(file, 'the file', json)['edges']);
    edges.forEach((edge, i) => object(file, `edges[${i}]`, edge));
  },
  'communes.json': (file, json) => {
    const root = object(file, 'the file', json);
    columns(file, '', root, ['code', 'name', 'lon', 'lat', 'departement', 'region', 'postalCodes', 'population']);
    columns(file, 'aliases.', object(file, 'aliases', root['aliases']), ['code', 'name', 'kind', 'target', 'partOf']);
  },
};

/** Throws a DataFileError when `json`, read from the data file `name`, lacks what the page reads; files we do not know pass. */
export function checkDataFile(name: string, json: unknown): void {
  CHECKS[name]?.(name, json);
}
