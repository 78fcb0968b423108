// SPDX-License-Identifier: MIT
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { fetchDataFile } from '../../data/dataset.ts';
import type { PoleFeature } from '../../data/selection.ts';
import { compareYears, type Evolution } from '../../data/time/evolutions.ts';
import { regionNetChange, type RegionNetChange } from '../../data/time/region-change.ts';
import type { TimeFile } from '../../data/time/types.ts';
import { standaloneSvg } from '../../diagrams/export.ts';
import { lineageCsv } from '../../diagrams/lineage/csv.ts';
import { lineageLayout, type LineageLayout } from '../../diagrams/lineage/layout.ts';
import { renderLineage } from '../../diagrams/lineage/render.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import { tooltipBox, type Hover } from '../../ui/tooltip-box.ts';
import { downloadText } from '../poles-links/download.ts';
import { evolutionTable, type EvolutionTable } from './poles-evolutions.model.ts';
import {
  renderMergers,
  renderReconciliation,
  renderRegions,
  renderTable,
} from './poles-evolutions.sections.ts';
import { polesEvolutionsStyles } from './poles-evolutions.styles.ts';

interface Model {
  evolution: Evolution;
  table: EvolutionTable;
  regions: RegionNetChange;
}

/**
 * What changed between two years: the reconciled counts, the lineages that joined, left or changed,
 * the mergers, the régions' net change, and the lineage diagram of every pôle since 2005.
 *
 * @event evolutions-change - `detail: { evoA, evoB, evoNet }` when the user picks other years or
 *   switches the net-change map.
 * @event pole-select - `detail: { id }` when the user picks a pôle in the table or the diagram.
 */
export class PolesEvolutions extends LitElement {
  static override styles = polesEvolutionsStyles;

  @property({ attribute: false }) poles: readonly PoleFeature[] = [];
  /** time.json; fetched from the data folder when not given. */
  @property({ attribute: false }) time: TimeFile | null = null;
  @property({ type: Number }) a = 2018;
  @property({ type: Number }) b = 2019;
  @property({ type: Boolean }) net = false;
  @property() selected: string | null = null;
  @property() override lang: Lang = 'fr';

  @state() private hover: Hover | null = null;
  @state() private failure: string | null = null;
  @query('svg.chart') private svg?: SVGSVGElement;
  @query('.lineage') private diagramBox?: HTMLElement;
  private model: Model | null = null;
  private lineage: LineageLayout | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.time)
      fetchDataFile<TimeFile>('time.json').then(
        (file) => (this.time ??= file),
        (error: unknown) => (this.failure = error instanceof Error ? error.message : String(error)),
      );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.time || !this.poles.length) return;
    if (
      changed.has('time') ||
      changed.has('poles') ||
      changed.has('a') ||
      changed.has('b') ||
      changed.has('lang')
    ) {
      const evolution = compareYears(this.poles, this.time, this.a, this.b);
      this.model = {
        evolution,
        table: evolutionTable(this.lang, evolution),
        regions: regionNetChange(evolution),
      };
    }
    if (changed.has('time') || changed.has('poles'))
      this.lineage = lineageLayout(this.poles, this.time, this.time);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A hover only moves the tooltip: redrawing the diagram under the pointer would be wasted work.
    if ([...changed.keys()].every((name) => name === 'hover')) return;
    if (!this.svg || !this.lineage || !this.time) return;
    renderLineage(this.svg, this.lineage, {
      lang: this.lang,
      title: this.diagramTitle(),
      asOf: this.time.asOf,
      marks: [this.a, this.b],
      selected: this.selected,
      onHover: (text, event) => this.onHover(text, event),
      onSelect: (selection) => this.choose(selection.replace(/^pole:/, '')),
    });
  }

  private diagramTitle(): string {
    return t(this.lang, 'lineage.title', {
      first: String(this.time?.firstYear ?? ''),
      last: String(this.time?.lastYear ?? ''),
    });
  }

  private onHover(text: string | null, event: MouseEvent): void {
    const box = this.diagramBox?.getBoundingClientRect();
    this.hover = text && box ? { text, x: event.clientX - box.left, y: event.clientY - box.top } : null;
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private choose(id: string): void {
    this.emit('pole-select', { id });
  }

  /** New years: B stays after A (the other picker moves when needed). */
  private pickYears(which: 'a' | 'b', year: number): void {
    const first = this.time?.firstYear ?? year;
    const last = this.time?.lastYear ?? year;
    let { a, b } = this;
    if (which === 'a') {
      a = Math.min(year, last - 1);
      if (b <= a) b = a + 1;
    } else {
      b = Math.max(year, first + 1);
      if (a >= b) a = b - 1;
    }
    this.emit('evolutions-change', { evoA: a, evoB: b, evoNet: this.net });
  }

  private exportSvg(): void {
    if (this.svg)
      downloadText(
        `lignees-poles-${this.time?.firstYear}-${this.time?.lastYear}.svg`,
        standaloneSvg(this.svg),
        'image/svg+xml',
      );
  }

  private exportCsv(): void {
    if (this.lineage)
      downloadText(
        `lignees-poles-${this.time?.firstYear}-${this.time?.lastYear}.csv`,
        `\ufeff${lineageCsv(this.lineage)}`,
        'text/csv;charset=utf-8',
      );
  }

  private renderPicker(which: 'a' | 'b') {
    const time = this.time!;
    const value = which === 'a' ? this.a : this.b;
    const years = Array.from({ length: time.lastYear - time.firstYear + 1 }, (_, i) => time.firstYear + i);
    return html`<label
      >${t(this.lang, which === 'a' ? 'evo.yearA' : 'evo.yearB')}
      <select
        name=${`evo-${which}`}
        @change=${(e: Event) => this.pickYears(which, Number((e.target as HTMLSelectElement).value))}
      >
        ${years.map((y) => html`<option value=${y} ?selected=${y === value}>${y}</option>`)}
      </select></label
    >`;
  }

  protected override render() {
    const lang = this.lang;
    if (this.failure) return html`<p role="alert">${t(lang, 'app.error', { message: this.failure })}</p>`;
    const model = this.model;
    if (!model || !this.time) return html`<p>${t(lang, 'app.loading')}</p>`;
    const { evolution } = model;
    const select = (id: string) => this.choose(id);
    const apart = model.regions.apart.b.map((id) => evolution.lineages.find((l) => l.id === id)?.nameB ?? id);
    return html`
      <h2>${t(lang, 'evo.heading', { a: String(evolution.a), b: String(evolution.b) })}</h2>
      <fieldset class="years">
        <legend>${t(lang, 'evo.years')}</legend>
        ${this.renderPicker('a')} ${this.renderPicker('b')}
      </fieldset>
      <p class="note">${t(lang, 'evo.rule')}</p>
      ${renderReconciliation(lang, evolution)} ${renderTable(lang, evolution, model.table, select)}
      ${renderMergers(lang, evolution, select)}
      ${renderRegions(lang, evolution, model.regions, this.net, (on) =>
        this.emit('evolutions-change', { evoA: this.a, evoB: this.b, evoNet: on }),
      )}
      ${
        apart.length
          ? html`<p class="note">
              ${t(lang, 'evo.regions.apartList', { year: String(evolution.b), names: apart.join(', ') })}
            </p>`
          : nothing
      }
      <h3>
        ${t(lang, 'lineage.heading', { first: String(this.time.firstYear), last: String(this.time.lastYear) })}
      </h3>
      <p class="note">${t(lang, 'lineage.hint')}</p>
      <div class="exports">
        <button type="button" name="lineage-svg" @click=${() => this.exportSvg()}>
          ${t(lang, 'lineage.export.svg')}
        </button>
        <button type="button" name="lineage-csv" @click=${() => this.exportCsv()}>
          ${t(lang, 'lineage.export.csv')}
        </button>
      </div>
      <div class="lineage" @pointerleave=${() => (this.hover = null)}>
        <div class="lineage-box" tabindex="0" role="region" aria-label=${this.diagramTitle()}>
          <svg class="chart"></svg>
        </div>
        ${tooltipBox(this.hover)}
      </div>
    `;
  }
}
