// SPDX-License-Identifier: MIT
// Name normalisation for matching what people type against official names: case, accents,
// punctuation, ligatures and the usual abbreviations must not decide whether a row is placed.

/** Lowercase, no accents, ligatures expanded, punctuation → space, spaces collapsed. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ARTICLE = /^(le|la|les|l) (?=\S)/;
const SAINT = /\b(st|ste|sts|stes)\b/g;
const SAINT_FULL: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
// Postal addresses add "CEDEX 9" and city districts ("Paris 7e", "Lyon 3ème arrondissement").
const CEDEX = / cedex( \d+)?$/;
const DISTRICT = /^(paris|lyon|marseille) \d+ ?(e|er|eme|ieme)?( arrondissement)?$/;

/**
 * Normalised commune name: the COG 2018 table writes "Havre" where people write "Le Havre", so the
 * leading article is dropped on both sides; "St" is expanded; CEDEX and district suffixes removed.
 */
export function normaliseCommuneName(s: string): string {
  let t = normaliseText(s).replace(CEDEX, '');
  const district = DISTRICT.exec(t);
  if (district) t = district[1]!;
  return t.replace(ARTICLE, '').replace(SAINT, (m) => SAINT_FULL[m] ?? m);
}

/** Pads codes that a spreadsheet stripped of their leading zero ("1001" → "01001"); upper-cases 2a/2b. */
export function normaliseCommuneCode(s: string): string {
  const t = s.trim().toUpperCase().replace(/\s+/g, '');
  return /^\d{4}$/.test(t) ? '0' + t : t;
}

export function normalisePostalCode(s: string): string {
  const t = s.trim().replace(/\s+/g, '');
  return /^\d{4}$/.test(t) ? '0' + t : t;
}
