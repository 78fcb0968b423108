// SPDX-License-Identifier: MIT
// Message look-up with {name} placeholders. French first; English switch through `lang`.
import { en } from './en.ts';
import { fr, type MessageKey } from './fr.ts';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
export type { MessageKey };

const catalogues: Record<Lang, Record<MessageKey, string>> = { fr, en };

/** Reads a `lang` attribute value; anything else than 'en' falls back to French. */
export function parseLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/**
 * The message for `key` in `lang`, with `{name}` placeholders replaced by `params` (as text).
 * Pass years as strings: numbers are formatted with digit grouping.
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatValue(lang, params[name]!) : whole,
  );
}

function formatValue(lang: Lang, value: string | number): string {
  return typeof value === 'number' ? formatNumber(lang, value) : value;
}

/** Numbers the way each language writes them: "3 480" in French, "3,480" in English. */
export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(value);
}

/** Every key of the reference catalogue, for the completeness test. */
export function catalogueKeys(lang: Lang): string[] {
  return Object.keys(catalogues[lang]).sort();
}

/** Keys with a `.one` and an `.other` form, named without the form. */
export type PluralKey = { [K in MessageKey]: K extends `${infer P}.other` ? P : never }[MessageKey];

/**
 * The message `key.one` or `key.other` by the language's plural rules for `n` ("1 site placé",
 * "2 sites placés"; French counts 0 and 1 as one), with `n` among its params.
 */
export function plural(
  lang: Lang,
  key: PluralKey,
  n: number,
  params: Record<string, string | number> = {},
): string {
  const form = new Intl.PluralRules(lang === 'fr' ? 'fr-FR' : 'en-GB').select(n) === 'one' ? 'one' : 'other';
  return t(lang, `${key}.${form}` as MessageKey, { ...params, n });
}

/** `{n} pôle` or `{n} pôles`: the count with its noun, by the language's plural rules. */
export function countOf(lang: Lang, n: number, unit: 'pole' | 'site'): string {
  return plural(lang, `unit.${unit}`, n);
}
