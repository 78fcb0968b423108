// SPDX-License-Identifier: MIT
// The year panel: the model's count at 31 December, the pôles whose status no source gives, every
// published figure of the year with what it counts and its source, and why they differ (count_notes).
import { html, nothing } from 'lit';
import { byName } from '../../data/selection.ts';
import { AS_OF, LAST_YEAR } from '../../data/time/scope.ts';
import type { YearSummary } from '../../data/time/year-summary.ts';
import { countOf, plural, t, type Lang } from '../../i18n/messages.ts';
import { formatSourceDate } from '../../ui/dates.ts';
import { safeHttpUrl } from '../../ui/safe-url.ts';

export function renderYearPanel(lang: Lang, y: YearSummary, onPole: (id: string) => void) {
  const year = String(y.year);
  return html`<section class="year" aria-labelledby="year-heading">
    <p class="count" id="year-heading">
      ${plural(lang, 'phase.count', y.labelled.length, { year })} (${t(lang, 'year.rule')})
    </p>
    ${
      y.unknown.length
        ? html`<p class="unknown">
            ${t(lang, 'year.unknown', { poles: countOf(lang, y.unknown.length, 'pole'), year })}
            (${t(lang, 'year.unknownWhy')})&#8239;:
            ${[...y.unknown]
              .sort(byName)
              .map(
                (p, i) =>
                  html`${i ? ', ' : ''}<button type="button" class="link" @click=${() => onPole(p.id)}>
                      ${p.properties.shortName}
                    </button>`,
              )}
          </p>`
        : nothing
    }
    <h3>${t(lang, 'year.figures', { year })}</h3>
    ${
      y.counts.length
        ? html`<ul class="figures">
            ${y.counts.map((c) => {
              const href = safeHttpUrl(c.sources[0]);
              const params = {
                count: String(c.count ?? ''),
                family: t(lang, `family.${c.sourceFamily}`),
                date: formatSourceDate(lang, c.date),
              };
              return html`<li>
                <strong>${t(lang, c.count === null ? 'year.noCount' : 'year.figure', params)}</strong>
                ${href ? html`(<a href=${href} target="_blank" rel="noopener noreferrer">${t(lang, 'year.source')}</a>)` : nothing}
                <br /><span class="label">${t(lang, 'year.whatCounted')}</span>
                <span lang="en">${c.whatIsCounted}</span>
              </li>`;
            })}
          </ul>`
        : html`<p class="note">${t(lang, 'year.noFigure', { year })}</p>`
    }
    ${y.note ? html`<p class="why">${t(lang, 'year.why', { why: y.note[lang] })}</p>` : nothing}
    <p class="note">
      ${t(lang, 'year.scope', { last: String(LAST_YEAR), asOf: formatSourceDate(lang, AS_OF) })}
    </p>
  </section>`;
}
