// SPDX-License-Identifier: MIT
// Lookup of communes.json by code, postal code and normalised name. Built once from the columnar
// file; used by the data build (Node) and, later, by the in-browser member-list import.
import { normaliseCommuneCode, normaliseCommuneName, normalisePostalCode } from '../data/normalise.ts';
import type { CommuneAliasKind, CommunesFile } from '../types.ts';

export interface CommuneRecord {
  code: string;
  name: string;
  lon: number;
  lat: number;
  departement: string;
  region: string;
  postalCodes: readonly string[];
}

export interface CommuneAlias {
  code: string;
  name: string;
  kind: CommuneAliasKind;
  /** Where the alias is placed, or null when no commune of the 2018 table holds it. */
  target: CommuneRecord | null;
  partOf: string;
}

export type CodeLookup =
  | { status: 'found'; commune: CommuneRecord }
  | { status: 'alias'; alias: CommuneAlias }
  | { status: 'unknown' };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export class CommuneIndex {
  private readonly byCode = new Map<string, CommuneRecord>();
  private readonly aliases = new Map<string, CommuneAlias>();
  private readonly byPostal = new Map<string, CommuneRecord[]>();
  private readonly byName = new Map<string, CommuneRecord[]>();

  constructor(
    readonly communes: readonly CommuneRecord[],
    aliases: readonly CommuneAlias[] = [],
  ) {
    for (const c of communes) {
      this.byCode.set(c.code, c);
      for (const cp of c.postalCodes) push(this.byPostal, cp, c);
      push(this.byName, normaliseCommuneName(c.name), c);
    }
    for (const a of aliases) {
      // A 'renamed' alias shares its target's code: it only adds a name.
      if (a.kind !== 'renamed' && !this.byCode.has(a.code) && !this.aliases.has(a.code))
        this.aliases.set(a.code, a);
      if (a.target) push(this.byName, normaliseCommuneName(a.name), a.target);
    }
  }

  static fromFile(file: CommunesFile): CommuneIndex {
    const communes: CommuneRecord[] = file.code.map((code, i) => ({
      code,
      name: file.name[i]!,
      lon: file.lon[i]!,
      lat: file.lat[i]!,
      departement: file.departement[i]!,
      region: file.region[i]!,
      postalCodes: file.postalCodes[i] ? file.postalCodes[i]!.split(' ') : [],
    }));
    const index = new Map(communes.map((c) => [c.code, c]));
    const a = file.aliases;
    const aliases: CommuneAlias[] = a.code.map((code, i) => ({
      code,
      name: a.name[i]!,
      kind: a.kind[i]!,
      target: index.get(a.target[i]!) ?? null,
      partOf: a.partOf[i]!,
    }));
    return new CommuneIndex(communes, aliases);
  }

  get size(): number {
    return this.communes.length;
  }

  /** A commune of the 2018 table, by its exact code. */
  get(code: string): CommuneRecord | undefined {
    return this.byCode.get(code);
  }

  /** A code as people write it (leading zero lost, lowercase 2a): table row, known alias, or unknown. */
  lookupCode(code: string): CodeLookup {
    const c = normaliseCommuneCode(code);
    const commune = this.byCode.get(c);
    if (commune) return { status: 'found', commune };
    const alias = this.aliases.get(c);
    return alias ? { status: 'alias', alias } : { status: 'unknown' };
  }

  withPostalCode(postalCode: string): readonly CommuneRecord[] {
    return this.byPostal.get(normalisePostalCode(postalCode)) ?? [];
  }

  /** Communes whose 2018 or current name matches, optionally restricted to one département. */
  withName(name: string, departement?: string): readonly CommuneRecord[] {
    const all = this.byName.get(normaliseCommuneName(name)) ?? [];
    return departement === undefined ? all : all.filter((c) => c.departement === departement);
  }

  /** Why a code is not a row of the 2018 table, in words for an error message. */
  explainUnknownCode(code: string): string {
    const r = this.lookupCode(code);
    if (r.status === 'found') return `${r.commune.code} ${r.commune.name} is a COG 2018 commune`;
    if (r.status === 'unknown') return `unknown commune code "${code}" (not in the COG 2018 commune table)`;
    const { alias } = r;
    switch (alias.kind) {
      case 'retired':
        return `retired commune code "${code}" (${alias.name}), now part of ${alias.partOf}: use the COG 2018 code`;
      case 'arrondissement':
        return `"${code}" is a municipal arrondissement (${alias.name}): use the commune code of ${alias.partOf}`;
      default:
        return `"${code}" (${alias.name}) is a commune code created after 2018: use the COG 2018 code`;
    }
  }
}

/** Département code from a commune code: 2 characters (2A/2B for Corsica), 3 for overseas (97x). */
export function departementOfCode(code: string): string {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}

/** Département code from a postal code ("20xxx" is Corsica: 2A below 20200, else 2B). */
export function departementOfPostalCode(postalCode: string): string {
  const cp = normalisePostalCode(postalCode);
  if (cp.startsWith('20')) return Number(cp) < 20200 ? '2A' : '2B';
  return departementOfCode(cp);
}
