// SPDX-License-Identifier: MIT
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { PoleRef } from '../../data/import-headers.ts';
import { projectsCsv } from '../../data/projects/csv.ts';
import {
  breakdown,
  breakdownKeys,
  BREAKDOWNS,
  UNKNOWN,
  type BreakdownKey,
} from '../../data/projects/breakdown.ts';
import { STAGES, STATUSES, type PartnershipProject, type ProjectStatus } from '../../data/projects/format.ts';
import { funnelByYear, type FunnelYear } from '../../data/projects/funnel.ts';
import {
  isSyntheticProjectList,
  SOURCED_PROJECT_FIGURES,
  AGREEMENTS_2010_BY_SECTOR,
} from '../../data/projects/sourced.ts';
import { standaloneSvg } from '../../diagrams/export.ts';
import { funnelLayout } from '../../diagrams/funnel/layout.ts';
import { renderFunnel } from '../../diagrams/funnel/render.ts';
import { timelineLayout } from '../../diagrams/project-timeline/layout.ts';
import { renderTimeline } from '../../diagrams/project-timeline/render.ts';
import { countryName } from '../../diagrams/texts.ts';
import { parseSelection } from '../../data/partnership-selection.ts';
import { regionKey } from '../../data/partnership-foreign-regions.ts';
import { formatNumber, parseLang, t, type Lang } from '../../i18n/messages.ts';
import { downloadText } from '../poles-links/download.ts';
import { ProjectsImportController } from './import.controller.ts';
import type { ViewState } from '../../state/view-state.ts';
import { polesProjectsStyles } from './poles-projects.styles.ts';

/**
 * Partnership projects and their maturity (issue 17): the sourced aggregates, the import of a list
 * (file picker or drop, checked in a worker, every row set aside named), the maturity funnel of the
 * app's year and by year, the list of the projects shown (the selected pôle's only, when one is)
 * with a project's timeline, and their exports (CSV of the rows shown, SVG of the charts).
 * The projects shown follow the selected pôle, the place selected in the partnership view, a
 * breakdown row and a stage.
 *
 * @event projects-change - `detail: { all, shown }` when the list imported or the projects shown
 *   change (the map draws `shown` by stage, a pôle's profile lists its projects from `all`).
 * @event projects-select - `detail`: the part of the selection a user changed, as view-state fields
 *   (`project`, `projectsBy`, `projectsRow`, `stage`), for the page to keep (the URL hash).
 * @csspart panel - the whole box.
 */
export class PolesProjects extends LitElement {
  static override styles = polesProjectsStyles;

  @property() override lang = 'fr';
  /** The pôles a list may name. */
  @property({ attribute: false }) poles: readonly PoleRef[] = [];
  /** The app's year: the funnel shows the end of it (within the list's years). */
  @property({ type: Number }) year = 2019;
  /** The selected pôle: only its projects are shown. */
  @property() pole: string | null = null;
  /** The partnership view's selection: a country (`country:CA`) or region (`region:CA-quebec`) filters the projects. */
  @property() place: string | null = null;
  /**
   * The selection, kept by the page (in the URL hash): the project whose timeline is shown, the
   * breakdown's dimension and chosen row, and the stage shown (null: all). A project or row that the
   * list loaded does not hold stays pending (not applied, said in a note) until a list holding it is
   * imported: a shared link names them before its reader has imported the list.
   */
  @property() project: string | null = null;
  @property() by: BreakdownKey = 'country';
  @property() row: string | null = null;
  @property() stage: ProjectStatus | null = null;
  /** The ids shown last told to the page, so that only a change is told. */
  private told: string | null = null;
  @state() private dragging = false;
  @query('svg.funnel') private funnelSvg?: SVGSVGElement;
  @query('svg.timeline') private timelineSvg?: SVGSVGElement;
  private readonly importer = new ProjectsImportController(this);

  /** The list's projects of the selected pôle and place (the breakdowns count these). */
  private ofPoleAndPlace(): PartnershipProject[] {
    const all = this.importer.result?.projects ?? [];
    const place = parseSelection(this.place);
    return all.filter(
      (p) =>
        (!this.pole || p.poles.includes(this.pole)) &&
        (place?.type !== 'country' || p.country === place.id) &&
        (place?.type !== 'region' ||
          (p.foreignRegion !== null && regionKey(p.country, p.foreignRegion) === place.id)),
    );
  }

  /** The breakdown row chosen, when the list loaded holds it (else it is pending). */
  private get only(): { by: BreakdownKey; key: string } | null {
    const { by, row } = this;
    const all = this.importer.result?.projects ?? [];
    return row !== null && all.some((p) => breakdownKeys(p, by).includes(row)) ? { by, key: row } : null;
  }

  /** A user's change of the selection: applied here, and told to the page, which keeps it. */
  private choose(patch: Partial<Pick<PolesProjects, 'project' | 'by' | 'row' | 'stage'>>): void {
    Object.assign(this, patch);
    const detail: Partial<ViewState> = {
      ...('project' in patch ? { project: this.project } : {}),
      ...('by' in patch ? { projectsBy: this.by } : {}),
      ...('row' in patch ? { projectsRow: this.row } : {}),
      ...('stage' in patch ? { stage: this.stage } : {}),
    };
    this.dispatchEvent(new CustomEvent('projects-select', { detail, bubbles: true, composed: true }));
  }

  /** The projects shown: the selected pôle's and place's, of the breakdown row and the stage chosen. */
  shown(): PartnershipProject[] {
    const only = this.only;
    return this.ofPoleAndPlace().filter(
      (p) =>
        (!only || breakdownKeys(p, only.by).includes(only.key)) && (!this.stage || p.status === this.stage),
    );
  }

  private funnelRow(funnel: readonly FunnelYear[]): FunnelYear | null {
    if (funnel.length === 0) return null;
    const first = funnel[0]!.year;
    const last = funnel[funnel.length - 1]!.year;
    return funnel[Math.min(last, Math.max(first, this.year)) - first]!;
  }

  private onFile(file: File | undefined): void {
    if (file) void this.importer.load(file, this.poles);
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragging = false;
    this.onFile(e.dataTransfer?.files[0]);
  }

  /** A chart's title, marked synthetic when the list is the generated sample (also in its SVG file). */
  private marked(lang: Lang, title: string): string {
    const projects = this.importer.result?.projects ?? [];
    return isSyntheticProjectList(projects) ? `${t(lang, 'projects.syntheticMark')} ${title}` : title;
  }

  protected override updated(): void {
    const lang = parseLang(this.lang);
    const shown = this.shown();
    this.tell(shown);
    const row = this.funnelRow(funnelByYear(shown));
    if (row && this.funnelSvg) {
      renderFunnel(this.funnelSvg, funnelLayout(row), {
        lang,
        title: this.marked(lang, t(lang, 'projects.funnel.title', { year: String(row.year) })),
        note: t(lang, 'projects.funnel.note'),
      });
    }
    const project = shown.find((p) => p.id === this.project);
    if (project && this.timelineSvg) {
      renderTimeline(this.timelineSvg, timelineLayout(project), {
        lang,
        title: this.marked(lang, t(lang, 'projects.timeline.title', { id: project.id })),
      });
    }
  }

  protected override render() {
    const lang = parseLang(this.lang);
    const { progress, result, failure } = this.importer;
    const shown = this.shown();
    const funnel = funnelByYear(shown);
    const synthetic = result !== null && isSyntheticProjectList(result.projects);
    return html`<section part="panel" aria-labelledby="projects-heading">
      <h2 id="projects-heading">${t(lang, 'projects.heading')}</h2>
      ${this.renderFigures(lang)}
      <div
        class="drop ${this.dragging ? 'over' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.dragging = true;
        }}
        @dragleave=${() => (this.dragging = false)}
        @drop=${(e: DragEvent) => this.onDrop(e)}
      >
        <p>${t(lang, 'projects.intro')}</p>
        <label
          >${t(lang, 'projects.import')}
          <input
            type="file"
            name="projects"
            accept=".csv,text/csv"
            @change=${(e: Event) => this.onFile((e.target as HTMLInputElement).files?.[0])}
        /></label>
        <span>${t(lang, 'projects.drop')}</span>
      </div>
      <p role="status" aria-live="polite">
        ${
          progress
            ? t(lang, 'projects.progress', {
                file: progress.file,
                done: progress.done,
                total: progress.total,
              })
            : failure
              ? t(lang, 'projects.failed', { message: failure })
              : result
                ? t(lang, 'projects.loaded', {
                    file: result.file,
                    n: result.projects.length,
                    rejected: result.rejected.length,
                  })
                : nothing
        }
      </p>
      ${synthetic ? html`<p class="synthetic" role="note">${t(lang, 'projects.synthetic')}</p>` : nothing}
      ${result && result.rejected.length > 0 ? this.renderRejected(lang, result.rejected) : nothing}
      ${result ? this.renderProjects(lang, shown, funnel, synthetic) : nothing}
    </section>`;
  }

  private renderFigures(lang: Lang) {
    return html`<details>
      <summary>${t(lang, 'projects.sourcedHeading')}</summary>
      <dl class="figures">
        ${SOURCED_PROJECT_FIGURES.map(
          (f) =>
            html`<dt>${f.value}</dt>
              <dd>
                ${t(lang, f.key as 'projects.fig.projects2008')} <span class="source">(${f.source})</span>
              </dd>`,
        )}
      </dl>
      <p>
        ${AGREEMENTS_2010_BY_SECTOR.map((s) => `${s.count} ${t(lang, s.key as 'projects.sector.aerospace')}`).join(', ')}
      </p>
      <p class="source">${t(lang, 'projects.fig.unknown')}</p>
    </details>`;
  }

  private renderRejected(lang: Lang, rows: NonNullable<ProjectsImportController['result']>['rejected']) {
    return html`<details open>
      <summary>${t(lang, 'projects.rejectedHeading')} (${rows.length})</summary>
      <ul class="rejected">
        ${rows.map(
          (r) =>
            html`<li>
              ${
                r.column
                  ? t(lang, 'projects.rejectedRow', {
                      row: String(r.row),
                      column: r.column,
                      reason: r.reason,
                    })
                  : t(lang, 'projects.rejectedRowNoColumn', { row: String(r.row), reason: r.reason })
              }
            </li>`,
        )}
      </ul>
    </details>`;
  }

  private renderProjects(lang: Lang, shown: PartnershipProject[], funnel: FunnelYear[], synthetic: boolean) {
    const mark = synthetic ? 'synthetique-' : '';
    const selected = shown.find((p) => p.id === this.project);
    return html`
      ${this.pole ? html`<p class="note">${t(lang, 'projects.filterPole', { pole: this.pole })}</p>` : nothing}
      ${this.renderPending(lang)} ${funnel.length > 0 ? html`<svg class="funnel"></svg>` : nothing}
      <button
        type="button"
        name="export-funnel"
        ?disabled=${funnel.length === 0}
        @click=${() => this.funnelSvg && downloadText(`${mark}entonnoir-projets.svg`, standaloneSvg(this.funnelSvg), 'image/svg+xml')}
      >
        ${t(lang, 'projects.exportFunnel')}
      </button>
      ${this.renderByYear(lang, funnel)} ${this.renderBreakdown(lang)} ${this.renderStageFilter(lang)}
      <h3>${t(lang, 'projects.list')} (${formatNumber(lang, shown.length)})</h3>
      <button
        type="button"
        name="export-projects"
        @click=${() => downloadText(`${mark}projets-affiches.csv`, `\ufeff${projectsCsv(shown)}`, 'text/csv;charset=utf-8')}
      >
        ${t(lang, 'projects.exportCsv')}
      </button>
      <div class="scroll" tabindex="0">
        <table class="projects">
          <thead>
            <tr>
              <th scope="col">${t(lang, 'projects.col.id')}</th>
              <th scope="col">${t(lang, 'projects.col.title')}</th>
              <th scope="col">${t(lang, 'projects.col.poles')}</th>
              <th scope="col">${t(lang, 'projects.col.country')}</th>
              <th scope="col">${t(lang, 'projects.col.region')}</th>
              <th scope="col">${t(lang, 'projects.col.stage')}</th>
            </tr>
          </thead>
          <tbody>
            ${shown.map(
              (p) =>
                html`<tr data-id=${p.id} aria-selected=${p.id === this.project ? 'true' : 'false'}>
                  <td>
                    <button
                      type="button"
                      class="row"
                      @click=${() => this.choose({ project: p.id === this.project ? null : p.id })}
                    >
                      ${p.id}
                    </button>
                  </td>
                  <td>${p.title}</td>
                  <td>${p.poles.map((id) => this.keyLabel(lang, 'pole', id)).join(', ')}</td>
                  <td>${countryName(lang, p.country)}</td>
                  <td>${p.foreignRegion ?? ''}</td>
                  <td>${t(lang, `projects.stage.${p.status}`)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${
        selected
          ? html`<svg class="timeline"></svg>
              <button
                type="button"
                name="export-timeline"
                @click=${() =>
                  this.timelineSvg &&
                  downloadText(
                    `${mark}chronologie-${selected.id}.svg`,
                    standaloneSvg(this.timelineSvg),
                    'image/svg+xml',
                  )}
              >
                ${t(lang, 'projects.exportTimeline')}
              </button>`
          : nothing
      }
    `;
  }

  /** Says which project or row of the selection (from a link) the list loaded does not hold. */
  private renderPending(lang: Lang) {
    const all = this.importer.result?.projects ?? [];
    const pending = [
      ...(this.project !== null && !all.some((p) => p.id === this.project) ? [this.project] : []),
      ...(this.row !== null && !this.only ? [this.keyLabel(lang, this.by, this.row)] : []),
    ];
    if (pending.length === 0) return nothing;
    return html`<p class="note pending" role="note">
      ${t(lang, 'projects.pending', { names: pending.join(', ') })}
    </p>`;
  }

  /** The label of a breakdown row's key. */
  private keyLabel(lang: Lang, by: BreakdownKey, key: string): string {
    if (key === UNKNOWN) return t(lang, 'projects.unknown');
    if (by === 'pole') return this.poles.find((p) => p.id === key)?.shortName ?? key;
    if (by === 'country') return countryName(lang, key);
    if (by === 'region') {
      const [country, region] = [key.slice(0, 2), key.slice(3)];
      return `${region} (${countryName(lang, country)})`;
    }
    return key;
  }

  /** Tells the page the projects shown, when they changed. */
  private tell(shown: PartnershipProject[]): void {
    const all = this.importer.result?.projects ?? [];
    const key = `${all.length}:${shown.map((p) => p.id).join(',')}`;
    if (key === this.told) return;
    this.told = key;
    this.dispatchEvent(
      new CustomEvent('projects-change', { detail: { all, shown }, bubbles: true, composed: true }),
    );
  }

  private renderStageFilter(lang: Lang) {
    return html`<label
      >${t(lang, 'projects.stageFilter')}
      <select
        name="stage"
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          this.choose({
            stage: (STATUSES as readonly string[]).includes(value) ? (value as ProjectStatus) : null,
          });
        }}
      >
        <option value="" ?selected=${this.stage === null}>${t(lang, 'projects.stageAll')}</option>
        ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === this.stage}>${t(lang, `projects.stage.${s}`)}</option>`)}
      </select></label
    >`;
  }

  private renderBreakdown(lang: Lang) {
    // Counted over the selected pôle's and place's projects, before the row filter, so that every row stays.
    const rows = breakdown(this.ofPoleAndPlace(), this.by);
    const only = this.only;
    return html`<label
        >${t(lang, 'projects.breakdown')}
        <select
          name="breakdown"
          @change=${(e: Event) =>
            this.choose({ by: (e.target as HTMLSelectElement).value as BreakdownKey, row: null })}
        >
          ${BREAKDOWNS.map((b) => html`<option value=${b} ?selected=${b === this.by}>${t(lang, `projects.by.${b}`)}</option>`)}
        </select></label
      >
      <div class="scroll" tabindex="0">
        <table class="breakdown">
          <thead>
            <tr>
              <th scope="col">${t(lang, `projects.by.${this.by}`)}</th>
              <th scope="col" class="number">${t(lang, 'projects.total')}</th>
              ${STATUSES.map((s) => html`<th scope="col" class="number">${t(lang, `projects.stage.${s}`)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map((r) => {
              const on = only?.by === this.by && only.key === r.key;
              return html`<tr data-key=${r.key} aria-selected=${on ? 'true' : 'false'}>
                <th scope="row">
                  <button
                    type="button"
                    class="row"
                    aria-pressed=${on ? 'true' : 'false'}
                    @click=${() => this.choose({ row: on ? null : r.key })}
                  >
                    ${this.keyLabel(lang, this.by, r.key)}
                  </button>
                </th>
                <td class="number">${r.total}</td>
                ${STATUSES.map((s) => html`<td class="number">${r.byStatus[s]}</td>`)}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;
  }

  private renderByYear(lang: Lang, funnel: FunnelYear[]) {
    if (funnel.length === 0) return nothing;
    return html`<div class="scroll" tabindex="0">
      <table class="by-year">
        <caption>
          ${t(lang, 'projects.byYear')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t(lang, 'projects.funnel.year')}</th>
            ${STAGES.map((s) => html`<th scope="col" class="number">${t(lang, `projects.stage.${s}`)}</th>`)}
            <th scope="col" class="number">${t(lang, 'projects.stage.abandonne')}</th>
          </tr>
        </thead>
        <tbody>
          ${funnel.map(
            (r) =>
              html`<tr>
                <th scope="row">${r.year}</th>
                ${STAGES.map((s) => html`<td class="number">${r.reached[s]}</td>`)}
                <td class="number">${r.abandoned}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
