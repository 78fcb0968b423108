// SPDX-License-Identifier: MIT
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Dataset } from '../../data/dataset.ts';
import { plural, t, type Lang } from '../../i18n/messages.ts';
import { decodeHash, encodeHash } from '../../state/hash.ts';
import { DEFAULT_STATE, type ViewState } from '../../state/view-state.ts';
import {
  addStop,
  draftOf,
  draftProblems,
  draftsOfTour,
  moveStop,
  removeStop as withoutStop,
  serialiseTour,
  stopFromView,
  toTourJson,
  tourProblems,
  updateStop,
  type DraftField,
  type DraftStop,
} from '../../tour/draft.ts';
import { LOCAL_TOUR_PARAM } from '../../tour/source.ts';
import { STORE_KEY, browserStorage, readStoredTour, writeStoredTour } from '../../tour/store.ts';
import { TourError, parseTourText, type TourText } from '../../tour/tour.ts';
import { renderStopItem } from './stop-item.ts';
import { polesTourEditorStyles } from './poles-tour-editor.styles.ts';

/** The drag type of a stop being moved (files dropped on the panel come as 'Files'). */
const STOP_DRAG = 'application/x-poles-tour-stop';

/** A status line, with the list the action replaced when it can be undone. */
interface Status {
  text: string;
  undo?: DraftStop[];
  problems?: string[];
}

/**
 * The tour editor of the app: "Add this view to the tour" records the view shown as a stop; each
 * stop's title, caption, highlighted pôle and speaker notes are edited in French and English,
 * checked as the presenter checks them, reordered (drag and drop, buttons, Alt + arrows), previewed
 * and deleted. The tour is kept in this browser until reset, saved as and opened from a JSON file
 * (picker or drop), and presented with present.html?local-tour.
 *
 * @fires tour-preview - `{ state: ViewState }`: the view of a stop, to show in the app.
 */
export class PolesTourEditor extends LitElement {
  static override styles = polesTourEditorStyles;

  /** The view shown by the app: what "Add this view" records; its language is the editor's. */
  @property({ attribute: false }) view: ViewState = DEFAULT_STATE;
  /** The app's data, for the pôles to highlight and the checks against the data. */
  @property({ attribute: false }) data: Dataset | null = null;

  @state() private stops: DraftStop[] = [];
  @state() private notice: 'corrupt' | 'noStorage' | null = null;
  @state() private status: Status | null = null;
  /** Said by screen readers after a move, an addition or a deletion. */
  @state() private announcement = '';
  /** Stops whose fields are unfolded (a new stop is, its caption is to write). */
  @state() private open = new Set<string>();
  @state() private dragging: string | null = null;
  @state() private dropTarget: string | null = null;
  @state() private fileOver = false;

  private readonly storage = browserStorage();

  private get language(): Lang {
    return this.view.lang;
  }
  private readonly onStorage = (event: StorageEvent) => {
    // Another tab of the app changed the tour: follow it rather than overwrite it on the next edit.
    if (event.key === STORE_KEY) this.load();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
    this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
  }

  private load(): void {
    const { stops, corrupt } = readStoredTour(this.storage);
    this.stops = stops.map(draftOf);
    this.notice = corrupt ? 'corrupt' : this.storage ? null : 'noStorage';
  }

  /** Applies an edit and keeps it in the browser. */
  private commit(stops: DraftStop[]): void {
    this.stops = stops;
    if (!writeStoredTour(this.storage, toTourJson(stops).stops)) this.notice = 'noStorage';
    else if (this.notice === 'noStorage') this.notice = null;
  }

  private titleOf(stop: DraftStop): string {
    return stop.title[this.language] || stop.title.fr || stop.title.en || stop.state;
  }

  private defaultTitle(): TourText {
    const view = this.view;
    const pole = view.pole ? this.data?.poles.features.find((f) => f.id === view.pole) : undefined;
    const title = (lang: Lang) =>
      t(lang, pole ? 'tourEditor.defaultTitlePole' : 'tourEditor.defaultTitle', {
        view: t(lang, `view.${view.view}`),
        year: String(view.year),
        pole: pole?.properties.shortName ?? '',
      });
    return { fr: title('fr'), en: title('en') };
  }

  private add(): void {
    const stop = stopFromView(this.view, this.defaultTitle());
    this.commit(addStop(this.stops, stop));
    this.open = new Set([...this.open, stop.id]);
    this.status = null;
    this.announcement = t(this.language, 'tourEditor.added', {
      n: this.stops.length,
      title: this.titleOf(stop),
    });
  }

  private removeStop(stop: DraftStop): void {
    const before = this.stops;
    this.commit(withoutStop(before, stop.id));
    this.status = {
      text: t(this.language, 'tourEditor.deleted', { title: this.titleOf(stop) }),
      undo: before,
    };
  }

  /** Moves a stop by `delta` places; the focus stays on what moved it, or on the stop when that is gone. */
  private async move(stop: DraftStop, delta: number, focus: 'up' | 'down' | 'item'): Promise<void> {
    const from = this.stops.findIndex((s) => s.id === stop.id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= this.stops.length) return;
    this.commit(moveStop(this.stops, from, to));
    this.announce(stop, to);
    await this.updateComplete;
    const item = this.renderRoot.querySelector<HTMLElement>(`li.stop[data-id="${stop.id}"]`);
    const button =
      focus === 'item' ? null : item?.querySelector<HTMLButtonElement>(`button[name="${focus}"]`);
    (button && !button.disabled ? button : item)?.focus();
  }

  private announce(stop: DraftStop, index: number): void {
    this.announcement = t(this.language, 'tourEditor.moved', {
      title: this.titleOf(stop),
      n: index + 1,
      total: this.stops.length,
    });
  }

  private onItemKey(stop: DraftStop, event: KeyboardEvent): void {
    // Alt + arrows on the stop itself: in a text field they belong to the text.
    if (!event.altKey || event.target !== event.currentTarget) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    void this.move(stop, event.key === 'ArrowUp' ? -1 : 1, 'item');
  }

  private editText(id: string, field: DraftField, lang: Lang, value: string): void {
    const stop = this.stops.find((s) => s.id === id);
    if (stop) this.commit(updateStop(this.stops, id, { [field]: { ...stop[field], [lang]: value } }));
  }

  /** Shows the stop's view in the app, as the presenter would (its highlight selected), in the app's language. */
  private preview(stop: DraftStop): void {
    const { state } = decodeHash(stop.state);
    const view: ViewState = { ...state, pole: stop.highlight || state.pole, lang: this.language };
    this.dispatchEvent(
      new CustomEvent('tour-preview', { detail: { state: view }, bubbles: true, composed: true }),
    );
  }

  private useCurrent(stop: DraftStop): void {
    this.commit(
      updateStop(this.stops, stop.id, {
        state: encodeHash({ ...this.view, lang: DEFAULT_STATE.lang, pole: null }),
        highlight: this.view.pole ?? stop.highlight,
      }),
    );
  }

  private dropCamera(stop: DraftStop): void {
    const { state } = decodeHash(stop.state);
    this.commit(
      updateStop(this.stops, stop.id, {
        state: encodeHash({ ...state, lang: DEFAULT_STATE.lang, camera: null }),
      }),
    );
  }

  private async save(problems: readonly string[]): Promise<void> {
    if (problems.length) {
      this.status = { text: t(this.language, 'tourEditor.cannotSave') };
      return;
    }
    const file = `parcours-poles-${new Date().toISOString().slice(0, 10)}.json`;
    const { downloadBlob } = await import('../../export/download.ts');
    downloadBlob(file, new Blob([serialiseTour(this.stops)], { type: 'application/json' }));
    this.status = { text: t(this.language, 'tourEditor.saved', { file }) };
  }

  /** Opens a tour file: refused whole, with its problems, when parseTour refuses it. */
  private async openFile(file: File): Promise<void> {
    try {
      const stops = draftsOfTour(parseTourText(await file.text()));
      const before = this.stops;
      this.commit(stops);
      this.open = new Set();
      this.status = {
        text: plural(this.language, 'tourEditor.opened', stops.length, { file: file.name }),
        undo: before,
      };
    } catch (error) {
      this.status = {
        text: t(this.language, 'tourEditor.openFailed', { file: file.name }),
        problems: error instanceof TourError ? error.problems : [String(error)],
      };
    }
  }

  private reset(): void {
    const before = this.stops;
    this.commit([]);
    this.status = { text: t(this.language, 'tourEditor.resetDone'), undo: before };
  }

  private undo(stops: DraftStop[]): void {
    this.commit(stops);
    this.status = null;
  }

  // Drag and drop: a stop onto another stop moves it there; a file onto the panel opens it.
  private dragStart(stop: DraftStop, event: DragEvent): void {
    const item = (event.target as HTMLElement).closest('li');
    event.dataTransfer?.setData(STOP_DRAG, stop.id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    if (item) event.dataTransfer?.setDragImage(item, 16, 16);
    this.dragging = stop.id;
  }

  private dragOverStop(stop: DraftStop, event: DragEvent): void {
    if (!this.dragging) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.dropTarget = stop.id;
  }

  private dropOnStop(stop: DraftStop, event: DragEvent): void {
    const moving = this.stops.find((s) => s.id === this.dragging);
    this.dragEnd();
    if (!moving) return;
    event.preventDefault();
    event.stopPropagation();
    const from = this.stops.indexOf(moving);
    const to = this.stops.indexOf(stop);
    if (from === to) return;
    this.commit(moveStop(this.stops, from, to));
    this.announce(moving, to);
  }

  private dragEnd(): void {
    this.dragging = null;
    this.dropTarget = null;
  }

  private dragOverPanel(event: DragEvent): void {
    if (this.dragging || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.fileOver = true;
  }

  private dropOnPanel(event: DragEvent): void {
    this.fileOver = false;
    const file = event.dataTransfer?.files[0];
    if (this.dragging || !file) return;
    event.preventDefault();
    void this.openFile(file);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The language of the texts shown changes with the app's; a status line in the other one goes.
    const before = changed.get('view');
    if (before && before.lang !== this.view.lang) this.status = null;
  }

  private presentUrl(): string {
    const base = new URL(import.meta.env.BASE_URL, document.baseURI);
    return new URL(`present.html?${LOCAL_TOUR_PARAM}#stop=1&lang=${this.language}`, base).href;
  }

  protected override render() {
    const lang = this.language;
    const problems = this.stops.length ? draftProblems(this.stops, this.data) : [];
    const whole = tourProblems(problems);
    return html`<section
      class=${this.fileOver ? 'file-over' : ''}
      aria-labelledby="tour-heading"
      @dragover=${(e: DragEvent) => this.dragOverPanel(e)}
      @dragleave=${() => (this.fileOver = false)}
      @drop=${(e: DragEvent) => this.dropOnPanel(e)}
    >
      <!-- The app's <summary> shows the same words: the heading is for the outline of screen readers. -->
      <h2 id="tour-heading" class="sr-only">${t(lang, 'tourEditor.label')}</h2>
      ${this.notice ? html`<p class="notice" role="alert">${t(lang, `tourEditor.${this.notice}`)}</p>` : nothing}
      <button type="button" class="add" @click=${() => this.add()}>${t(lang, 'tourEditor.add')}</button>
      <p class="sr-only" aria-live="polite">${this.announcement}</p>
      <p id="move-help" class="help">${t(lang, 'tourEditor.moveHelp')}</p>
      ${
        this.stops.length
          ? html`<ol class="stops">
              ${repeat(
                this.stops,
                (stop) => stop.id,
                (stop, index) => this.renderStop(stop, index, problems),
              )}
            </ol>`
          : html`<p class="help">${t(lang, 'tourEditor.empty')}</p>`
      }
      ${
        whole.length && this.stops.length
          ? html`<div class="problems-box">
              <p>${t(lang, 'tourEditor.problems')}</p>
              <ul class="problems">
                ${whole.map((p) => html`<li>${p}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${this.renderFileActions(problems)} ${this.renderStatus()}
    </section>`;
  }

  private renderStop(stop: DraftStop, index: number, problems: readonly string[]) {
    return renderStopItem({
      lang: this.language,
      stop,
      index,
      count: this.stops.length,
      problems,
      poles: this.data?.poles ?? null,
      selected: this.view.pole,
      open: this.open.has(stop.id),
      dropTarget: this.dropTarget === stop.id && this.dragging !== stop.id,
      on: {
        toggle: (open) => {
          if (open === this.open.has(stop.id)) return;
          const next = new Set(this.open);
          if (open) next.add(stop.id);
          else next.delete(stop.id);
          this.open = next;
        },
        text: (field, lang, value) => this.editText(stop.id, field, lang, value),
        highlight: (id) => this.commit(updateStop(this.stops, stop.id, { highlight: id })),
        preview: () => this.preview(stop),
        move: (delta) => void this.move(stop, delta, delta < 0 ? 'up' : 'down'),
        remove: () => this.removeStop(stop),
        useCurrent: () => this.useCurrent(stop),
        dropCamera: () => this.dropCamera(stop),
        keydown: (e) => this.onItemKey(stop, e),
        dragStart: (e) => this.dragStart(stop, e),
        dragOver: (e) => this.dragOverStop(stop, e),
        drop: (e) => this.dropOnStop(stop, e),
        dragEnd: () => this.dragEnd(),
      },
    });
  }

  private renderFileActions(problems: readonly string[]) {
    const lang = this.language;
    const ready = this.stops.length > 0 && problems.length === 0;
    return html`<div class="file" role="group" aria-label=${t(lang, 'tourEditor.label')}>
      <button
        type="button"
        name="save"
        ?disabled=${this.stops.length === 0}
        @click=${() => void this.save(problems)}
      >
        ${t(lang, 'tourEditor.save')}
      </button>
      <label class="button"
        >${t(lang, 'tourEditor.open')}<input
          type="file"
          name="open"
          accept=".json,application/json"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void this.openFile(file);
          }}
      /></label>
      <span class="help">${t(lang, 'tourEditor.drop')}</span>
      ${
        ready
          ? html`<a class="button present" href=${this.presentUrl()} target="_blank" rel="noopener"
              >${t(lang, 'tourEditor.present')}</a
            >`
          : html`<button type="button" class="present" disabled>${t(lang, 'tourEditor.present')}</button>`
      }
      <button type="button" name="reset" ?disabled=${this.stops.length === 0} @click=${() => this.reset()}>
        ${t(lang, 'tourEditor.reset')}
      </button>
    </div>`;
  }

  private renderStatus() {
    const status = this.status;
    return html`<div class="status" role="status">
      ${
        status
          ? html`<p>
                ${status.text}
                ${
                  status.undo
                    ? html`<button type="button" name="undo" @click=${() => this.undo(status.undo!)}>
                        ${t(this.language, 'tourEditor.undo')}
                      </button>`
                    : nothing
                }
              </p>
              ${
                status.problems
                  ? html`<ul class="problems">
                      ${status.problems.map((p) => html`<li>${p}</li>`)}
                    </ul>`
                  : nothing
              }`
          : nothing
      }
    </div>`;
  }
}
