// SPDX-License-Identifier: MIT
// Which member sites a view shows, in words, for the summary, the legends, the analyses and the
// exports: all documented sites of the pôles labelled in the year, or those documented for its phase.
import type { SiteYears } from '../data/time/at-year.ts';
import { phaseOf } from '../data/time/scope.ts';
import { t, type Lang } from '../i18n/messages.ts';

export function siteYearsText(lang: Lang, siteYears: SiteYears, year: number): string {
  if (siteYears === 'all') return t(lang, 'sites.years.all');
  const p = phaseOf(year);
  return t(lang, 'sites.years.phase', { phase: p.id, from: String(p.from), to: String(p.to) });
}
