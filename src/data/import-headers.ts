// SPDX-License-Identifier: MIT
// Recognition of the columns of people's own member lists (French or English headers, any case
// or accents), of their "type" values, and of pôle names as people write them.
import type { MemberKind } from '../types.ts';
import { normaliseText } from './normalise.ts';

export type ImportField = 'organisation' | 'insee' | 'postalCode' | 'commune' | 'pole' | 'siret' | 'kind';

/** Accepted header names per field, as people write them; compared after normaliseText. */
export const IMPORT_HEADERS: Readonly<Record<ImportField, readonly string[]>> = {
  organisation: [
    'Raison sociale', 'Nom', 'Organisation', 'Organization', 'Organisme', 'Entreprise', 'Établissement',
    'Etablissement', 'Dénomination', 'Denomination', 'Name', 'Company',
  ],
  insee: ['Code commune', 'Code INSEE', 'Code INSEE commune', 'insee', 'COG', 'Code COG', 'codeCommuneEtablissement'],
  postalCode: ['Code postal', 'CP', 'Postal code', 'Postcode', 'codePostalEtablissement'],
  commune: ['Commune', 'Ville', 'Localité', 'Nom commune', 'Nom de la commune', 'Libellé commune', 'City', 'Town'],
  pole: ['Pôle', 'Pole', 'Pôle de compétitivité', 'pole_id', 'Pôle id', 'Cluster'],
  siret: ['SIRET', 'N° SIRET', 'Numéro SIRET'],
  kind: ['Type', 'Catégorie', 'Kind', 'Category', 'Type de membre', 'Catégorie de membre'],
};

const FIELD_BY_HEADER = new Map<string, ImportField>();
for (const [field, names] of Object.entries(IMPORT_HEADERS) as [ImportField, readonly string[]][]) {
  for (const n of names) FIELD_BY_HEADER.set(normaliseText(n), field);
}

export type ImportColumns = Partial<Record<ImportField, number>>;

/** Column index of each recognised field (the first matching column wins). */
export function mapImportHeaders(header: readonly string[]): ImportColumns {
  const columns: ImportColumns = {};
  header.forEach((name, k) => {
    const field = FIELD_BY_HEADER.get(normaliseText(name));
    if (field && columns[field] === undefined) columns[field] = k;
  });
  return columns;
}

/** What is missing for a usable list, in words; null when the columns suffice. */
export function missingImportColumns(columns: ImportColumns): string[] | null {
  const missing: string[] = [];
  if (columns.organisation === undefined) missing.push('organisation');
  if (columns.pole === undefined) missing.push('pôle');
  if (columns.insee === undefined && columns.postalCode === undefined && columns.commune === undefined) {
    missing.push('commune code, postal code or commune name');
  }
  return missing.length > 0 ? missing : null;
}

export function describeAcceptedHeaders(): string {
  return (Object.entries(IMPORT_HEADERS) as [ImportField, readonly string[]][])
    .map(([field, names]) => `${field}: ${names.map((n) => `"${n}"`).join(', ')}`)
    .join('; ');
}

// Checked in order on the normalised value's words; the first rule that matches wins.
const KIND_RULES: readonly [MemberKind, RegExp][] = [
  ['eti', /\b(eti|entreprise de taille intermediaire)\b/],
  ['pme', /\b(pme|tpe|pmi|start ?up|startup|micro entreprise|sme|petite entreprise)\b/],
  ['recherche', /\b(laboratoire|labo|recherche|research|epst|epic|organisme de recherche|lab)\b/],
  ['formation', /\b(formation|ecole|universite|university|enseignement|school|iut|lycee)\b/],
  ['collectivite', /\b(collectivite|collectivites|collectivite territoriale|commune|region|departement|metropole|agglomeration)\b/],
  // Last, so that "groupe de recherche" stays research.
  ['grand-groupe', /\b(grand groupe|grands groupes|grande entreprise|grandes entreprises|ge|groupe|grand compte|large company)\b/],
];

/** Maps a free "type" value (PME, ETI, Grand groupe, Laboratoire, École...) to a MemberKind. */
export function importMemberKind(value: string): MemberKind {
  const v = normaliseText(value);
  if (v === '') return 'autre';
  const exact = v.replace(/ /g, '-');
  if (['grand-groupe', 'eti', 'pme', 'recherche', 'formation', 'collectivite'].includes(exact)) return exact as MemberKind;
  return KIND_RULES.find(([, re]) => re.test(v))?.[0] ?? 'autre';
}

export interface PoleRef {
  id: string;
  name: string;
  shortName: string;
}

/**
 * Matches a pôle by id, short name or name (normalised), also by each bracketed former/later name
 * ("Pôle Mer Méditerranée (Pôle Mer PACA)"). A name shared by two pôles is not used.
 */
export function createPoleMatcher(poles: readonly PoleRef[]): (value: string) => string | null {
  const byKey = new Map<string, string | null>();
  const add = (key: string, id: string): void => {
    const k = normaliseText(key);
    if (k === '') return;
    const prev = byKey.get(k);
    byKey.set(k, prev === undefined || prev === id ? id : null);
  };
  for (const p of poles) {
    for (const s of [p.shortName, p.name, p.name.replace(/\([^)]*\)/g, ' ')]) add(s, p.id);
    for (const m of p.name.matchAll(/\(([^)]*)\)/g)) add(m[1]!, p.id);
  }
  // Ids win over names: add them last so that they override an ambiguous name.
  for (const p of poles) byKey.set(normaliseText(p.id), p.id);
  return (value) => byKey.get(normaliseText(value)) ?? null;
}
