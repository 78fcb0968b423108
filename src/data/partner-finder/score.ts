// SPDX-License-Identifier: MIT
// The partner finder (issue 17, section 3): for a pôle, or a group of pôles going abroad together,
// candidates ranked by a documented, explainable score (README, "Partner finder"). Each point of a
// score is one reason, shown with the partnerships (and their sources) it comes from:
//   - a French pôle of the same sector, in another région, not yet linked with the group: 2 points
//     ("an inter-pôles grouping to form");
//   - a pôle that shares a foreign partner with the group, linked with it or not: 1 point per shared
//     partner ("a delegation to make together");
//   - a foreign partner not yet linked with the group: 1 point per pôle of the group's sectors
//     linked with it ("the pôles of your theme work with…").
import type { Partnership, Sector } from '../../types.ts';
import { foreignRegionOf } from '../partnership-foreign-regions.ts';

export interface FinderPole {
  id: string;
  shortName: string;
  sector: Sector;
  /** 2016 région code, or null when unknown (a pôle of unknown région is never "in another région"). */
  region: string | null;
}

export type ReasonKind = 'same-sector' | 'shared-partner' | 'theme-partner';

export interface Reason {
  kind: ReasonKind;
  points: number;
  /** What the reason is about: the shared partner's name, or the pôle working with the partner. */
  subject: string;
  /** The partnerships that give the reason (none for a shared sector, a fact of poles.csv). */
  edges: Partnership[];
}

export type CandidateKind = 'pole' | 'foreign';

export interface Candidate {
  kind: CandidateKind;
  /** A pôle id, or a partner's slug. */
  id: string;
  name: string;
  country: string | null;
  region: string | null;
  score: number;
  reasons: Reason[];
}

const isForeign = (e: Partnership): boolean => e.targetKind !== 'pole' && !!e.targetCountry && e.targetCountry !== 'FR';

/** Candidates for the group `ids`, best first (then by name); none when the group is empty. */
export function findPartners(ids: readonly string[], poles: readonly FinderPole[], edges: readonly Partnership[]): Candidate[] {
  const group = new Set(ids);
  const members = poles.filter((p) => group.has(p.id));
  if (members.length === 0) return [];
  const byId = new Map(poles.map((p) => [p.id, p]));
  const sectors = new Set(members.map((p) => p.sector));
  const regions = new Set(members.map((p) => p.region));
  const linkedPoles = new Set<string>();
  const groupPartners = new Map<string, Partnership[]>();
  for (const e of edges) {
    if (e.targetKind === 'pole') {
      if (group.has(e.source)) linkedPoles.add(e.target);
      if (group.has(e.target)) linkedPoles.add(e.source);
    } else if (isForeign(e) && group.has(e.source)) {
      groupPartners.set(e.target, [...(groupPartners.get(e.target) ?? []), e]);
    }
  }
  const candidates = new Map<string, Candidate>();
  const candidate = (kind: CandidateKind, id: string, init: () => Omit<Candidate, 'kind' | 'id' | 'score' | 'reasons'>): Candidate => {
    const key = `${kind}:${id}`;
    let c = candidates.get(key);
    if (!c) candidates.set(key, (c = { kind, id, score: 0, reasons: [], ...init() }));
    return c;
  };
  const poleCandidate = (p: FinderPole): Candidate =>
    candidate('pole', p.id, () => ({ name: p.shortName, country: 'FR', region: p.region }));

  for (const p of poles) {
    if (group.has(p.id) || linkedPoles.has(p.id)) continue;
    if (sectors.has(p.sector) && p.region !== null && !regions.has(p.region)) {
      const c = poleCandidate(p);
      c.reasons.push({ kind: 'same-sector', points: 2, subject: p.sector, edges: [] });
    }
  }
  for (const e of edges) {
    if (!isForeign(e) || group.has(e.source)) continue;
    const pole = byId.get(e.source);
    if (!pole) continue;
    const shared = groupPartners.get(e.target);
    // A delegation can go with a pôle already linked with the group: no exclusion here.
    if (shared) {
      const c = poleCandidate(pole);
      const reason = c.reasons.find((r) => r.kind === 'shared-partner' && r.subject === e.targetName);
      if (reason) reason.edges.push(e);
      else c.reasons.push({ kind: 'shared-partner', points: 1, subject: e.targetName, edges: [...shared, e] });
    }
    if (!shared && sectors.has(pole.sector)) {
      const c = candidate('foreign', e.target, () => ({ name: e.targetName, country: e.targetCountry, region: foreignRegionOf(e) }));
      const reason = c.reasons.find((r) => r.subject === pole.shortName);
      if (reason) reason.edges.push(e);
      else c.reasons.push({ kind: 'theme-partner', points: 1, subject: pole.shortName, edges: [e] });
    }
  }
  const list = [...candidates.values()];
  for (const c of list) c.score = c.reasons.reduce((sum, r) => sum + r.points, 0);
  return list.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
}

export interface FinderFilters {
  kind?: CandidateKind | null;
  country?: string | null;
  region?: string | null;
}

export function filterCandidates(list: readonly Candidate[], f: FinderFilters): Candidate[] {
  return list.filter(
    (c) => (!f.kind || c.kind === f.kind) && (!f.country || c.country === f.country) && (!f.region || c.region === f.region),
  );
}
