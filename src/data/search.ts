// SPDX-License-Identifier: MIT
// The search index of the explorer: pôles, member organisations, the communes where the data
// places something, régions, partner countries and foreign partners, and dated events (pure).
import { REGIONS_2016 } from '../geo/regions.ts';
import type { Partnership } from '../types.ts';
import { edgeRegionKey, foreignRegionOf } from './partnership-foreign-regions.ts';
import type { MemberFeature, PoleFeature } from './selection.ts';
import type { EventKind, PoleEvent } from './time/types.ts';

export type SearchKind =
  | 'pole'
  | 'member'
  | 'commune'
  | 'region'
  | 'country'
  | 'foreignRegion'
  | 'partner'
  | 'event';

/** Words an event is found by, in French and English ("fusion", "merger"...). */
const EVENT_WORDS: Record<EventKind, string> = {
  merger: 'fusion merger',
  rename: 'changement de nom renomme rename',
  delabelled: 'delabellisation delabellise perte du label delabelled',
  labelled: 'labellisation label labelled',
  relabelled: 'relabellise labellise a nouveau relabelled',
  'hq-move': 'siege demenagement hq move',
  budget: 'budget',
  other: 'autre other',
};

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
  /** A région hit: its 2016 code, to filter on. */
  region?: string;
  /** A country, foreign region or partner hit: the partnership selection to show (`country:CA`, `region:CA-quebec`, `partner:<slug>`). */
  link?: string;
  /** An event hit: its year, to show, and its kind. */
  year?: number;
  eventKind?: EventKind;
}

/** What else the index holds besides pôles and members (each optional: loaded later or not at all). */
export interface SearchExtras {
  events?: readonly PoleEvent[];
  partnerships?: readonly Partnership[];
  /** Country names by ISO code, in the interface language(s). */
  countryNames?: (code: string) => string[];
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

  constructor(poles: readonly PoleFeature[], members: readonly MemberFeature[], extras: SearchExtras = {}) {
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
    for (const [code, name] of Object.entries(REGIONS_2016)) {
      entries.push({ kind: 'region', id: code, label: name, detail: '', lonLat: null, pole: null, region: code, key: normaliseQuery(name) });
    }
    const partners = new Map<string, Entry>();
    for (const e of extras.partnerships ?? []) {
      if (e.targetKind === 'pole') continue;
      const country = e.targetCountry;
      if (country && country !== 'FR' && !partners.has(`country:${country}`)) {
        const names = extras.countryNames?.(country) ?? [country];
        partners.set(`country:${country}`, {
          kind: 'country',
          id: country,
          label: names[0]!,
          detail: '',
          lonLat: null,
          pole: null,
          link: `country:${country}`,
          key: normaliseQuery(`${names.join(' ')} ${country}`),
        });
      }
      // Québec apart from the rest of Canada: a partner's region is found by its name and its country's.
      const region = foreignRegionOf(e);
      const regionKey = edgeRegionKey(e);
      if (country && region && regionKey && !partners.has(`region:${regionKey}`)) {
        const names = extras.countryNames?.(country) ?? [country];
        partners.set(`region:${regionKey}`, {
          kind: 'foreignRegion',
          id: regionKey,
          label: region,
          detail: names[0]!,
          lonLat: null,
          pole: null,
          link: `region:${regionKey}`,
          key: normaliseQuery(`${region} ${names.join(' ')}`),
        });
      }
      if (!partners.has(`partner:${e.target}`)) {
        partners.set(`partner:${e.target}`, {
          kind: 'partner',
          id: e.target,
          label: e.targetName,
          detail: [e.targetCity, country].filter(Boolean).join(', '),
          lonLat: null,
          pole: null,
          link: `partner:${e.target}`,
          key: normaliseQuery(`${e.targetName} ${e.targetCity ?? ''}`),
        });
      }
    }
    (extras.events ?? []).forEach((e, i) => {
      const named = e.poles.map((id) => names.get(id) ?? id);
      // A merger lists its successor last: the pôle to open.
      const pole = e.poles[e.poles.length - 1] ?? null;
      entries.push({
        kind: 'event',
        id: `event-${i}`,
        label: named.length > 3 ? `${named.slice(0, 3).join(', ')}…` : named.join(', ') || e.date,
        detail: e.date,
        lonLat: null,
        pole,
        year: e.year,
        eventKind: e.kind,
        key: normaliseQuery(`${EVENT_WORDS[e.kind]} ${named.join(' ')} ${e.rename ? `${e.rename.from} ${e.rename.to}` : ''}`),
      });
    });
    this.entries = [...entries, ...communes.values(), ...partners.values()];
  }

  /**
   * Hits for `query`: every word must start a word of the entry. Names that start with the query
   * come first, then pôles before organisations before communes, then alphabetical order.
   */
  search(query: string, limit = 12): SearchHit[] {
    const words = normaliseQuery(query).split(' ').filter(Boolean);
    if (!words.length) return [];
    const rank: Record<SearchKind, number> = {
      pole: 0,
      region: 1,
      event: 2,
      member: 3,
      commune: 4,
      country: 5,
      foreignRegion: 6,
      partner: 7,
    };
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
