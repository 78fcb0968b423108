// SPDX-License-Identifier: MIT
// communes.json: every commune of the COG 2018 centroid table, with its département and 2016
// région, its postal codes, population and current name from @etalab/decoupage-administratif, and
// the aliases (retired, current and arrondissement codes, current names) that let a member list be
// geocoded.
import { Cells } from '../../src/data/cells.ts';
import type { ErrorCollector } from '../../src/data/errors.ts';
import { normaliseCommuneName } from '../../src/data/normalise.ts';
import { readStrictCsv } from '../../src/data/table-reader.ts';
import { round5 } from '../../src/data/assemble.ts';
import { departementOfCode } from '../../src/geo/commune-index.ts';
import { isInFrance } from '../../src/geo/france-extent.ts';
import type { CommuneAliasKind, CommunesFile } from '../../src/types.ts';
import type { Cog, CogCommune } from './cog.ts';

export interface CentroidRow {
  code: string;
  name: string;
  lon: number;
  lat: number;
}

export function readCentroids(file: string, bytes: Uint8Array, errors: ErrorCollector): CentroidRow[] {
  const table = readStrictCsv(file, bytes, ['code_insee', 'nom', 'lon', 'lat'], errors);
  if (!table) return [];
  const seen = new Set<string>();
  const rows: CentroidRow[] = [];
  for (const r of table.rows) {
    const c = new Cells(file, r, errors);
    const code = c.text('code_insee');
    if (!/^(\d{5}|2[AB]\d{3})$/.test(code)) c.error('code_insee', `"${code}" is not an INSEE commune code`);
    if (seen.has(code)) c.error('code_insee', `duplicate commune code "${code}"`);
    seen.add(code);
    const lon = c.number('lon', -180, 180);
    const lat = c.number('lat', -90, 90);
    const name = c.text('nom');
    if (lon === null || lat === null) {
      if (lon === null && c.opt('lon') === null) c.error('lon', 'missing required value');
      if (lat === null && c.opt('lat') === null) c.error('lat', 'missing required value');
      continue;
    }
    if (!isInFrance(lon, lat))
      c.error('lon', `(${lon}, ${lat}) is outside France and its overseas départements`);
    rows.push({ code, name, lon, lat });
  }
  return rows;
}

const byCodeThenKind = (a: [string, CommuneAliasKind], b: [string, CommuneAliasKind]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

export function buildCommunesFile(rows: readonly CentroidRow[], cog: Cog): CommunesFile {
  const entries = new Map<string, CogCommune[]>();
  for (const c of cog.communes) {
    const list = entries.get(c.code) ?? [];
    list.push(c);
    entries.set(c.code, list);
  }
  const actual = (code: string): CogCommune | undefined =>
    entries.get(code)?.find((e) => e.type === 'commune-actuelle');
  const regionOf = new Map(cog.departements.map((d) => [d.code, d.region]));
  const sorted = [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const in2018 = new Map(sorted.map((r) => [r.code, r]));

  const out: CommunesFile = {
    code: [],
    name: [],
    lon: [],
    lat: [],
    departement: [],
    region: [],
    postalCodes: [],
    population: [],
    aliases: { code: [], name: [], kind: [], target: [], partOf: [] },
  };
  for (const r of sorted) {
    const list = entries.get(r.code) ?? [];
    const own = actual(r.code) ?? list[0];
    const departement = own?.departement ?? departementOfCode(r.code);
    // The 2018 table drops articles ("Havre"): take the COG name when it is the same name.
    const key = normaliseCommuneName(r.name);
    const name = list.find((e) => normaliseCommuneName(e.nom) === key)?.nom ?? r.name;
    // A commune déléguée has no postal codes of its own in the COG: use its commune's.
    const postal =
      own?.codesPostaux ?? (own?.chefLieu ? actual(own.chefLieu)?.codesPostaux : undefined) ?? [];
    out.code.push(r.code);
    out.name.push(name);
    out.lon.push(round5(r.lon));
    out.lat.push(round5(r.lat));
    out.departement.push(departement);
    out.region.push(regionOf.get(departement) ?? '');
    out.postalCodes.push([...new Set(postal)].sort().join(' '));
  }

  const inScope = (c: CogCommune): boolean => c.zone === 'metro' || c.zone === 'drom';
  const formerOf = new Map<string, CogCommune[]>();
  for (const d of cog.communes) {
    if (d.type === 'commune-actuelle' || !d.chefLieu || !in2018.has(d.code)) continue;
    const list = formerOf.get(d.chefLieu) ?? [];
    list.push(d);
    formerOf.set(d.chefLieu, list);
  }
  const currentTarget = new Map<string, string>();
  for (const c of cog.communes) {
    if (c.type !== 'commune-actuelle' || in2018.has(c.code) || !inScope(c)) continue;
    // A code created after 2018 (a commune nouvelle): placed at its former commune of the same
    // name, else at its former commune with the lowest code. Codes with no former commune in the
    // table (re-established communes) are left out: nothing in the 2018 table can place them.
    const former = [...(formerOf.get(c.code) ?? [])].sort((a, b) => (a.code < b.code ? -1 : 1));
    const same = former.find((d) => normaliseCommuneName(d.nom) === normaliseCommuneName(c.nom));
    const target = (same ?? former[0])?.code;
    if (target) currentTarget.set(c.code, target);
  }
  // Population on today's map: each current commune counts once, at the 2018 row of its code or
  // where its post-2018 code is placed, so a 2018 code merged since counts 0 and the total is kept
  // (except re-established communes, which no row holds: see territories.json).
  const rowOf = new Map(out.code.map((code, i) => [code, i]));
  out.population = out.code.map((code) => actual(code)?.population ?? 0);
  for (const [code, target] of currentTarget) {
    out.population[rowOf.get(target)!]! += actual(code)?.population ?? 0;
  }
  const placeAt = (code: string): string => (in2018.has(code) ? code : (currentTarget.get(code) ?? ''));
  const label = (code: string): string =>
    `${code} ${actual(code)?.nom ?? in2018.get(code)?.name ?? ''}`.trim();

  const aliases = new Map<string, { name: string; kind: CommuneAliasKind; target: string; partOf: string }>();
  const add = (
    code: string,
    kind: CommuneAliasKind,
    a: { name: string; target: string; partOf: string },
  ): void => {
    if (!aliases.has(`${code} ${kind}`)) aliases.set(`${code} ${kind}`, { ...a, kind });
  };
  for (const c of cog.communes) {
    if (!inScope(c)) continue;
    if (c.type === 'commune-actuelle') {
      const target = currentTarget.get(c.code);
      if (target) add(c.code, 'current', { name: c.nom, target, partOf: '' });
      else if (
        in2018.has(c.code) &&
        normaliseCommuneName(c.nom) !== normaliseCommuneName(in2018.get(c.code)!.name)
      ) {
        add(c.code, 'renamed', { name: c.nom, target: c.code, partOf: '' });
      }
    } else if (c.type === 'arrondissement-municipal' && c.commune) {
      add(c.code, 'arrondissement', { name: c.nom, target: placeAt(c.commune), partOf: label(c.commune) });
    } else if (c.chefLieu && !in2018.has(c.code) && !actual(c.code)) {
      add(c.code, 'retired', { name: c.nom, target: placeAt(c.chefLieu), partOf: label(c.chefLieu) });
    }
  }
  const keys = [...aliases.keys()]
    .map((k) => k.split(' ') as [string, CommuneAliasKind])
    .sort(byCodeThenKind);
  for (const [code, kind] of keys) {
    const a = aliases.get(`${code} ${kind}`)!;
    out.aliases.code.push(code);
    out.aliases.name.push(a.name);
    out.aliases.kind.push(kind);
    out.aliases.target.push(a.target);
    out.aliases.partOf.push(a.partOf);
  }
  return out;
}
