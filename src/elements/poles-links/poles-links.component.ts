// SPDX-License-Identifier: MIT
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { select } from 'd3-selection';
import { loadLinksData, type LinksData } from '../../data/partnership-data.ts';
import { partnershipsCsv } from '../../data/partnership-csv.ts';
import type { GroupingMode } from '../../data/partnership-graph.ts';
import { byCountry } from '../../data/partnership-countries.ts';
import { byPartner } from '../../data/partnership-international.ts';
import {
  countryHighlight,
  edgeMatches,
  graphHighlight,
  isPlaceSelection,
  parseSelection,
} from '../../data/partnership-selection.ts';
import type { GroupBy } from '../../diagrams/categories.ts';
import { chordLayout } from '../../diagrams/chord/layout.ts';
import { renderChord } from '../../diagrams/chord/render.ts';
import { countriesLayout } from '../../diagrams/countries/layout.ts';
import { renderCountries } from '../../diagrams/countries/render.ts';
import { standaloneSvg } from '../../diagrams/export.ts';
import { matrixLayout, type MatrixOrder } from '../../diagrams/matrix/layout.ts';
import { renderMatrix } from '../../diagrams/matrix/render.ts';
import type { Interaction } from '../../diagrams/svg.ts';
import { plural, t, type Lang } from '../../i18n/messages.ts';
import { downloadText } from './download.ts';
import { renderControls, type ControlsState } from './poles-links.controls.ts';
import { renderList } from './poles-links.list.ts';
import {
  GROUPING_MODES,
  GROUP_BYS,
  ORDERS,
  VIEWS,
  buildModel,
  describeSelection,
  parseChoice,
  type LinksModel,
  type LinksView,
} from './poles-links.model.ts';
import { inheritedLang } from '../../ui/lang.ts';
import { tooltipBox, type Hover } from '../../ui/tooltip-box.ts';
import { polesLinksStyles } from './poles-links.styles.ts';
import { DEFAULT_STATE, LINK_YEARS } from '../../state/view-state.ts';
import { isUndated } from '../../data/partnership-graph.ts';

export type { LinksData };

/**
 * Partnership diagrams of the pôles: a chord diagram or an adjacency matrix of the inter-pôle
 * links, or the non-pôle partners by country, with a ranked list of the links and their sources.
 * Usable alone (it loads poles.geojson and partnerships.json next to the page) or fed by the app.
 *
 * Selections are strings `pole:<id>`, `edge:<id>`, `label:<slug>`, `country:<ISO2|none>`,
 * `region:<ISO2>-<slug>`, `partner:<slug>` (data/partnership-selection.ts). In the international
 * view a country or a region selected filters the list and its CSV to its partnerships.
 *
 * @event link-select - `detail: { selection: string | null }` when the user selects an item or clears
 *   the selection (choosing the selected item again clears it).
 * @csspart controls - the view switches and export buttons.
 * @csspart diagram - the diagram box.
 * @csspart list - the ranked list of links.
 */
export class PolesLinks extends LitElement {
  static override styles = polesLinksStyles;

  /** Diagram shown: `chord`, `matrix` or `international`. @default 'chord' */
  @property({ reflect: true }) view: LinksView = 'chord';
  /** Year whose labelled pôles are shown (both ends of a link must be labelled). @default 2019 */
  @property({ type: Number, reflect: true }) phase: number = DEFAULT_STATE.year;
  /** Sectors shown, comma-separated; a link is kept when one of its pôles is in one. @default null (all) */
  @property({ reflect: true }) sector: string | null = null;
  /** Partnership kinds shown, comma-separated (types.ts PARTNERSHIP_KINDS). @default null (all) */
  @property({ reflect: true }) kinds: string | null = null;
  /** Partnerships shown: `active` in the phase year (default), or `all` ever recorded. */
  @property({ reflect: true }) years: string | null = null;
  /** Hides the partnerships without a start year from the active set. @default false */
  @property({ attribute: 'hide-undated', type: Boolean, reflect: true }) hideUndated = false;
  /** Chord grouping and colouring, and the matrix's colouring for non-category orders. @default 'sector' */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'sector';
  /** `pairs`: every stored pair; `groupings`: one tie per grouping label. @default 'pairs' */
  @property({ reflect: true }) grouping: GroupingMode = 'pairs';
  /** Matrix order: `sector`, `region`, `degree` or `cluster`. @default 'sector' */
  @property({ reflect: true }) order: MatrixOrder = 'sector';
  /** The selected item (see the class comment); highlighted in the diagram and the list. @default null */
  @property({ reflect: true }) selected: string | null = null;
  /**
   * Mirrors the `lang` attribute so that changing it re-renders; the texts follow the closest `lang`
   * attribute (this element's or an ancestor's), French by default.
   */
  @property({ attribute: 'lang' }) langAttribute: string | null = null;
  /** The data; fetched from the data folder next to the page when not given. */
  @property({ attribute: false }) data: LinksData | null = null;

  @state() private hover: Hover | null = null;
  @state() private failure: string | null = null;
  @query('svg.chart') private svg!: SVGSVGElement;
  @query('.diagram') private diagramBox!: HTMLDivElement;
  @query('.list') private listBox!: HTMLElement | null;
  private model: LinksModel | null = null;

  private get uiLang(): Lang {
    return inheritedLang(this);
  }

  /** Attribute values checked: a hand-written attribute falls back to the default. */
  private get current(): ControlsState {
    return {
      view: parseChoice(this.view, VIEWS, 'chord'),
      groupBy: parseChoice(this.groupBy, GROUP_BYS, 'sector'),
      order: parseChoice(this.order, ORDERS, 'sector'),
      grouping: parseChoice(this.grouping, GROUPING_MODES, 'pairs'),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.data) {
      loadLinksData().then(
        (data) => (this.data ??= data),
        (error: unknown) => (this.failure = error instanceof Error ? error.message : String(error)),
      );
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = [
      'data',
      'view',
      'phase',
      'sector',
      'kinds',
      'years',
      'hideUndated',
      'grouping',
      'langAttribute',
    ] as const;
    if (this.data && (!this.model || inputs.some((name) => changed.has(name)))) {
      const { view, grouping } = this.current;
      this.model = buildModel(
        this.data,
        {
          view,
          phase: this.phase,
          years: parseChoice(this.years, LINK_YEARS, 'active'),
          undated: !this.hideUndated,
          sector: this.sector,
          kinds: this.kinds,
          grouping,
        },
        this.uiLang,
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A hover only moves the tooltip: redrawing the diagram under the pointer would be wasted work.
    const onlyHover = [...changed.keys()].every((name) => name === 'hover');
    if (this.model && !onlyHover) this.draw(this.model);
    if (changed.has('selected')) this.revealSelectedRow();
  }

  /**
   * Scrolls the list box (never the page) to the first row of a new selection when it is out of
   * sight, so that a selection made on the map or in the diagram shows its sources.
   */
  private revealSelectedRow(): void {
    const box = this.listBox;
    const row = box?.querySelector('tr.is-selected');
    if (!box || !row) return;
    const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const top = row.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (top < head || top > box.clientHeight) box.scrollTop += top - head;
  }

  private diagramTitle(lang: Lang): string {
    return t(lang, `links.title.${this.current.view}`, { year: String(this.phase) });
  }

  private draw(model: LinksModel): void {
    const lang = this.uiLang;
    const { view, groupBy, order, grouping } = this.current;
    const selection = parseSelection(this.selected);
    const common: Interaction & { lang: Lang; title: string } = {
      lang,
      title: this.diagramTitle(lang),
      onHover: (text, event) => this.onHover(text, event),
      onSelect: (key) => this.choose(key),
    };
    if (this.isEmpty(model)) {
      select(this.svg).attr('data-diagram', null).selectAll('*').remove();
    } else if (view === 'international') {
      const highlight = countryHighlight(selection, model.shown);
      renderCountries(this.svg, countriesLayout(byCountry(model.shown)), { ...common, highlight });
    } else {
      const options = {
        ...common,
        groupBy,
        groupingMode: grouping,
        highlight: graphHighlight(selection, model.graph),
      };
      if (view === 'chord') renderChord(this.svg, chordLayout(model.graph, { groupBy }), options);
      else renderMatrix(this.svg, matrixLayout(model.graph, { order, groupBy }), options);
    }
  }

  private isEmpty(model: LinksModel): boolean {
    return model.rows.length === 0;
  }

  private onHover(text: string | null, event: MouseEvent): void {
    if (text === null) {
      this.hover = null;
      return;
    }
    // The tooltip is positioned in the diagram box, which is its containing block.
    const box = this.diagramBox.getBoundingClientRect();
    this.hover = { text, x: event.clientX - box.left, y: event.clientY - box.top };
  }

  /** Selects `key`, or clears the selection when `key` is already selected, and tells the page. */
  private choose(key: string | null): void {
    const selection = key === this.selected ? null : key;
    this.selected = selection;
    this.dispatchEvent(
      new CustomEvent('link-select', { detail: { selection }, bubbles: true, composed: true }),
    );
  }

  private onControl(name: keyof ControlsState, value: string): void {
    if (name === 'view') {
      this.view = value as LinksView;
      // The page keeps the diagram in its URL (issue 17, section 2).
      this.dispatchEvent(
        new CustomEvent('links-view-change', { detail: { view: this.view }, bubbles: true, composed: true }),
      );
    } else if (name === 'groupBy') this.groupBy = value as GroupBy;
    else if (name === 'order') this.order = value as MatrixOrder;
    else this.grouping = value as GroupingMode;
  }

  private fileName(extension: string): string {
    return `poles-links-${this.current.view}-${this.phase}.${extension}`;
  }

  private exportSvg(): void {
    downloadText(this.fileName('svg'), standaloneSvg(this.svg), 'image/svg+xml');
  }

  /** The place (country or region) whose partnerships alone are listed, in the international view. */
  private get place() {
    const selection = parseSelection(this.selected);
    return this.current.view === 'international' && isPlaceSelection(selection) ? selection : null;
  }

  private exportCsv(): void {
    if (!this.model) return;
    const place = this.place;
    const edges = place ? this.model.shown.filter((e) => edgeMatches(place, e)) : this.model.shown;
    // The byte-order mark makes spreadsheets read the accents as UTF-8.
    downloadText(
      this.fileName('csv'),
      `\ufeff${partnershipsCsv(edges, this.model.poles)}`,
      'text/csv;charset=utf-8',
    );
  }

  protected override render() {
    const lang = this.uiLang;
    const model = this.model;
    const state = this.current;
    const empty = !model || this.isEmpty(model);
    return html`
      ${renderControls({
        lang,
        state,
        canExport: !empty,
        onChange: (name, value) => this.onControl(name, value),
        onExportSvg: () => this.exportSvg(),
        onExportCsv: () => this.exportCsv(),
      })}
      ${this.failure ? html`<p role="alert">${t(lang, 'app.error', { message: this.failure })}</p>` : nothing}
      ${!model && !this.failure ? html`<p>${t(lang, 'app.loading')}</p>` : nothing}
      ${model ? this.renderStatus(lang, model) : nothing}
      <div class="diagram" part="diagram" ?hidden=${empty} @pointerleave=${() => (this.hover = null)}>
        <svg class="chart"></svg>
        ${tooltipBox(this.hover)}
      </div>
      ${
        model && !empty
          ? html`<section class="list" part="list" aria-label=${t(lang, 'links.list.heading')}>
              ${renderList({
                lang,
                rows: this.place ? model.rows.filter((row) => row.matches(this.place!)) : model.rows,
                selection: parseSelection(this.selected),
                selected: this.selected,
                international: state.view === 'international',
                onSelect: (key) => this.choose(key),
              })}
            </section>`
          : nothing
      }
    `;
  }

  private renderStatus(lang: Lang, model: LinksModel) {
    const year = String(this.phase);
    const summary =
      this.current.view === 'international'
        ? t(lang, 'links.summaryPartners', {
            edges: model.shown.length,
            partners: byPartner(model.shown).length,
            countries: byCountry(model.shown).length,
            year,
          })
        : t(lang, 'links.summary', { ties: model.graph.ties.length, edges: model.shown.length, year });
    const selection = parseSelection(this.selected);
    const set =
      parseChoice(this.years, LINK_YEARS, 'active') === 'all'
        ? plural(lang, 'links.summary.all', model.shown.length)
        : this.hideUndated
          ? plural(lang, 'links.summary.activeNoUndated', model.shown.length, { year })
          : plural(lang, 'links.summary.active', model.shown.length, {
              year,
              undated: model.shown.filter(isUndated).length,
            });
    return html`<p class="summary" aria-live="polite">${summary}. ${set}.</p>
      ${this.isEmpty(model) ? html`<p class="empty">${t(lang, 'links.empty')}</p>` : nothing}
      ${
        selection && this.data
          ? html`<p class="selection">
              ${t(lang, 'links.selected', { what: describeSelection(lang, selection, this.data, model.poles) })}
              <button type="button" @click=${() => this.choose(null)}>${t(lang, 'links.clear')}</button>
            </p>`
          : nothing
      }`;
  }
}
