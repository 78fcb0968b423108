// SPDX-License-Identifier: MIT
// The search index of the explorer: pôles, member organisations and the communes where the data
// places something (pure).
import type { MemberFeature, PoleFeature } from './selection.ts';

export type SearchKind = 'pole' | 'member' | 'commune';

export interface SearchHit {
  kind: SearchKind;
  /** Pôle id, member feature id, or commune INSEE code. */
  id: string;
  label: string;
  /** Second line: the pôle of a member, the département of a commune... */
  detail: string;
  /** Where to look on the map, when known. */
  lonLat: [number, number] | null;
  /** The pôle to select, when there is one. */
  pole: string | null;
}

interface Entry extends SearchHit {
  key: string;
}

/** Lower case, no accents, no punctuation: "Île-de-France" and "ile de france" match. */
export function normaliseQuery(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export class SearchIndex {
  private readonly entries: Entry[];

  constructor(poles: readonly PoleFeature[], members: readonly MemberFeature[]) {
    const names = new Map(poles.map((p) => [p.id, p.properties.shortName]));
    const entries: Entry[] = poles.map((p) => ({
      kind: 'pole',
      id: p.id,
      label: p.properties.shortName,
      detail: p.properties.name === p.properties.shortName ? (p.properties.hqCommune ?? '') : p.properties.name,
      lonLat: p.geometry?.coordinates ?? null,
      pole: p.id,
      key: normaliseQuery(`${p.properties.shortName} ${p.properties.name}`),
    }));
    const communes = new Map<string, Entry>();
    for (const m of members) {
      const p = m.properties;
      entries.push({
        kind: 'member',
        id: m.id,
        label: p.organisation,
        detail: `${names.get(p.pole) ?? p.pole} · ${p.commune}`,
        lonLat: m.geometry.coordinates,
        pole: p.pole,
        key: normaliseQuery(p.organisation),
      });
      if (!communes.has(p.insee)) {
        communes.set(p.insee, {
          kind: 'commune',
          id: p.insee,
          label: p.commune,
          detail: p.departement,
          lonLat: m.geometry.coordinates,
          pole: null,
          key: normaliseQuery(p.commune),
        });
      }
    }
    this.entries = [...entries, ...communes.values()];
  }

  /**
   * Hits for `query`: every word must start a word of the entry. Names that start with the query
   * come first, then pôles before organisations before communes, then alphabetical order.
   */
  search(query: string, limit = 12): SearchHit[] {
    const words = normaliseQuery(query).split(' ').filter(Boolean);
    if (!words.length) return [];
    const rank: Record<SearchKind, number> = { pole: 0, member: 1, commune: 2 };
    return this.entries
      .filter((e) => words.every((w) => e.key.startsWith(w) || e.key.includes(` ${w}`)))
      .sort(
        (a, b) =>
          Number(!a.key.startsWith(words[0]!)) - Number(!b.key.startsWith(words[0]!)) ||
          rank[a.kind] - rank[b.kind] ||
          a.label.localeCompare(b.label, 'fr'),
      )
      .slice(0, limit)
      .map(({ key: _key, ...hit }) => hit);
  }
}
