// SPDX-License-Identifier: MIT
// The one-line summary read out (aria-live) after every change: "Occitanie : 7 pôles, 45 sites documentés".
import type { Shown } from '../data/filters.ts';
import { REGIONS_2016 } from '../geo/regions.ts';
import { countOf, t, type Lang } from '../i18n/messages.ts';
import type { Filters } from '../state/view-state.ts';
import type { SiteYears } from '../data/time/at-year.ts';
import { siteYearsText } from './site-years.ts';

/** `sites`: the year and which sites it shows (siteYearsText), said after the count. */
export function summaryText(
  lang: Lang,
  filters: Filters,
  shown: Shown,
  sites?: { year: number; siteYears: SiteYears },
): string {
  const regions = filters.regions;
  const place =
    regions.length === 0
      ? t(lang, 'summary.all')
      : regions.length === 1
        ? (REGIONS_2016[regions[0]!] ?? regions[0]!)
        : t(lang, 'summary.regions', { n: regions.length });
  const text = t(lang, 'summary.text', {
    place,
    poles: countOf(lang, shown.poles.length, 'pole'),
    sites: countOf(lang, shown.members.length, 'site'),
  });
  return sites ? `${text} (${siteYearsText(lang, sites.siteYears, sites.year)})` : text;
}
