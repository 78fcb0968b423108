// SPDX-License-Identifier: MIT
// Dates as precise as their source ("2005", "2005-11", "2005-07-12"), written the language's way.
import { t, type Lang } from '../i18n/messages.ts';

export function formatSourceDate(lang: Lang, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return String(y);
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const options: Intl.DateTimeFormatOptions =
    d === undefined ? { month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d ?? 1));
}

/** A year as the source writes it: "2013", "c.2014" (about: "vers 2014"), "2005-2011". */
export function formatYearText(lang: Lang, text: string): string {
  return text.startsWith('c.') ? t(lang, 'common.about', { year: text.slice(2) }) : text;
}
