// SPDX-License-Identifier: MIT
import { tableStyles } from '../../theme/table.styles.ts';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { GAP_COLUMNS, gapTableCsv, type GapRow } from '../../analysis/gaps.ts';
import { formatNumber, t, type Lang } from '../../i18n/messages.ts';
import { formatValue } from '../../map/concentration.ts';
import type { Territory } from '../../types.ts';
import { inheritedLang } from '../../ui/lang.ts';
import { downloadText } from '../poles-links/download.ts';

/**
 * The coverage-gap analysis as text: territories ranked by the population with no documented site
 * within `km`, a CSV export of exactly those rows, and the territories without a pôle HQ.
 *
 * @csspart panel - the whole box.
 * @csspart download - the CSV download button.
 */
export class PolesGaps extends LitElement {
  static override styles = [
    tableStyles,
    css`
      :host {
        display: block;
      }
      .scroll {
        max-height: var(--poles-gaps-max-height, 24em);
        overflow: auto;
      }
      table {
        width: 100%;
        font-size: 0.92em;
      }
      th,
      td {
        padding: 2px 4px;
      }
      thead th {
        font-size: 0.88em;
        font-weight: 600;
      }
      .note {
        margin: 4px 0;
        font-size: 0.85em;
        color: #57606a;
      }
      h3 {
        margin: 12px 0 4px;
        font-size: 1em;
      }
      ul {
        margin: 0;
        padding-left: 1.1em;
      }
    `,
  ];

  /** The gap table, most uncovered inhabitants first (gapTable); null while the communes load. @default null */
  @property({ attribute: false }) rows: readonly GapRow[] | null = null;
  /** The territories where no pôle shown has its HQ. @default [] */
  @property({ attribute: false }) withoutHq: readonly Territory[] = [];
  /** The distance of the analysis, km (ViewState.gapKm). @default 30 */
  @property({ type: Number }) km = 30;
  /** Which sites the analysis counts and how many head offices they hold (countedSites). @default '' */
  @property() note = '';
  /** Name of the downloaded file. @default 'zones-blanches.csv' */
  @property() filename = 'zones-blanches.csv';
  /** Language of the texts (fr | en); inherited from the page when empty. @default '' */
  @property({ reflect: true }) override lang = '';

  private get uiLang(): Lang {
    return inheritedLang(this);
  }

  /** The CSV the download button saves: every row shown, every column of GAP_COLUMNS. */
  toCsv(): string {
    const lang = this.uiLang;
    const headers = Object.fromEntries(GAP_COLUMNS.map((c) => [c, t(lang, `gaps.csv.${c}`)])) as Record<
      (typeof GAP_COLUMNS)[number],
      string
    >;
    return gapTableCsv(this.rows ?? [], headers);
  }

  private download(): void {
    // The byte-order mark makes spreadsheets read the accents as UTF-8.
    downloadText(this.filename, `\ufeff${this.toCsv()}`, 'text/csv;charset=utf-8');
  }

  protected override render() {
    const lang = this.uiLang;
    const share = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    const km = (value: number | null) =>
      value === null ? '—' : formatValue(lang, Math.round(value * 10) / 10);
    return html`<section part="panel">
      ${
        this.rows
          ? html`<div
                class="scroll"
                tabindex="0"
                role="region"
                aria-label=${t(lang, 'gaps.table.caption', { km: formatValue(lang, this.km) })}
              >
                <table>
                  <caption>
                    ${t(lang, 'gaps.table.caption', { km: formatValue(lang, this.km) })}${this.note ? `. ${this.note}` : ''}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${t(lang, 'gaps.table.territory')}</th>
                      <th scope="col">${t(lang, 'gaps.table.uncoveredCommunes')}</th>
                      <th scope="col">${t(lang, 'gaps.table.uncoveredPopulation')}</th>
                      <th scope="col">${t(lang, 'gaps.table.share')}</th>
                      <th scope="col">${t(lang, 'gaps.table.meanKm')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this.rows.map(
                      (r) =>
                        html`<tr data-code=${r.code}>
                          <th scope="row">${r.name}</th>
                          <td class="number">${formatNumber(lang, r.uncoveredCommunes)}</td>
                          <td class="number">${formatNumber(lang, r.uncoveredPopulation)}</td>
                          <td class="number">
                            ${r.uncoveredShare === null ? '—' : share.format(r.uncoveredShare)}
                          </td>
                          <td class="number">${km(r.meanNearestKm)}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <p class="note">${t(lang, 'gaps.table.meanKmNote')}</p>
              <button type="button" part="download" @click=${this.download}>
                ${t(lang, 'gaps.download')}
              </button>`
          : html`<p role="status">${t(lang, 'gaps.loading')}</p>`
      }
      <h3>${t(lang, 'gaps.withoutHq.heading', { n: this.withoutHq.length })}</h3>
      ${
        this.withoutHq.length
          ? html`<ul class="without-hq">
              ${this.withoutHq.map((territory) => html`<li data-code=${territory.code}>${territory.name}</li>`)}
            </ul>`
          : html`<p>${t(lang, 'gaps.withoutHq.none')}</p>`
      }
    </section>`;
  }
}
