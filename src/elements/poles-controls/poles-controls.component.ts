// SPDX-License-Identifier: MIT
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { COUNT_BASES } from '../../analysis/count-basis.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../data/time/scope.ts';
import { SITE_BASES } from '../../data/time/at-year.ts';
import { siteYearsText } from '../../ui/site-years.ts';
import { radioChoices } from '../../ui/choices.ts';
import { REGIONS_2016 } from '../../geo/regions.ts';
import { t, type Lang, type MessageKey } from '../../i18n/messages.ts';
import {
  EMPTY_FILTERS,
  LAYERS,
  LEVELS,
  METRICS,
  NORMS,
  type Filters,
  type ViewState,
} from '../../state/view-state.ts';
import { CATEGORIES_2005, CONFIDENCES, EVIDENCES, MEMBER_KINDS, SECTORS } from '../../types.ts';
import { inheritedLang } from '../../ui/lang.ts';
import { polesControlsStyles } from './poles-controls.styles.ts';

/** Years with a tick on the phase slider: the calls for projects and the policy's turning points. */
export const KEY_YEARS = [2005, 2010, 2013, 2018, 2019, 2023, 2026] as const;

type FilterGroup = {
  key: keyof Filters;
  label: MessageKey;
  values: readonly string[];
  text: (v: string) => string;
};

/**
 * The explorer's controls: phase, map layer and its options, filters.
 *
 * @event state-change - `detail: Partial<ViewState>`, the fields the user changed.
 */
export class PolesControls extends LitElement {
  static override styles = polesControlsStyles;

  @property({ attribute: false }) state!: ViewState;
  /** Language of the texts (fr | en); inherited from the page when empty. @default '' */
  @property({ reflect: true }) override lang = '';

  private change(patch: Partial<ViewState>): void {
    this.dispatchEvent(new CustomEvent('state-change', { detail: patch, bubbles: true, composed: true }));
  }

  private toggle(key: keyof Filters, value: string, on: boolean): void {
    const current = this.state.filters[key] as string[];
    const next = on ? [...new Set([...current, value])].sort() : current.filter((v) => v !== value);
    this.change({ filters: { ...this.state.filters, [key]: next } });
  }

  private groups(lang: Lang): FilterGroup[] {
    return [
      {
        key: 'sectors',
        label: 'filters.sector',
        values: SECTORS,
        text: (v) => t(lang, `sector.${v}` as MessageKey),
      },
      {
        key: 'categories',
        label: 'filters.category',
        values: CATEGORIES_2005,
        text: (v) => t(lang, `category.${v}` as MessageKey),
      },
      {
        key: 'regions',
        label: 'filters.region',
        values: Object.keys(REGIONS_2016).sort((a, b) =>
          REGIONS_2016[a]!.localeCompare(REGIONS_2016[b]!, 'fr'),
        ),
        text: (v) => REGIONS_2016[v] ?? v,
      },
      {
        key: 'kinds',
        label: 'filters.kind',
        values: MEMBER_KINDS,
        text: (v) => t(lang, `kind.${v}` as MessageKey),
      },
      {
        key: 'evidence',
        label: 'filters.evidence',
        values: EVIDENCES,
        text: (v) => t(lang, `evidence.${v}` as MessageKey),
      },
      {
        key: 'confidence',
        label: 'filters.confidence',
        values: CONFIDENCES,
        text: (v) => t(lang, `confidence.${v}` as MessageKey),
      },
    ];
  }

  protected override render() {
    const lang = inheritedLang(this);
    const s = this.state;
    // Partnership kinds belong to the partnership view, not to the map's filters.
    const active = this.groups(lang).reduce((n, g) => n + s.filters[g.key].length, 0);
    return html`
      <div class="row">
        <label for="year">${t(lang, 'phase.label')} <output>${s.year}</output></label>
        <input
          id="year"
          name="year"
          type="range"
          min=${FIRST_YEAR}
          max=${LAST_YEAR}
          step="1"
          list="key-years"
          .value=${String(s.year)}
          @input=${(e: Event) => this.change({ year: Number((e.target as HTMLInputElement).value) })}
        />
        <datalist id="key-years">${KEY_YEARS.map((y) => html`<option value=${y}></option>`)}</datalist>
        <div class="key-years" role="group" aria-label=${t(lang, 'phase.keyYears')}>
          ${KEY_YEARS.map(
            (y) =>
              html`<button
                type="button"
                aria-pressed=${y === s.year ? 'true' : 'false'}
                @click=${() => this.change({ year: y })}
              >
                ${y}
              </button>`,
          )}
        </div>
      </div>
      <fieldset class="row">
        <legend>${t(lang, 'layer.label')}</legend>
        ${radioChoices(
          'layer',
          LAYERS,
          s.layer,
          (layer) => t(lang, `layer.${layer}` as MessageKey),
          (layer) => this.change({ layer }),
        )}
      </fieldset>
      <fieldset class="row site-years">
        <legend>${t(lang, 'sites.years.label')}</legend>
        ${radioChoices(
          'site-years',
          SITE_BASES,
          s.siteYears,
          (basis) => siteYearsText(lang, basis, s.year),
          (siteYears) => this.change({ siteYears }),
        )}
      </fieldset>
      ${this.countsSites() ? this.renderBasis(lang) : nothing}
      ${s.layer === 'choropleth' ? this.renderChoroplethOptions(lang) : nothing}
      ${s.layer === 'hexbin' ? this.renderNumber(lang, 'hexKm', 'layer.hexRadius', 2, 100) : nothing}
      ${s.layer === 'gaps' ? this.renderNumber(lang, 'gapKm', 'gaps.distance', 1, 200) : nothing}
      <details class="filters">
        <summary>${t(lang, 'filters.title')}${active ? ` (${active})` : ''}</summary>
        ${this.groups(lang).map(
          (g) =>
            html`<fieldset>
              <legend>${t(lang, g.label)}</legend>
              ${g.values.map(
                (v) =>
                  html`<label class="choice"
                    ><input
                      type="checkbox"
                      name=${g.key}
                      value=${v}
                      .checked=${(s.filters[g.key] as string[]).includes(v)}
                      @change=${(e: Event) => this.toggle(g.key, v, (e.target as HTMLInputElement).checked)}
                    />${g.text(v)}</label
                  >`,
              )}
            </fieldset>`,
        )}
        ${
          active
            ? html`<button
                type="button"
                @click=${() => this.change({ filters: { ...EMPTY_FILTERS, partnershipKinds: this.state.filters.partnershipKinds } })}
              >
                ${t(lang, 'filters.clear')}
              </button>`
            : nothing
        }
      </details>
    `;
  }

  /** Whether the layer shown counts member sites (pôle HQs are counted whatever the basis). */
  private countsSites(): boolean {
    const s = this.state;
    return s.layer === 'hexbin' || s.layer === 'gaps' || (s.layer === 'choropleth' && s.metric === 'sites');
  }

  private renderBasis(lang: Lang) {
    return html`<fieldset class="row count-basis">
      <legend>${t(lang, 'basis.label')}</legend>
      ${radioChoices(
        'count-basis',
        COUNT_BASES,
        this.state.countBasis,
        (basis) => t(lang, `basis.${basis}`),
        (countBasis) => this.change({ countBasis }),
      )}
    </fieldset>`;
  }

  private renderChoroplethOptions(lang: Lang) {
    const s = this.state;
    const select = <K extends 'metric' | 'level' | 'norm'>(key: K, values: readonly ViewState[K][]) =>
      html`<label
        >${t(lang, `${key}.label` as MessageKey)}
        <select
          name=${key}
          @change=${(e: Event) => this.change({ [key]: (e.target as HTMLSelectElement).value })}
        >
          ${values.map(
            (v) =>
              html`<option value=${v} ?selected=${s[key] === v}>
                ${t(lang, `${key}.${v}` as MessageKey)}
              </option>`,
          )}
        </select></label
      >`;
    return html`<div class="row options">
      ${select('metric', METRICS)} ${select('level', LEVELS)} ${select('norm', NORMS)}
    </div>`;
  }

  private renderNumber(lang: Lang, key: 'hexKm' | 'gapKm', label: MessageKey, min: number, max: number) {
    return html`<div class="row options">
      <label
        >${t(lang, label)}
        <input
          type="number"
          name=${key}
          min=${min}
          max=${max}
          step="1"
          .value=${String(this.state[key])}
          @change=${(e: Event) => {
            const n = Math.round(Number((e.target as HTMLInputElement).value));
            if (n >= min && n <= max) this.change({ [key]: n });
          }}
        />
        km</label
      >
    </div>`;
  }
}
