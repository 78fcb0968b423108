// SPDX-License-Identifier: MIT
// The ranked list of the links shown: a table of buttons (Enter and Space select, as for any
// button): the rank selects the link, each name selects that pôle, partner, label or country.
// Sources are links only when they pass the http(s) allow-list.
import { html, nothing } from 'lit';
import type { LinkSelection } from '../../data/partnership-selection.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import { safeHttpUrl } from '../../ui/safe-url.ts';
import type { LinkRow, RowEnd } from './poles-links.model.ts';

export interface ListOptions {
  lang: Lang;
  rows: readonly LinkRow[];
  selection: LinkSelection | null;
  selected: string | null;
  international: boolean;
  onSelect: (selection: string) => void;
}

function choice(end: RowEnd, options: ListOptions) {
  return html`<button
    type="button"
    class="choice"
    aria-pressed=${end.select === options.selected ? 'true' : 'false'}
    @click=${() => options.onSelect(end.select)}
  >
    ${end.label}
  </button>`;
}

function source(url: string) {
  const href = safeHttpUrl(url);
  if (!href) return html`<li>${url}</li>`;
  return html`<li>
    <a href=${href} title=${href} target="_blank" rel="noopener noreferrer">${new URL(href).hostname}</a>
  </li>`;
}

export function renderList(options: ListOptions) {
  const { lang, rows, selection } = options;
  return html`<table>
    <caption>
      ${t(lang, 'links.list.heading')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t(lang, 'links.list.rank')}</th>
        <th scope="col">${t(lang, 'links.list.link')}</th>
        <th scope="col">${t(lang, 'links.list.label')}</th>
        ${options.international ? html`<th scope="col">${t(lang, 'links.list.country')}</th>` : nothing}
        <th scope="col">${t(lang, 'links.list.kind')}</th>
        <th scope="col">${t(lang, 'links.list.years')}</th>
        <th scope="col">${t(lang, 'links.list.sources')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => {
        const on = selection !== null && row.matches(selection);
        const linkText = `${row.ends[0].label} — ${row.ends[1].label}`;
        return html`<tr class=${on ? 'is-selected' : ''} data-key=${row.id}>
          <td>
            <button
              type="button"
              class="row-choice"
              aria-label=${`${row.rank} — ${t(lang, 'links.list.selectLink', { link: linkText })}`}
              title=${t(lang, 'links.list.selectLink', { link: linkText })}
              aria-pressed=${row.select === options.selected ? 'true' : 'false'}
              @click=${() => options.onSelect(row.select)}
            >
              ${row.rank}
            </button>
          </td>
          <td>${choice(row.ends[0], options)} — ${choice(row.ends[1], options)}</td>
          <td>${row.label ? choice(row.label, options) : nothing}</td>
          ${
            options.international
              ? html`<td>
                  ${row.country ? choice(row.country, options) : nothing}
                  ${row.region ? html`· ${choice(row.region, options)}` : nothing}
                </td>`
              : nothing
          }
          <td>${t(lang, `links.kind.${row.kind}`)}</td>
          <td class=${row.undated ? 'undated' : ''}>${row.years}</td>
          <td>
            ${
              row.sources.length
                ? html`<ul class="sources">
                    ${row.sources.map(source)}
                  </ul>`
                : t(lang, 'common.unknown')
            }
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
