// SPDX-License-Identifier: MIT
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { plural, t, type Lang } from '../../i18n/messages.ts';
import { inheritedLang } from '../../ui/lang.ts';
import type { MemberFeature } from '../../data/selection.ts';
import type { Partnership } from '../../types.ts';
import type { PartnershipProject } from '../../data/projects/format.ts';
import { countryName } from '../../diagrams/texts.ts';
import { MEMBER_KINDS, type PoleProperties } from '../../types.ts';
import { safeHttpUrl } from '../../ui/safe-url.ts';
import { laterNames, nameIn } from '../../data/time/names.ts';
import { AS_OF, LAST_YEAR } from '../../data/time/scope.ts';
import type { PoleEvent } from '../../data/time/types.ts';
import { DEFAULT_STATE } from '../../state/view-state.ts';
import { formatSourceDate, formatYearText } from '../../ui/dates.ts';
import { seatText } from '../../ui/seat-text.ts';

/**
 * A pôle's profile: what the sources say, with unknown facts shown as unknown.
 *
 * @event profile-close - the user asked to close the profile (its button, or Escape inside it).
 * @csspart panel - the profile box.
 */
export class PoleProfile extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    section {
      padding: 10px 12px;
      background: #fff;
      border: 1px solid #d0d7de;
      border-radius: 6px;
    }
    h2 {
      margin: 0 0 6px;
      font-size: 1.15em;
    }
    dl {
      margin: 0;
    }
    dt {
      margin-top: 6px;
      font-weight: 600;
      font-size: 0.9em;
      color: #57606a;
    }
    dd {
      margin: 0;
    }
    ul {
      margin: 0;
      padding-left: 1.1em;
    }
    .unknown {
      color: #6e7781;
      font-style: italic;
    }
    h3 {
      margin: 12px 0 4px;
      font-size: 1em;
    }
    h4 {
      margin: 6px 0 2px;
      font-size: 0.92em;
    }
    .members {
      font-size: 0.92em;
    }
    .sources a {
      word-break: break-all;
    }
    button {
      float: right;
    }
  `;

  /** The pôle shown. */
  @property({ attribute: false }) pole: PoleProperties | null = null;
  /** The pôle's documented member sites. */
  @property({ attribute: false }) members: readonly MemberFeature[] = [];
  /** The partnerships of the pôle (either end); null while they load. */
  @property({ attribute: false }) partnerships: readonly Partnership[] | null = null;
  /** The partnership projects imported (all pôles'); the profile lists this pôle's. @default null */
  @property({ attribute: false }) projects: readonly PartnershipProject[] | null = null;
  /** The year shown: the seat and the name are those of that year. */
  @property({ type: Number }) year: number = DEFAULT_STATE.year;
  /** Dated events (time.json), for the names over time. */
  @property({ attribute: false }) events: readonly PoleEvent[] = [];
  /** Names of every pôle by id, to name successors and predecessors. */
  @property({ attribute: false }) names: ReadonlyMap<string, string> = new Map();

  /** Language of the texts (fr | en); inherited from the page when empty. @default '' */
  @property({ reflect: true }) override lang = '';

  private get uiLang(): Lang {
    return inheritedLang(this);
  }

  private unknown(lang: Lang) {
    return html`<span class="unknown">${t(lang, 'common.unknown')}</span>`;
  }

  private nameOf(id: string): string {
    return this.names.get(id) ?? id;
  }

  /** Every labelled period, how the first ended (poles.csv) and where the last stands. */
  private phases(lang: Lang, p: PoleProperties): string {
    const spans = p.periods
      .map((x) =>
        x.to === null ? `${x.from}-${LAST_YEAR}` : x.from === x.to ? String(x.from) : `${x.from}-${x.to}`,
      )
      .join(', ');
    const parts = [t(lang, 'profile.labelledPeriods', { spans })];
    if (p.endedYear !== null) {
      const year = String(p.endedYear);
      if (p.endReason === 'merged' && p.successorId) {
        parts.push(t(lang, 'profile.merged', { year, successor: this.nameOf(p.successorId) }));
      } else if (p.endReason === 'delabelled') parts.push(t(lang, 'profile.delabelled', { year }));
      else parts.push(t(lang, 'profile.endedUnknownReason', { year }));
    }
    const last = p.periods[p.periods.length - 1];
    if (last?.to === null)
      parts.push(t(lang, 'profile.labelledFor', { asOf: formatSourceDate(lang, AS_OF) }));
    else if (last?.statusAfter === 'unknown')
      parts.push(t(lang, 'profile.statusUnknownAfter', { year: String(last.to) }));
    return parts.join(' · ');
  }

  /** The name in the year shown, and the names the lineage took later ("IAR, devenu B4C en 2022"). */
  private nameText(lang: Lang, p: PoleProperties): string {
    const name = nameIn(this.events, p.id, p.shortName, this.year);
    const later = laterNames(this.events, p.id, this.year)
      .map((n) => t(lang, 'profile.laterName', { name: n.name, year: String(n.year) }))
      .join(', ');
    return later ? t(lang, 'profile.becomes', { name, later }) : name;
  }

  protected override render() {
    const p = this.pole;
    if (!p) return nothing;
    const lang = this.uiLang;
    const website = safeHttpUrl(p.website);
    return html`<section part="panel" aria-labelledby="profile-title" @keydown=${this.onKeyDown}>
      <button type="button" @click=${this.close}>${t(lang, 'profile.close')}</button>
      <h2 id="profile-title" tabindex="-1">${p.name}</h2>
      <dl>
        <dt>${t(lang, 'profile.theme')}</dt>
        <dd>${p.theme || this.unknown(lang)}</dd>
        <dt>${t(lang, 'profile.sector')}</dt>
        <dd>${t(lang, `sector.${p.sector}`)}</dd>
        <dt>${t(lang, 'profile.category')}</dt>
        <dd>${p.category2005 ? t(lang, `category.${p.category2005}`) : this.unknown(lang)}</dd>
        <dt>${t(lang, 'profile.nameIn', { year: String(this.year) })}</dt>
        <dd class="name-in">${this.nameText(lang, p)}</dd>
        <dt>${t(lang, 'profile.hqIn', { year: String(this.year) })}</dt>
        <dd class="hq-in">${seatText(lang, p, this.year) ?? this.unknown(lang)}</dd>
        <dt>${t(lang, 'profile.regions')}</dt>
        <dd>${p.regions.length ? p.regions.join(', ') : this.unknown(lang)}</dd>
        <dt>${t(lang, 'profile.phases')}</dt>
        <dd>${this.phases(lang, p)}</dd>
        ${
          p.predecessorIds.length
            ? html`<dt>${t(lang, 'profile.predecessors')}</dt>
                <dd>${p.predecessorIds.map((id) => this.nameOf(id)).join(', ')}</dd>`
            : nothing
        }
        <dt>${t(lang, 'profile.memberCounts')}</dt>
        <dd>
          ${
            p.memberCounts.length
              ? html`<ul>
                  ${p.memberCounts.map((c) => {
                    const href = safeHttpUrl(c.source.split(' | ')[0]);
                    return html`<li>
                      ${t(lang, 'profile.memberCountLine', { count: c.count, year: formatYearText(lang, c.yearLabel) })}
                      ${href ? html`(<a href=${href} target="_blank" rel="noopener noreferrer">${t(lang, 'profile.source')}</a>)` : nothing}
                      <br /><span class="note-label">${t(lang, 'profile.sourceNote')}&#8239;:</span>
                      <q>${c.note}</q>
                    </li>`;
                  })}
                </ul>`
              : this.unknown(lang)
          }
          <div>
            ${t(lang, 'profile.documented', {
              sites: plural(lang, 'profile.documentedSites', p.documentedSites),
              unplaced: p.unplacedMembers,
            })}
          </div>
        </dd>
        <dt>${t(lang, 'profile.website')}</dt>
        <dd>
          ${
            website
              ? html`<a href=${website} target="_blank" rel="noopener noreferrer">${p.website}</a>`
              : this.unknown(lang)
          }
        </dd>
        <dt>${t(lang, 'profile.confidence')}</dt>
        <dd>${t(lang, `confidence.${p.confidence}`)}</dd>
      </dl>
      ${this.renderMembers(lang)} ${this.renderPartnerships(lang)} ${this.renderProjects(lang)}
      <h3>${t(lang, 'profile.sources')}</h3>
      <ul class="sources">
        ${p.sources.map((s) => {
          const href = safeHttpUrl(s);
          return html`<li>
            ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${s}</a>` : s}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** Documented members grouped by kind, each with its evidence and source. */
  private renderMembers(lang: Lang) {
    if (!this.members.length) return nothing;
    return html`<h3>${t(lang, 'profile.documentedMembers')}</h3>
      ${MEMBER_KINDS.map((kind) => {
        const list = this.members.filter((m) => m.properties.kind === kind);
        if (!list.length) return nothing;
        return html`<h4>${t(lang, `kind.${kind}`)} (${list.length})</h4>
          <ul class="members">
            ${list.map((m) => {
              const p = m.properties;
              const href = safeHttpUrl(p.source);
              const evidence = p.evidence ? t(lang, `evidence.${p.evidence}`) : t(lang, 'common.unknown');
              return html`<li>
                ${p.organisation} —
                ${p.commune}${p.siteBasis === 'head-office' ? html` <em>(${t(lang, 'profile.headOffice')})</em>` : nothing}
                ·
                ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${evidence}</a>` : evidence}${p.year ? ` · ${p.year}` : ''}
              </li>`;
            })}
          </ul>`;
      })}`;
  }

  /** The pôle's documented partnerships: the other end, kind, years and source of each. */
  private renderPartnerships(lang: Lang) {
    const p = this.pole;
    const list = this.partnerships;
    if (!p || !list) return nothing;
    return html`<h3>${t(lang, 'profile.partnerships', { n: list.length })}</h3>
      ${
        list.length
          ? html`<ul class="partners">
              ${list.map((e) => {
                const other = e.source === p.id ? e.targetName : (this.names.get(e.source) ?? e.source);
                const href = safeHttpUrl(e.sources[0]);
                const years = e.yearStart ? ` · ${e.yearStart}${e.yearEnd ? `–${e.yearEnd}` : ''}` : '';
                return html`<li>
                  ${other}${e.targetCountry && e.targetCountry !== 'FR' ? ` (${e.targetCountry})` : ''} ·
                  ${t(lang, `links.kind.${e.kind}`)}${e.label ? ` · ${e.label}` : ''}${years} ·
                  ${
                    href
                      ? html`<a href=${href} target="_blank" rel="noopener noreferrer"
                          >${t(lang, 'profile.source')}</a
                        >`
                      : t(lang, 'common.unknown')
                  }
                </li>`;
              })}
            </ul>`
          : html`<p class="unknown">${t(lang, 'profile.noPartnerships')}</p>`
      }`;
  }

  /** The pôle's projects of the imported list: title, partners, place, current stage and its date, source. */
  private renderProjects(lang: Lang) {
    const id = this.pole?.id;
    const list = id ? (this.projects ?? []).filter((p) => p.poles.includes(id)) : [];
    if (!list.length) return nothing;
    return html`<h3>${t(lang, 'projects.profile.heading', { n: list.length })}</h3>
      <ul class="projects">
        ${list.map((p) => {
          const date = p.dates[p.status];
          const href = safeHttpUrl(p.source);
          const place = [p.foreignRegion, countryName(lang, p.country)].filter(Boolean).join(', ');
          return html`<li data-id=${p.id}>
            ${p.title} (${p.id}) · ${p.foreignPartners.join(', ') || t(lang, 'common.unknown')} · ${place} ·
            ${t(lang, 'projects.profile.stage', {
              stage: t(lang, `projects.stage.${p.status}`),
              date: date ? formatSourceDate(lang, date) : t(lang, 'projects.profile.noDate'),
            })}
            ·
            ${
              href
                ? html`<a href=${href} target="_blank" rel="noopener noreferrer"
                    >${t(lang, 'profile.source')}</a
                  >`
                : html`<span class="source">${p.source}</span>`
            }
          </li>`;
        })}
      </ul>`;
  }

  /** Moves keyboard focus to the profile title (after a selection from the list). */
  focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>('#profile-title')?.focus();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close();
    }
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('profile-close', { bubbles: true, composed: true }));
  }
}
