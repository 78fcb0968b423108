// SPDX-License-Identifier: MIT
// From validated rows to the app's files (src/types.ts): cross-table checks (pôle ids, commune
// codes, coordinates inside France) and geocoding of HQs and member sites with the commune index.
import type { CommuneIndex, CommuneRecord } from '../geo/commune-index.ts';
import { isInFrance } from '../geo/france-extent.ts';
import type {
  Feature,
  MemberCount,
  MemberProperties,
  MembersFile,
  Partnership,
  PartnershipsFile,
  PoleProperties,
  PolesFile,
  PointGeometry,
} from '../types.ts';
import type { ErrorCollector } from './errors.ts';
import { firstPeriodOf } from './time/label-status.ts';
import type { MemberCountRow, MemberRow, PartnershipRow, PoleRow, UnplacedRow } from './tables.ts';

export interface ReferenceRows {
  poles: PoleRow[];
  members: MemberRow[];
  memberCounts: MemberCountRow[];
  unplaced: UnplacedRow[];
  partnerships: PartnershipRow[];
}

/** Display names of the tables, used in error messages. */
export interface ReferenceFileNames {
  poles: string;
  members: string;
  memberCounts: string;
  unplaced: string;
  partnerships: string;
}

export interface AssembleOptions {
  /** Names accepted in poles.csv `regions` (pre-2016 régions and overseas départements); null: no check. */
  regionNames: ReadonlySet<string> | null;
  /** Member sites from an imported list, replacing members.csv and members_unplaced.csv. */
  imported?: { members: MembersFile; unplacedByPole: ReadonlyMap<string, number> };
}

export interface Assembled {
  poles: PolesFile;
  members: MembersFile;
  partnerships: PartnershipsFile;
  /** Pôles kept with a null geometry because no HQ is documented. */
  unplacedPoles: PoleProperties[];
}

export const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

export function pointOf(c: { lon: number; lat: number }): PointGeometry {
  return { type: 'Point', coordinates: [round5(c.lon), round5(c.lat)] };
}

export function assemble(
  rows: ReferenceRows,
  files: ReferenceFileNames,
  communes: CommuneIndex,
  errors: ErrorCollector,
  options: AssembleOptions,
): Assembled {
  const poleIds = new Set(rows.poles.map((p) => p.id));
  const checkPole = (file: string, line: number, column: string, id: string): boolean => {
    if (id === '' || poleIds.has(id)) return id !== '';
    errors.add(file, line, column, `unknown pôle id "${id}" (not an id of ${files.poles})`);
    return false;
  };
  const place = (file: string, line: number, column: string, code: string): CommuneRecord | null => {
    if (code === '') return null;
    const found = communes.get(code);
    if (!found) {
      errors.add(file, line, column, communes.explainUnknownCode(code));
      return null;
    }
    if (!isInFrance(found.lon, found.lat)) {
      errors.add(file, line, column, `the centroid of ${code} ${found.name} (${found.lon}, ${found.lat}) is outside France and its overseas départements`);
      return null;
    }
    return found;
  };

  const hq = new Map<string, CommuneRecord>();
  for (const p of rows.poles) {
    if (p.successorId !== null) checkPole(files.poles, p.line, 'successor_id', p.successorId);
    if (p.successorId === p.id) errors.add(files.poles, p.line, 'successor_id', 'a pôle cannot succeed itself');
    if (options.regionNames) {
      for (const r of p.regions) {
        if (!options.regionNames.has(r)) errors.add(files.poles, p.line, 'regions', `unknown région "${r}" (expected a pre-2016 région or overseas département name)`);
      }
    }
    const c = p.hqInsee === null ? null : place(files.poles, p.line, 'hq_insee', p.hqInsee);
    if (c) hq.set(p.id, c);
  }

  const members = options.imported?.members ?? assembleMembers(rows.members, files.members, checkPole, place);
  const sites = countBy(members.features.map((f) => f.properties.pole));
  const unplacedByPole =
    options.imported?.unplacedByPole ??
    countBy(rows.unplaced.filter((u) => checkPole(files.unplaced, u.line, 'pole', u.pole)).map((u) => u.pole));

  const counts = new Map<string, MemberCount[]>();
  for (const m of rows.memberCounts) {
    if (!checkPole(files.memberCounts, m.line, 'pole', m.pole)) continue;
    const list = counts.get(m.pole) ?? [];
    list.push({ count: m.count, year: m.year, yearLabel: m.yearLabel, note: m.note, source: m.source });
    counts.set(m.pole, list);
  }

  const features: Feature<PoleProperties>[] = [...rows.poles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => {
      const c = hq.get(p.id) ?? null;
      const properties: PoleProperties = {
        id: p.id,
        name: p.name,
        shortName: p.shortName,
        theme: p.theme,
        sector: p.sector,
        category2005: p.category2005,
        hqCommune: p.hqCommune,
        hqInsee: p.hqInsee,
        hqDepartement: c?.departement ?? null,
        hqRegion: c?.region ?? null,
        regions: p.regions,
        labelledYear: p.labelledYear,
        endedYear: p.endedYear,
        endReason: p.endReason,
        successorId: p.successorId,
        predecessorIds: rows.poles.filter((q) => q.successorId === p.id).map((q) => q.id).sort(),
        website: p.website,
        confidence: p.confidence,
        sources: p.sources,
        // Stable sort: same year keeps the table's order.
        memberCounts: [...(counts.get(p.id) ?? [])].sort((a, b) => a.year - b.year),
        documentedSites: sites.get(p.id) ?? 0,
        unplacedMembers: unplacedByPole.get(p.id) ?? 0,
        // Replaced by label_periods.csv and hq_history.csv in the data build (withTime).
        periods: [firstPeriodOf(p)],
        hqHistory: [],
      };
      return { type: 'Feature', id: p.id, geometry: c ? pointOf(c) : null, properties };
    });

  const edges = rows.partnerships.map((r) => assembleEdge(r, files.partnerships, checkPole, hq, errors));
  return {
    poles: { type: 'FeatureCollection', features },
    members,
    partnerships: { edges },
    unplacedPoles: features.filter((f) => f.geometry === null).map((f) => f.properties),
  };
}

type CheckPole = (file: string, line: number, column: string, id: string) => boolean;
type Place = (file: string, line: number, column: string, code: string) => CommuneRecord | null;

function assembleMembers(rows: MemberRow[], file: string, checkPole: CheckPole, place: Place): MembersFile {
  const features: Feature<MemberProperties, PointGeometry>[] = [];
  for (const m of rows) {
    const poleOk = checkPole(file, m.line, 'pole', m.pole);
    const c = place(file, m.line, 'insee', m.insee);
    if (!poleOk || !c) continue;
    features.push({
      type: 'Feature',
      id: `m${m.index}`,
      geometry: pointOf(c),
      properties: {
        pole: m.pole,
        organisation: m.organisation,
        kind: m.kind,
        role: m.role,
        commune: m.commune,
        insee: m.insee,
        departement: c.departement,
        region: c.region,
        siteBasis: m.siteBasis,
        year: m.year,
        evidence: m.evidence,
        poleNameInSource: m.poleNameInSource,
        source: m.source,
        siret: null,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

function assembleEdge(
  r: PartnershipRow,
  file: string,
  checkPole: CheckPole,
  hq: ReadonlyMap<string, CommuneRecord>,
  errors: ErrorCollector,
): Partnership {
  checkPole(file, r.line, 'source_pole', r.sourcePole);
  const src = hq.get(r.sourcePole);
  let targetLonLat: [number, number] | null = null;
  if (r.targetKind === 'pole') {
    // An edge to a missing pôle would dangle in the diagram: checkPole reports it.
    checkPole(file, r.line, 'target_id', r.targetId);
    if (r.targetId === r.sourcePole) errors.add(file, r.line, 'target_id', 'an edge cannot link a pôle to itself');
    const t = hq.get(r.targetId);
    if (t) targetLonLat = pointOf(t).coordinates;
  } else if (r.targetLon !== null && r.targetLat !== null) {
    if (r.targetKind === 'french-cluster' && !isInFrance(r.targetLon, r.targetLat)) {
      errors.add(file, r.line, 'target_lon', `(${r.targetLon}, ${r.targetLat}) is outside France and its overseas départements`);
    }
    targetLonLat = [round5(r.targetLon), round5(r.targetLat)];
  }
  return {
    id: `e${r.index}`,
    source: r.sourcePole,
    sourceLonLat: src ? pointOf(src).coordinates : null,
    targetKind: r.targetKind,
    target: r.targetId,
    targetName: r.targetName,
    targetCountry: r.targetCountry,
    targetCity: r.targetCity,
    targetLonLat,
    kind: r.kind,
    label: r.label,
    yearStart: r.yearStart,
    yearEnd: r.yearEnd,
    description: r.description,
    confidence: r.confidence,
    sources: r.sources,
  };
}

function countBy(keys: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}
