// SPDX-License-Identifier: MIT
import { tableStyles } from '../../theme/table.styles.ts';
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatNumber, t, type Lang } from '../../i18n/messages.ts';
import { inheritedLang } from '../../ui/lang.ts';
import type { PoleRow, TableModel, TerritoriesTableModel } from './poles-table.model.ts';

/**
 * The accessible twin of the map: a table of what the map shows, the pôles shown (each name is a
 * button that selects the pôle) or the territories and their values. Every row button is in the
 * Tab order; ArrowUp / ArrowDown (and Home / End) move between them, as in a list.
 *
 * @event pole-select - `detail: { id: string }` when the user chooses a pôle's row.
 * @csspart table - the table.
 */
export class PolesTable extends LitElement {
  static override styles = [
    tableStyles,
    css`
      :host {
        display: block;
      }
      table {
        width: 100%;
        font-size: 0.92em;
      }
      button {
        font: inherit;
        text-align: left;
        background: none;
        border: 0;
        padding: 0;
        color: #0969da;
        text-decoration: underline;
        cursor: pointer;
      }
      button[aria-pressed='true'] {
        font-weight: 600;
      }
      .unknown {
        color: #6e7781;
        font-style: italic;
      }
    `,
  ];

  /** What the map shows (polesTable, or concentrationView().table). @default null */
  @property({ attribute: false }) model: TableModel | null = null;
  /** Id of the selected pôle, whose button is pressed. @default null */
  @property({ attribute: false }) selected: string | null = null;
  /** Language of the texts (fr | en); inherited from the page when empty. @default '' */
  @property({ reflect: true }) override lang = '';

  private get uiLang(): Lang {
    return inheritedLang(this);
  }

  private select(id: string): void {
    this.dispatchEvent(new CustomEvent('pole-select', { detail: { id }, bubbles: true, composed: true }));
  }

  /** Arrow keys move the focus to the previous or next row button (Home / End: first / last). */
  private onKeyDown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('tbody button')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const next = {
      ArrowDown: Math.min(current + 1, buttons.length - 1),
      ArrowUp: Math.max(current - 1, 0),
      Home: 0,
      End: buttons.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]!.focus();
  }

  protected override render() {
    const model = this.model;
    if (!model) return nothing;
    const lang = this.uiLang;
    return html`<table part="table" @keydown=${this.onKeyDown}>
      <caption>
        ${model.caption}
      </caption>
      ${model.kind === 'poles' ? this.renderPoles(lang, model.rows) : this.renderTerritories(lang, model)}
    </table>`;
  }

  private renderPoles(lang: Lang, rows: readonly PoleRow[]) {
    return html`<thead>
        <tr>
          <th scope="col">${t(lang, 'table.pole')}</th>
          <th scope="col">${t(lang, 'table.sector')}</th>
          <th scope="col">${t(lang, 'table.hq')}</th>
          <th scope="col">${t(lang, 'table.sites')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr data-id=${row.id}>
              <th scope="row">
                <button
                  type="button"
                  aria-pressed=${row.id === this.selected ? 'true' : 'false'}
                  @click=${() => this.select(row.id)}
                >
                  ${row.name}
                </button>
              </th>
              <td>${row.sector}</td>
              <td>${row.hq ?? html`<span class="unknown">${t(lang, 'common.unknown')}</span>`}</td>
              <td class="number">${formatNumber(lang, row.sites)}</td>
            </tr>`,
        )}
      </tbody>`;
  }

  private renderTerritories(lang: Lang, model: TerritoriesTableModel) {
    return html`<thead>
        <tr>
          <th scope="col">${t(lang, 'concentration.table.territory')}</th>
          <th scope="col">${t(lang, 'concentration.table.count')}</th>
          ${model.valueHeader ? html`<th scope="col">${model.valueHeader}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${model.rows.map(
          (row) =>
            html`<tr data-code=${row.code}>
              <th scope="row">${row.name}</th>
              <td class="number">${formatNumber(lang, row.count)}</td>
              ${model.valueHeader ? html`<td class="number">${row.valueText}</td>` : nothing}
            </tr>`,
        )}
      </tbody>`;
  }
}
