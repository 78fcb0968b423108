// SPDX-License-Identifier: MIT
import { LitElement, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { basisFileTag } from '../../analysis/count-basis.ts';
import { HashController } from '../../controllers/hash.controller.ts';
import { fetchDataFile, loadDataset, type Dataset } from '../../data/dataset.ts';
import { PARTNERSHIP_KINDS, type PartnershipKind, type PartnershipsFile } from '../../types.ts';
import { deepActiveElement } from '../../ui/focus.ts';
import type { ConcentrationView } from '../../map/concentration.ts';
import { applyFilters, type Shown } from '../../data/filters.ts';
import { yearSummary } from '../../data/time/year-summary.ts';
import { seatText } from '../../ui/seat-text.ts';
import { renderYearPanel } from './year-panel.ts';
import { radioChoices } from '../../ui/choices.ts';
import { SearchIndex, type SearchHit } from '../../data/search.ts';
import { byName, type PoleFeature } from '../../data/selection.ts';
import { LANGS, plural, t, type Lang } from '../../i18n/messages.ts';
import { countryName } from '../../diagrams/texts.ts';
import type { PartnershipProject } from '../../data/projects/format.ts';
import {
  DEFAULT_STATE,
  LINK_YEARS,
  VIEWS,
  type Camera,
  type DiagramId,
  type ViewState,
} from '../../state/view-state.ts';
import { summaryText } from '../../ui/summary.ts';
import type { PoleProfile } from '../pole-profile/pole-profile.component.ts';
import { need, needWhen } from '../lazy.ts';
import { presentHref } from '../../tour/current.ts';
import { renderExportPanel } from './export-panel.ts';
import { polesAppStyles } from './poles-app.styles.ts';

/**
 * The standalone explorer: controls, the map, a summary read out on every change, the list of the
 * pôles shown and a pôle's profile. Its whole state lives in the URL hash.
 */
export class PolesApp extends LitElement {
  static override styles = polesAppStyles;

  @state() private data: Dataset | null = null;
  @state() private failure: string | null = null;
  @state() private view: ViewState = DEFAULT_STATE;
  @query('pole-profile') private profile?: PoleProfile;
  @state() private searchIndex: SearchIndex | null = null;
  /** The legend, table and gap analysis of the map's concentration layer (from <poles-map>). */
  @state() private concentration: ConcentrationView | null = null;
  @state() private exportStatus: string | null = null;
  @state() private exporting = false;
  /** Partnership projects imported in the partnership view: all of them, and those its filters show. */
  @state() private projects: { all: PartnershipProject[]; shown: PartnershipProject[] } | null = null;
  /** The tour editor is unfolded (its element loads then). */
  @state() private tourOpen = false;
  /** Loaded with the first profile shown, for its list of partnerships. */
  @state() private partnerships: PartnershipsFile | null = null;
  private readonly hash = new HashController(this, (s) => this.applyState(s));

  override connectedCallback(): void {
    super.connectedCallback();
    loadDataset().then(
      (data) => {
        this.data = data;
        this.searchIndex = new SearchIndex(data.poles.features, data.members.features, {
          events: data.time.events,
        });
        // Partners and countries join the index once partnerships.json is there (loaded after the map).
        fetchDataFile<PartnershipsFile>('partnerships.json').then(
          (file) =>
            (this.searchIndex = new SearchIndex(data.poles.features, data.members.features, {
              events: data.time.events,
              partnerships: file.edges,
              countryNames: (code) => [...new Set(LANGS.map((lang) => countryName(lang, code)))],
            })),
          () => undefined,
        );
      },
      (error: unknown) => (this.failure = error instanceof Error ? error.message : String(error)),
    );
  }

  private applyState(next: ViewState): void {
    this.view = next;
    // The page's language follows the state, so that every element under it reads the same `lang`.
    this.setAttribute('lang', next.lang);
    document.documentElement.lang = next.lang;
  }

  /** A user change: applied, then written to the URL (a camera move replaces the history entry). */
  private patch(patch: Partial<ViewState>, replace = false): void {
    this.applyState({ ...this.view, ...patch });
    this.hash.write(this.view, replace);
  }

  /** A pôle chosen anywhere; in the partnership view it is also the diagrams' selection. */
  /** Where the focus was when a profile was opened from the keyboard, to return there on close. */
  private opener: HTMLElement | null = null;

  private select(id: string | null, focusProfile = false): void {
    if (focusProfile) this.opener = deepActiveElement();
    const link = this.view.view === 'links' ? (id ? `pole:${id}` : null) : this.view.link;
    this.patch({ pole: id, link });
    if (focusProfile) void this.focusProfile();
  }

  /** Closes the profile and gives the focus back to what opened it, when it is still there. */
  private closeProfile(): void {
    const opener = this.opener;
    this.opener = null;
    this.select(null);
    if (opener?.isConnected) opener.focus();
  }

  /** A selection in the diagrams or on the map's arcs: a pôle selection also selects the pôle. */
  private selectLink(selection: string | null): void {
    const pole = selection?.startsWith('pole:') ? selection.slice(5) : null;
    this.patch({ link: selection, pole });
  }

  /** A pôle opens its profile; an organisation also centres its site; a commune centres the map on it. */
  private onSearch(hit: SearchHit): void {
    if (hit.region)
      return this.patch({ view: 'map', filters: { ...this.view.filters, regions: [hit.region] } });
    // A country, a foreign region or a partner is shown in the international diagram and its list.
    if (hit.link) return this.patch({ view: 'links', diagram: 'international', link: hit.link, pole: null });
    if (hit.year !== undefined) {
      this.patch({ year: hit.year, pole: hit.pole });
      if (hit.pole) void this.focusProfile();
      return;
    }
    const zoom = hit.kind === 'pole' ? Math.max(this.view.camera?.zoom ?? 0, 6) : 9;
    const camera = hit.lonLat ? { lon: hit.lonLat[0], lat: hit.lonLat[1], zoom } : this.view.camera;
    this.patch({ camera, ...(hit.pole ? { pole: hit.pole } : {}) });
    if (hit.pole) {
      this.opener = deepActiveElement();
      void this.focusProfile();
    }
  }

  /** Moves the focus to the profile's title once it is rendered (its element may still be loading). */
  private async focusProfile(): Promise<void> {
    await this.updateComplete;
    await need('pole-profile').catch(() => undefined);
    const profile = this.profile;
    if (!profile) return;
    await profile.updateComplete;
    profile.focusTitle();
  }

  protected override willUpdate(): void {
    const c = this.view.view === 'map' ? this.concentration : null;
    needWhen({
      'pole-profile': this.view.pole !== null,
      'poles-links': this.view.view === 'links',
      'poles-evolutions': this.view.view === 'evolutions',
      'poles-projects': this.view.view === 'links',
      'poles-finder': this.view.view === 'links',
      'poles-gaps': Boolean(c?.gaps),
      'poles-table': Boolean(c?.table),
      'poles-tour-editor': this.tourOpen,
    });
    if (this.view.pole && !this.partnerships) {
      fetchDataFile<PartnershipsFile>('partnerships.json').then(
        (file) => (this.partnerships = file),
        () => undefined,
      );
    }
  }

  protected override render() {
    const lang = this.view.lang;
    if (this.failure) return html`<p role="alert">${t(lang, 'app.error', { message: this.failure })}</p>`;
    const shown = this.data
      ? applyFilters(
          this.data.poles.features,
          this.data.members.features,
          this.view.year,
          this.view.filters,
          this.view.siteYears,
        )
      : null;
    return html`
      <header>
        <h1>${t(lang, 'app.title')}</h1>
        <p class="subtitle">${t(lang, 'app.subtitle')}</p>
        <div class="views" role="group" aria-label=${t(lang, 'view.label')}>
          ${VIEWS.map(
            (v) =>
              html`<button
                type="button"
                name="view"
                value=${v}
                aria-pressed=${this.view.view === v ? 'true' : 'false'}
                @click=${() => this.patch({ view: v })}
              >
                ${t(lang, `view.${v}`)}
              </button>`,
          )}
        </div>
        <button
          type="button"
          class="lang"
          lang=${lang === 'fr' ? 'en' : 'fr'}
          aria-label=${t(lang, 'app.langSwitchLabel')}
          @click=${() => this.patch({ lang: lang === 'fr' ? 'en' : 'fr' })}
        >
          ${t(lang, 'app.langSwitch')}
        </button>
        <poles-share lang=${lang} .state=${this.view}></poles-share>
        <a
          class="present"
          href=${presentHref(this.view)}
          target="_blank"
          rel="noopener"
          title=${t(lang, 'app.presentLabel')}
          >${t(lang, 'app.present')}</a
        >
      </header>
      <main class=${this.view.view}>
        <poles-map
          loading="eager"
          .data=${this.data}
          .state=${this.view}
          .projects=${this.view.view === 'links' ? (this.projects?.shown ?? null) : null}
          @pole-select=${(e: CustomEvent<{ id: string | null }>) => this.select(e.detail.id)}
          @camera-change=${(e: CustomEvent<Camera>) => this.patch({ camera: e.detail }, true)}
          @link-select=${(e: CustomEvent<{ selection: string | null }>) => this.selectLink(e.detail.selection)}
          @concentration-change=${(e: CustomEvent<{ view: ConcentrationView | null }>) =>
            (this.concentration = e.detail.view)}
        ></poles-map>
        <aside>
          ${this.renderTourEditor(lang)}
          ${
            this.view.view === 'links'
              ? this.renderLinks(lang, shown)
              : this.view.view === 'evolutions'
                ? this.renderEvolutions(lang)
                : this.renderExplorer(lang, shown)
          }
        </aside>
      </main>
    `;
  }

  /** The presenter's tour, written from the views of the app (its own element, loaded when unfolded). */
  private renderTourEditor(lang: Lang) {
    return html`<details
      class="export tour"
      @toggle=${(e: Event) => (this.tourOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary>${t(lang, 'tourEditor.label')}</summary>
      ${
        this.tourOpen
          ? html`<poles-tour-editor
              .view=${this.view}
              .data=${this.data}
              @tour-preview=${(e: CustomEvent<{ state: ViewState }>) => this.patch(e.detail.state)}
            ></poles-tour-editor>`
          : nothing
      }
    </details>`;
  }

  private renderLinks(lang: Lang, shown: Shown | null) {
    const data = this.data;
    const selected =
      data && this.view.pole ? data.poles.features.find((f) => f.id === this.view.pole) : undefined;
    const kinds = this.view.filters.partnershipKinds;
    const poleList = data ? data.poles.features.map((f) => f.properties) : [];
    const toggle = (kind: PartnershipKind, on: boolean) =>
      this.patch({
        filters: {
          ...this.view.filters,
          partnershipKinds: on ? [...kinds, kind].sort() : kinds.filter((k) => k !== kind),
        },
      });
    return html`${selected && data ? this.renderProfile(lang, data, selected) : nothing}
      ${data && shown ? this.renderExport(lang, data, shown) : nothing}
      <fieldset class="kinds">
        <legend>${t(lang, 'links.filter.kinds')}</legend>
        ${PARTNERSHIP_KINDS.map(
          (kind) =>
            html`<label
              ><input
                type="checkbox"
                name="pkind"
                value=${kind}
                .checked=${kinds.includes(kind)}
                @change=${(e: Event) => toggle(kind, (e.target as HTMLInputElement).checked)}
              />${t(lang, `links.kind.${kind}`)}</label
            >`,
        )}
      </fieldset>
      <fieldset class="kinds link-years">
        <legend>${t(lang, 'links.set.label')}</legend>
        ${radioChoices(
          'link-years',
          LINK_YEARS,
          this.view.linkYears,
          (v) => t(lang, `links.set.${v}`, { year: String(this.view.year) }),
          (linkYears) => this.patch({ linkYears }),
        )}
        <label
          ><input
            type="checkbox"
            name="undated"
            .checked=${this.view.undated}
            ?disabled=${this.view.linkYears === 'all'}
            @change=${(e: Event) => this.patch({ undated: (e.target as HTMLInputElement).checked })}
          />${t(lang, 'links.showUndated')}</label
        >
      </fieldset>
      <poles-links
        lang=${lang}
        phase=${this.view.year}
        years=${this.view.linkYears}
        ?hide-undated=${!this.view.undated}
        sector=${this.view.filters.sectors.join(',') || nothing}
        kinds=${this.view.filters.partnershipKinds.join(',') || nothing}
        selected=${this.view.link ?? nothing}
        view=${this.view.diagram}
        @links-view-change=${(e: CustomEvent<{ view: DiagramId }>) => this.patch({ diagram: e.detail.view })}
        @link-select=${(e: CustomEvent<{ selection: string | null }>) => this.selectLink(e.detail.selection)}
      ></poles-links>
      <poles-projects
        lang=${lang}
        year=${this.view.year}
        .pole=${this.view.pole}
        .place=${/^(country|region):/.test(this.view.link ?? '') ? this.view.link : null}
        .poles=${poleList}
        .project=${this.view.project}
        .by=${this.view.projectsBy}
        .row=${this.view.projectsRow}
        .stage=${this.view.stage}
        @projects-select=${(e: CustomEvent<Partial<ViewState>>) => this.patch(e.detail)}
        @projects-change=${(e: CustomEvent<{ all: PartnershipProject[]; shown: PartnershipProject[] }>) =>
          (this.projects = e.detail)}
      ></poles-projects>
      <poles-finder
        lang=${lang}
        .pole=${this.view.pole}
        .poles=${poleList}
        .edges=${this.partnerships?.edges ?? null}
      ></poles-finder>`;
  }

  /** The Évolutions view: a selected pôle's profile over the comparison of two years. */
  private renderEvolutions(lang: Lang) {
    const data = this.data;
    const selected =
      data && this.view.pole ? data.poles.features.find((f) => f.id === this.view.pole) : undefined;
    return html`${selected && data ? this.renderProfile(lang, data, selected) : nothing}
      <poles-evolutions
        lang=${lang}
        .poles=${data?.poles.features ?? []}
        a=${this.view.evoA}
        b=${this.view.evoB}
        ?net=${this.view.evoNet}
        selected=${this.view.pole ?? nothing}
        @evolutions-change=${(e: CustomEvent<Partial<ViewState>>) => this.patch(e.detail)}
        @pole-select=${(e: CustomEvent<{ id: string }>) => this.select(e.detail.id, true)}
      ></poles-evolutions>`;
  }

  private renderExplorer(lang: Lang, shown: Shown | null) {
    return html`
      ${
        this.hash.rejected.length
          ? html`<p class="note" role="status">
              ${t(lang, 'hash.rejected', { fields: this.hash.rejected.join(', ') })}
            </p>`
          : nothing
      }
      <poles-search
        lang=${lang}
        .index=${this.searchIndex}
        @search-select=${(e: CustomEvent<SearchHit>) => this.onSearch(e.detail)}
      ></poles-search>
      <poles-controls
        .state=${this.view}
        lang=${lang}
        @state-change=${(e: CustomEvent<Partial<ViewState>>) => this.patch(e.detail)}
      ></poles-controls>
      ${this.data && shown ? this.renderSide(lang, this.data, shown) : html`<p>${t(lang, 'app.loading')}</p>`}
    `;
  }

  private renderProfile(lang: Lang, data: Dataset, selected: PoleFeature) {
    return html`<pole-profile
      lang=${lang}
      .pole=${selected.properties}
      .year=${this.view.year}
      .events=${data.time.events}
      .names=${new Map(data.poles.features.map((f) => [f.id, f.properties.name]))}
      .members=${data.members.features.filter((m) => m.properties.pole === selected.id)}
      .partnerships=${this.partnerships?.edges.filter((e) => e.source === selected.id || e.target === selected.id) ?? null}
      .projects=${this.projects?.all ?? null}
      @profile-close=${() => this.closeProfile()}
    ></pole-profile>`;
  }

  /** The accessible twins of the concentration layers: territories and values, the gap analysis. */
  private renderConcentration(lang: Lang) {
    const c = this.concentration;
    if (!c || this.view.view !== 'map') return nothing;
    const v = this.view;
    return html`${
      c.gaps
        ? html`<poles-gaps
            lang=${lang}
            km=${v.gapKm}
            filename=${`zones-blanches-${v.level}-${v.gapKm}km-${v.year}${basisFileTag(v.countBasis)}.csv`}
            .note=${c.gaps.note}
            .rows=${c.gaps.rows}
            .withoutHq=${c.gaps.withoutHq}
          ></poles-gaps>`
        : nothing
    }
    ${c.table ? html`<poles-table lang=${lang} .model=${c.table} .selected=${v.pole}></poles-table>` : nothing}`;
  }

  /** "Exporter la vue": the PNG of the map (with the projects drawn, in the partnership view) and the rows shown. */
  private renderExport(lang: Lang, data: Dataset, shown: Shown) {
    return renderExportPanel({
      lang,
      data,
      state: this.view,
      summary: summaryText(lang, this.view.filters, shown, this.view),
      screen: () => this.renderRoot.querySelector('poles-map')!.getBoundingClientRect(),
      status: this.exportStatus,
      busy: this.exporting,
      onStatus: (status, busy) => {
        this.exportStatus = status;
        this.exporting = busy;
      },
      projects: this.view.view === 'links' ? (this.projects?.shown ?? null) : null,
    });
  }

  private renderSide(lang: Lang, data: Dataset, shown: Shown) {
    const year = this.view.year;
    // One line of text (no surrounding white space): screen readers and tests read it as it is.
    const summary = summaryText(lang, this.view.filters, shown, this.view);
    const list = [...shown.poles].sort(byName);
    const unplaced = list.filter((p) => p.geometry === null).length;
    const selected = this.view.pole ? data.poles.features.find((f) => f.id === this.view.pole) : undefined;
    return html`
      <p class="summary" role="status" aria-live="polite">${summary}</p>
      ${renderYearPanel(lang, yearSummary(data.time, data.poles.features, year), (id) => this.select(id, true))}
      ${selected ? this.renderProfile(lang, data, selected) : nothing} ${this.renderConcentration(lang)}
      ${this.renderExport(lang, data, shown)}
      ${unplaced ? html`<p class="note">${plural(lang, 'list.hqMissingCount', unplaced)}</p>` : nothing}
      <h2>${t(lang, 'list.heading')}</h2>
      <ol class="pole-list">
        ${list.map(
          (p) =>
            html`<li data-pole=${p.id}>
              <button
                type="button"
                aria-pressed=${p.id === this.view.pole ? 'true' : 'false'}
                @click=${() => this.select(p.id, true)}
              >
                ${p.properties.shortName}
              </button>
              <span class="hq">${seatText(lang, p.properties, year) ?? t(lang, 'list.noHq')}</span>
            </li>`,
        )}
      </ol>
    `;
  }
}
