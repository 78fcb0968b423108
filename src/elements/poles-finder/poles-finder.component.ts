// SPDX-License-Identifier: MIT
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { candidatesCsv } from '../../data/partner-finder/csv.ts';
import {
  filterCandidates,
  findPartners,
  type Candidate,
  type CandidateKind,
  type FinderPole,
  type Reason,
} from '../../data/partner-finder/score.ts';
import { countryName } from '../../diagrams/texts.ts';
import { parseLang, t, type Lang } from '../../i18n/messages.ts';
import { tableStyles } from '../../theme/table.styles.ts';
import { poleRegion } from '../../data/partnership-regions.ts';
import type { Partnership, PoleProperties, Sector } from '../../types.ts';
import { safeHttpUrl } from '../../ui/safe-url.ts';
import { downloadText } from '../poles-links/download.ts';

/** A reason in words. */
export function reasonText(lang: Lang, r: Reason): string {
  // A shared sector's subject is a sector id: shown by its name.
  const subject = r.kind === 'same-sector' ? t(lang, `sector.${r.subject as Sector}`) : r.subject;
  return t(lang, `finder.reason.${r.kind}`, { subject, points: r.points });
}

/**
 * The partner finder (issue 17, section 3): for the selected pôle, and the pôles added to go abroad
 * with it, the candidates ranked by the documented score, each with its reasons and their sources;
 * filters by kind, country and foreign region; CSV of the rows shown.
 *
 * @csspart panel - the whole box.
 */
export class PolesFinder extends LitElement {
  static override styles = [
    tableStyles,
    css`
      :host {
        display: block;
      }
      table {
        width: 100%;
        font-size: 0.9em;
      }
      .scroll {
        max-height: 24em;
        overflow: auto;
      }
      ul {
        margin: 0;
        padding-left: 1.1em;
      }
      .sources {
        color: #57606a;
        font-size: 0.9em;
        overflow-wrap: anywhere;
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
      }
    `,
  ];

  @property() override lang = 'fr';
  @property({ attribute: false }) poles: readonly PoleProperties[] = [];
  @property({ attribute: false }) edges: readonly Partnership[] | null = null;
  /** The selected pôle: the finder's subject. */
  @property() pole: string | null = null;
  /** Pôles added to the group going abroad with the selected one. */
  @state() private with: string[] = [];
  @state() private kind: CandidateKind | '' = '';
  @state() private country = '';
  @state() private region = '';

  /** The candidates shown (filters applied). */
  shown(all: readonly Candidate[]): Candidate[] {
    return filterCandidates(all, {
      kind: this.kind || null,
      country: this.country || null,
      region: this.region || null,
    });
  }

  protected override render() {
    const lang = parseLang(this.lang);
    if (!this.pole)
      return html`<section part="panel">
        <h2>${t(lang, 'finder.heading')}</h2>
        <p>${t(lang, 'finder.choose')}</p>
      </section>`;
    if (!this.edges)
      return html`<section part="panel">
        <h2>${t(lang, 'finder.heading')}</h2>
        <p>${t(lang, 'app.loading')}</p>
      </section>`;
    const group = [this.pole, ...this.with.filter((id) => id !== this.pole)];
    const finderPoles: FinderPole[] = this.poles.map((p) => ({
      id: p.id,
      shortName: p.shortName,
      sector: p.sector,
      region: poleRegion(p),
    }));
    const all = findPartners(group, finderPoles, this.edges);
    const shown = this.shown(all);
    const name = (id: string) => this.poles.find((p) => p.id === id)?.shortName ?? id;
    const countries = [...new Set(all.map((c) => c.country).filter((c): c is string => !!c))].sort();
    const regions = [
      ...new Set(all.map((c) => c.region).filter((r): r is string => !!r && !/^\d+$/.test(r))),
    ].sort();
    const options = (values: readonly string[], label: (v: string) => string, current: string) =>
      values.map((v) => html`<option value=${v} ?selected=${v === current}>${label(v)}</option>`);
    return html`<section part="panel" aria-labelledby="finder-heading">
      <h2 id="finder-heading">${t(lang, 'finder.heading')}</h2>
      <p>${t(lang, 'finder.group', { poles: group.map(name).join(', ') })}</p>
      <p class="sources">${t(lang, 'finder.formula')}</p>
      <div class="filters">
        <label
          >${t(lang, 'finder.add')}
          <select
            name="with"
            @change=${(e: Event) => {
              const select = e.target as HTMLSelectElement;
              if (select.value) this.with = [...this.with, select.value];
              select.value = '';
            }}
          >
            <option value=""></option>
            ${this.poles
              .filter((p) => !group.includes(p.id))
              .map((p) => html`<option value=${p.id}>${p.shortName}</option>`)}
          </select></label
        >
        ${
          this.with.length
            ? html`<button type="button" name="clear-group" @click=${() => (this.with = [])}>
                ${t(lang, 'finder.clear')}
              </button>`
            : nothing
        }
        <label
          >${t(lang, 'finder.kind')}
          <select
            name="kind"
            @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as CandidateKind | '')}
          >
            <option value="">${t(lang, 'finder.all')}</option>
            ${options(['pole', 'foreign'], (v) => t(lang, `finder.kind.${v as CandidateKind}`), this.kind)}
          </select></label
        >
        <label
          >${t(lang, 'finder.country')}
          <select
            name="country"
            @change=${(e: Event) => (this.country = (e.target as HTMLSelectElement).value)}
          >
            <option value="">${t(lang, 'finder.all')}</option>
            ${options(countries, (v) => countryName(lang, v), this.country)}
          </select></label
        >
        <label
          >${t(lang, 'finder.region')}
          <select
            name="region"
            @change=${(e: Event) => (this.region = (e.target as HTMLSelectElement).value)}
          >
            <option value="">${t(lang, 'finder.all')}</option>
            ${options(regions, (v) => v, this.region)}
          </select></label
        >
      </div>
      <button
        type="button"
        name="export-candidates"
        @click=${() =>
          downloadText(
            `partenaires-${this.pole}.csv`,
            `\ufeff${candidatesCsv(shown, (r) => reasonText(lang, r))}`,
            'text/csv;charset=utf-8',
          )}
      >
        ${t(lang, 'finder.exportCsv')}
      </button>
      <div class="scroll" tabindex="0">
        <table class="candidates">
          <caption>
            ${t(lang, 'finder.caption', { n: shown.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t(lang, 'finder.col.candidate')}</th>
              <th scope="col">${t(lang, 'finder.col.score')}</th>
              <th scope="col">${t(lang, 'finder.col.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            ${shown.map(
              (c) =>
                html`<tr data-id=${c.id} data-kind=${c.kind}>
                  <th scope="row">
                    ${c.name}
                    <div class="sources">
                      ${c.kind === 'pole' ? t(lang, 'finder.kind.pole') : [c.region, c.country ? countryName(lang, c.country) : null].filter(Boolean).join(', ')}
                    </div>
                  </th>
                  <td>${c.score}</td>
                  <td>
                    <ul>
                      ${c.reasons.map(
                        (r) =>
                          html`<li>
                            ${reasonText(lang, r)}
                            ${
                              r.edges.length
                                ? html`<div class="sources">
                                    ${t(lang, 'finder.sources')}
                                    ${[...new Set(r.edges.flatMap((e) => e.sources))].map((s) => {
                                      const href = safeHttpUrl(s);
                                      return href
                                        ? html`<a href=${href} rel="noopener noreferrer" target="_blank"
                                            >${s}</a
                                          > `
                                        : html`${s} `;
                                    })}
                                  </div>`
                                : html`<div class="sources">${t(lang, 'finder.sourcePoles')}</div>`
                            }
                          </li>`,
                      )}
                    </ul>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}
