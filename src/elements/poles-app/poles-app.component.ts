// SPDX-License-Identifier: MIT
import { LitElement, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { loadDataset, type Dataset } from '../../data/dataset.ts';
import { OFFICIAL_COUNTS } from '../../data/phases.ts';
import { byName, polesLabelledIn } from '../../data/selection.ts';
import { parseLang, t, type Lang } from '../../i18n/messages.ts';
import type { PoleProfile } from '../pole-profile/pole-profile.component.ts';
import { DEFAULT_PHASE } from '../poles-map/poles-map.component.ts';
import { polesAppStyles } from './poles-app.styles.ts';

/** Years of the phase selector: the calls for projects and the policy's turning points. */
export const PHASE_YEARS = [2005, 2007, 2010, 2013, 2018, 2019] as const;

/**
 * The standalone app: phase selector, the map, the list of the pôles shown and a pôle's profile.
 */
export class PolesApp extends LitElement {
  static override styles = polesAppStyles;

  @state() private data: Dataset | null = null;
  @state() private failure: string | null = null;
  @state() private phase = DEFAULT_PHASE;
  @state() private selected: string | null = null;
  @query('pole-profile') private profile?: PoleProfile;

  private get uiLang(): Lang {
    return parseLang(this.getAttribute('lang'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    loadDataset().then(
      (data) => (this.data = data),
      (error: unknown) => (this.failure = error instanceof Error ? error.message : String(error)),
    );
  }

  private select(id: string | null, focusProfile = false): void {
    this.selected = id;
    if (focusProfile) this.updateComplete.then(() => this.profile?.focusTitle());
  }

  protected override render() {
    const lang = this.uiLang;
    if (this.failure) return html`<p role="alert">${t(lang, 'app.error', { message: this.failure })}</p>`;
    return html`
      <header>
        <h1>${t(lang, 'app.title')}</h1>
        <p class="subtitle">${t(lang, 'app.subtitle')}</p>
        <label>
          ${t(lang, 'phase.label')}
          <select
            name="phase"
            @change=${(e: Event) => (this.phase = Number((e.target as HTMLSelectElement).value))}
          >
            ${PHASE_YEARS.map((y) => html`<option value=${y} ?selected=${y === this.phase}>${y}</option>`)}
          </select>
        </label>
      </header>
      <main>
        <poles-map
          .data=${this.data}
          phase=${this.phase}
          .pole=${this.selected}
          @pole-select=${(e: CustomEvent<{ id: string | null }>) => this.select(e.detail.id)}
        ></poles-map>
        <aside>${this.data ? this.renderSide(lang, this.data) : html`<p>${t(lang, 'app.loading')}</p>`}</aside>
      </main>
    `;
  }

  private renderSide(lang: Lang, data: Dataset) {
    const shown = polesLabelledIn(data.poles, this.phase).sort(byName);
    const official = (OFFICIAL_COUNTS as Readonly<Record<number, number>>)[this.phase];
    const unplaced = shown.filter((p) => p.geometry === null).length;
    const selected = this.selected ? data.poles.features.find((f) => f.id === this.selected) : undefined;
    const names = new Map(data.poles.features.map((f) => [f.id, f.properties.name]));
    return html`
      ${selected
        ? html`<pole-profile
            .pole=${selected.properties}
            .names=${names}
            @profile-close=${() => this.select(null)}
          ></pole-profile>`
        : nothing}
      <p class="count" aria-live="polite">
        ${t(lang, 'phase.count', { n: shown.length, year: String(this.phase) })}
        ${official !== undefined ? html`(${t(lang, 'phase.official', { n: official })})` : nothing}
      </p>
      ${official !== undefined && official !== shown.length
        ? html`<p class="note">${t(lang, 'phase.officialDiffers', { official, n: shown.length })}</p>`
        : nothing}
      ${unplaced ? html`<p class="note">${t(lang, 'list.hqMissingCount', { n: unplaced })}</p>` : nothing}
      <h2>${t(lang, 'list.heading')}</h2>
      <ol class="pole-list">
        ${shown.map(
          (p) =>
            html`<li data-pole=${p.id}>
              <button
                type="button"
                aria-pressed=${p.id === this.selected ? 'true' : 'false'}
                @click=${() => this.select(p.id, true)}
              >
                ${p.properties.shortName}
              </button>
              <span class="hq">${p.properties.hqCommune ?? t(lang, 'list.noHq')}</span>
            </li>`,
        )}
      </ol>
    `;
  }
}
