// SPDX-License-Identifier: MIT
// The slide's source line: every figure of the caption with where it comes from. Published counts
// ({official}) each with its source and date; figures the text writes out with the documents the
// stop names (`sources`); computed figures with the tables of data/ they are counted from.
import { html, nothing } from 'lit';
import type { OfficialCount } from '../../data/time/types.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import { figureTables } from '../../tour/figures.ts';
import type { TourStop } from '../../tour/tour.ts';
import { formatSourceDate } from '../../ui/dates.ts';
import { safeHttpUrl } from '../../ui/safe-url.ts';

export function renderSources(lang: Lang, stop: TourStop, counts: readonly OfficialCount[]) {
  const texts = [stop.title[lang], stop.caption[lang]];
  const quoted = texts.some((text) => text.includes('{official}'));
  const published = quoted ? counts.filter((c) => c.year === stop.view.year && c.count !== null) : [];
  const tables = figureTables(texts);
  const parts = [
    published.length
      ? html`${t(lang, 'presenter.figureSources')}
        ${published.map((c, i) => {
          const href = safeHttpUrl(c.sources[0]);
          const text = `${c.count} — ${t(lang, `family.${c.sourceFamily}`)}, ${formatSourceDate(lang, c.date)}`;
          return html`${i ? ' ; ' : ''}${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>` : text}`;
        })}`
      : null,
    stop.sources ? html`${t(lang, 'presenter.sources')} ${stop.sources[lang]}` : null,
    tables.length ? html`${t(lang, 'presenter.computed')} ${tables.join(', ')}` : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return nothing;
  return html`<p class="sources">${parts.map((part, i) => html`${i ? ' · ' : ''}${part}`)}</p>`;
}
