// SPDX-License-Identifier: MIT
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { fetchDataFile, loadDataset, type Dataset } from '../../data/dataset.ts';
import type { TableExport } from '../../export/download.ts';
import { exportFileName, type ExportPreset } from '../../export/size.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import type { ViewState } from '../../state/view-state.ts';
import defaultTour from '../../tour/default-tour.json';
import { fillText, stopFigures } from '../../tour/figures.ts';
import { actionOfKey, type TourAction } from '../../tour/keys.ts';
import {
  DIGIT_MS,
  START,
  presenterHash,
  readPresenterHash,
  step,
  typeDigit,
  type TourPosition,
} from '../../tour/navigation.ts';
import { positionMessage, type SyncMessage } from '../../tour/sync.ts';
import { STATE_PARAM, currentViewTour } from '../../tour/current.ts';
import { TourError, checkHighlights, parseTour, type Tour, type TourStop } from '../../tour/tour.ts';
import { stageBars } from '../../diagrams/stage-bars/layout.ts';
import { renderStageBars } from '../../diagrams/stage-bars/render.ts';
import type { PartnershipsFile } from '../../types.ts';

import { renderToolbar } from './poles-presenter.toolbar.ts';
import { renderHelp } from './poles-presenter.help.ts';
import { renderSources } from './poles-presenter.sources.ts';
import { renderSpeaker, speakerStyles } from './poles-presenter.speaker.ts';
import { polesPresenterStyles } from './poles-presenter.styles.ts';
import { SyncController } from './sync.controller.ts';

// The exporters (PNG composition, an offscreen map, CSV writers) load on the first export only.
const exporters = () => import('../../export/download.ts');

/** Time without a pointer move after which the controls hide, leaving the hall the slide alone. */
const IDLE_MS = 3000;

/** Name of the presenter view's window: a second P brings the same window back instead of another. */
const SPEAKER_WINDOW = 'poles-presenter-view';

/** Controls where Space and Enter belong to the control itself (a button press, typing). */
const OWN_KEYS = new Set(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY']);

/**
 * Presenter mode for a big screen: a tour of stops, each a view of the map (and of the partnership
 * diagram for partnership stops) under a caption whose figures come from the data. The stop and the
 * language live in the URL (`#stop=3&lang=en`), so a reload lands on the same stop.
 *
 * Keys: → PageDown Space next; ← PageUp previous; 1-9 go to a stop; Home first stop; B or . black
 * screen; F full screen; P the presenter view; ? the list of the keys (toolbar buttons too).
 *
 * With the `speaker` attribute (`present.html?presenter`) it is the presenter view instead: the stop
 * shown with its notes, the next stop, the time elapsed and the clock. Both windows keep in step.
 *
 * @cssproperty --poles-font - font family of the texts.
 */
export class PolesPresenter extends LitElement {
  static override styles = [polesPresenterStyles, speakerStyles];

  /** The tour; src/tour/default-tour.json when not set. */
  @property({ attribute: false }) tour: Tour | null = null;
  /** The data; loaded from the data folder next to the page when not given. */
  @property({ attribute: false }) data: Dataset | null = null;
  /** The presenter view (notes, next stop, time) rather than the stage. @default false */
  @property({ type: Boolean, reflect: true }) speaker = false;

  @state() private partnerships: PartnershipsFile | null = null;
  @state() private position: TourPosition = START;
  @state() private language: Lang = 'fr';
  @state() private failure: string | null = null;
  @state() private status: string | null = null;
  @state() private exporting = false;
  @state() private fullscreen = false;
  /** The toolbar fades out after a while without the pointer, leaving the audience a clean screen. */
  @state() private idle = false;
  /** The `?` list of the keys is shown (with the controls). */
  @state() private help = false;
  /** Presenter view: the start of the talk's time, and the clock's last tick. */
  @state() private startedAt = Date.now();
  @state() private now = new Date();
  private clockTimer = 0;
  private readonly sync = new SyncController(
    this,
    () => this.stops.length,
    (message) => this.receive(message),
  );
  @query('poles-map') private mapElement?: HTMLElement;

  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);
  private readonly onHash = () => this.readHash();
  private readonly onFullscreen = () => (this.fullscreen = document.fullscreenElement === this);
  private readonly onPointer = () => this.wake();
  private idleTimer = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('hashchange', this.onHash);
    document.addEventListener('fullscreenchange', this.onFullscreen);
    this.addEventListener('pointermove', this.onPointer);
    this.wake();
    if (!this.tour) {
      try {
        // The app's "Présenter" opens its current view (?state=); the default tour otherwise.
        const state = new URLSearchParams(window.location.search).get(STATE_PARAM);
        this.tour = parseTour(state ? currentViewTour(state) : defaultTour);
      } catch (error) {
        this.fail(error);
      }
    }
    this.readHash();
    // Where is the talk? The stage answers a presenter view that opens (not the other way round: a
    // reloaded stage keeps the stop of its own URL).
    this.sync.send({ type: 'hello', stops: this.stops.length });
    if (this.speaker) this.clockTimer = window.setInterval(() => (this.now = new Date()), 1000);
    if (!this.data)
      loadDataset().then(
        (data) => (this.data ??= data),
        (error: unknown) => this.fail(error),
      );
    // Partnership figures of the captions; the diagram and the map's arcs fetch the same file once.
    fetchDataFile<PartnershipsFile>('partnerships.json').then(
      (file) => (this.partnerships = file),
      (error: unknown) => this.fail(error),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('hashchange', this.onHash);
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    this.removeEventListener('pointermove', this.onPointer);
    clearTimeout(this.idleTimer);
    clearInterval(this.clockTimer);
  }

  /** A message of the other window: its new place in the talk, or a presenter view asking for ours. */
  private receive(message: SyncMessage): void {
    if (message.type === 'hello') {
      if (!this.speaker) this.broadcast();
      return;
    }
    this.position = { stop: message.stop, blackout: message.blackout };
    this.setLanguage(message.lang);
    this.status = null;
    this.writeHash();
  }

  private broadcast(): void {
    this.sync.send(positionMessage(this.position, this.language, this.stops.length));
  }

  /** Shows the toolbar, and hides it again after IDLE_MS without a pointer move. */
  private wake(): void {
    this.idle = false;
    clearTimeout(this.idleTimer);
    this.idleTimer = window.setTimeout(() => (this.idle = true), IDLE_MS);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A tour that the data contradicts is refused whole: a wrong caption on stage is worse than none.
    if ((changed.has('tour') || changed.has('data')) && this.tour && this.data) {
      const problems = checkHighlights(this.tour, this.data.poles, this.data.time);
      if (problems.length) this.fail(new TourError(problems));
    }
  }

  private get stops(): TourStop[] {
    return this.tour?.stops ?? [];
  }

  private get stop(): TourStop | undefined {
    return this.stops[this.position.stop];
  }

  private shown: { stop: TourStop; lang: Lang; view: ViewState } | null = null;

  /**
   * The view of the current stop, in the presenter's language: the same object until the stop or
   * the language changes, so that a toolbar fade or a status line does not redraw the map.
   */
  private get view(): ViewState | null {
    const stop = this.stop;
    if (!stop) return null;
    if (this.shown?.stop !== stop || this.shown.lang !== this.language)
      this.shown = { stop, lang: this.language, view: { ...stop.view, lang: this.language } };
    return this.shown.view;
  }

  private readHash(): void {
    const { stop, lang } = readPresenterHash(window.location.hash, Math.max(this.stops.length, 1));
    this.position = { stop, blackout: false };
    this.setLanguage(lang);
    // The canonical form (a bare present.html, a stop beyond the tour), so the URL always says where we are.
    this.writeHash();
  }

  private setLanguage(lang: Lang): void {
    this.language = lang;
    this.setAttribute('lang', lang);
    document.documentElement.lang = lang;
  }

  /** Replaces the URL's hash: stops are not history entries, Back leaves the presentation. */
  private writeHash(): void {
    history.replaceState(history.state, '', presenterHash(this.position.stop, this.language));
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    const target = event.composedPath()[0];
    const tag = target instanceof Element ? target.tagName : '';
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    if (event.key === 'Escape' && this.help) {
      this.act({ type: 'help' });
      return;
    }
    if (OWN_KEYS.has(tag) && (event.key === ' ' || event.key === 'Enter')) return;
    const action = this.typedStop(event) ?? actionOfKey(event);
    if (!action) return;
    // Space and PageDown would scroll, Home would jump, F could start a find-as-you-type.
    event.preventDefault();
    this.act(action);
  }

  /** Digits typed within DIGIT_MS: 1 to 9 go to their stop, two of them to stops 10 and beyond. */
  private typed = '';
  private typedAt = 0;

  private typedStop(event: KeyboardEvent): TourAction | null {
    if (!/^[0-9]$/.test(event.key) || event.altKey || event.ctrlKey || event.metaKey) return null;
    const now = Date.now();
    const { typed, stop } = typeDigit(
      now - this.typedAt < DIGIT_MS ? this.typed : '',
      event.key,
      this.stops.length,
    );
    this.typed = typed;
    this.typedAt = now;
    return stop === null ? null : { type: 'jump', stop };
  }

  /** Applies a key or toolbar action. */
  act(action: TourAction): void {
    switch (action.type) {
      case 'fullscreen':
        this.toggleFullscreen();
        return;
      case 'help':
        this.help = !this.help;
        if (!this.help) this.wake();
        return;
      case 'presenterView':
        if (!this.speaker) this.openSpeakerView();
        return;
    }
    const before = this.position;
    this.position = step(this.position, action, this.stops.length);
    if (this.position.stop !== before.stop) this.status = null;
    this.writeHash();
    if (this.position.stop !== before.stop || this.position.blackout !== before.blackout) this.broadcast();
  }

  /** The presenter view in a second window (a key press or a click is the gesture pop-ups need). */
  private openSpeakerView(): void {
    const url = new URL(window.location.href);
    url.searchParams.set('presenter', '1');
    url.hash = presenterHash(this.position.stop, this.language);
    const opened = window.open(url.href, SPEAKER_WINDOW, 'popup,width=1100,height=760');
    if (!opened) this.status = t(this.language, 'presenter.view.blocked');
  }

  /** Needs a user gesture (a key press or a click): browsers refuse it from a timer. */
  private toggleFullscreen(): void {
    const request = document.fullscreenElement ? document.exitFullscreen() : this.requestFullscreen();
    request.catch(() => (this.status = t(this.language, 'presenter.fullscreenFailed')));
  }

  private toggleLanguage(): void {
    this.setLanguage(this.language === 'fr' ? 'en' : 'fr');
    this.writeHash();
    this.broadcast();
  }

  private fail(error: unknown): void {
    this.failure = error instanceof Error ? error.message : String(error);
  }

  /** The stop's title and caption lines with their figures filled in. */
  private texts(stop: TourStop, view: ViewState): { title: string; lines: string[] } {
    const figures = this.data
      ? stopFigures({ ...this.data, partnerships: this.partnerships }, view, stop.highlight)
      : {};
    return {
      title: fillText(stop.title[this.language], figures, this.language),
      lines: fillText(stop.caption[this.language], figures, this.language).split('\n'),
    };
  }

  private async exportPicture(preset: ExportPreset): Promise<void> {
    const view = this.view;
    if (!this.data || !view || !this.stop || this.exporting) return;
    const lang = this.language;
    const { title, lines } = this.texts(this.stop, view);
    const box = this.mapElement?.getBoundingClientRect();
    this.exporting = true;
    this.status = t(lang, 'export.working');
    try {
      const { downloadPng } = await exporters();
      await downloadPng({
        data: this.data,
        state: view,
        preset,
        title,
        subtitle: lines,
        ...(box ? { screen: { width: box.width, height: box.height } } : {}),
      });
      this.status = t(lang, 'export.done', { file: exportFileName('png', view, preset) });
    } catch (error) {
      this.status = t(lang, 'export.failed', {
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      this.exporting = false;
    }
  }

  private exportTable(kind: TableExport): void {
    const view = this.view;
    const data = this.data;
    if (data && view) void exporters().then(({ downloadShown }) => downloadShown(kind, data, view));
  }

  protected override render() {
    const lang = this.language;
    if (this.failure) {
      return html`<p class="error" role="alert">
        ${t(lang, 'presenter.tourError', { message: this.failure })}
      </p>`;
    }
    const stop = this.stop;
    const view = this.view;
    if (!stop || !view) return nothing;
    // The map frames itself once, at its first size: it waits for the data, so that the caption
    // band under it already holds its final text (no placeholder figures that would resize it).
    if (!this.data || !this.partnerships)
      return html`<p class="error" role="status">${t(lang, 'app.loading')}</p>`;
    return this.speaker ? this.renderSpeakerView(stop, view) : this.renderStage(stop, view);
  }

  private renderStage(stop: TourStop, view: ViewState) {
    const lang = this.language;
    const { title, lines } = this.texts(stop, view);
    const links = view.view === 'links';
    const { blackout } = this.position;
    const n = this.position.stop + 1;
    const total = this.stops.length;
    // The controls hide while the talk runs; a pointer move or ? brings them back.
    const idle = this.idle && !this.help;
    return html`<main aria-label=${t(lang, 'presenter.label')}>
      <div class="stage ${links ? 'with-links' : ''}" aria-hidden=${blackout ? 'true' : 'false'}>
        <poles-map stage .data=${this.data} .state=${view}></poles-map>
        ${links ? this.renderBars(view) : nothing}
      </div>
      <div class="band" aria-hidden=${blackout ? 'true' : 'false'}>
        <div aria-live="polite">
          ${keyed(
            n,
            html`<section class="caption">
              <h1>${title}</h1>
              ${lines.map((line) => html`<p>${line}</p>`)}
              ${renderSources(lang, stop, this.data?.time.counts ?? [])}
            </section>`,
          )}
        </div>
        <p class="counter">
          <span class="sr-only">${t(lang, 'presenter.counter', { n, total })}</span>
          <span aria-hidden="true">${n} / ${total}</span>
        </p>
      </div>
      ${renderToolbar(lang, {
        blackout,
        idle,
        help: this.help,
        fullscreen: this.fullscreen,
        exporting: this.exporting,
        act: (action) => this.act(action),
        toggleLanguage: () => this.toggleLanguage(),
        exportPicture: (preset) => void this.exportPicture(preset),
        exportTable: (kind) => this.exportTable(kind),
      })}
      ${renderHelp(lang, this.help, () => this.act({ type: 'help' }))}
      ${this.status ? html`<p class="status ${idle ? 'idle' : ''}" role="status">${this.status}</p>` : nothing}
      <div class="blackout" ?hidden=${!blackout}>
        <p class="sr-only" role="status">${blackout ? t(lang, 'presenter.blackoutOn') : ''}</p>
      </div>
    </main>`;
  }

  private renderSpeakerView(stop: TourStop, view: ViewState) {
    const lang = this.language;
    const next = this.stops[this.position.stop + 1];
    const nextView = next ? { ...next.view, lang } : null;
    return html`${renderSpeaker(lang, {
      n: this.position.stop + 1,
      total: this.stops.length,
      blackout: this.position.blackout,
      current: this.texts(stop, view),
      next: next && nextView ? { title: this.texts(next, nextView).title } : null,
      notes: stop.notes?.[lang] ?? null,
      elapsedMs: this.now.getTime() - this.startedAt,
      now: this.now,
      resetTime: () => {
        this.startedAt = Date.now();
        this.now = new Date();
      },
    })}
    ${renderToolbar(lang, {
      blackout: this.position.blackout,
      idle: false,
      help: this.help,
      fullscreen: this.fullscreen,
      exporting: this.exporting,
      speaker: true,
      act: (action) => this.act(action),
      toggleLanguage: () => this.toggleLanguage(),
      exportPicture: () => undefined,
      exportTable: () => undefined,
    })}
    ${renderHelp(lang, this.help, () => this.act({ type: 'help' }))}`;
  }

  /**
   * The partnership diagram of the stage, beside the map: a few bars in the hall's type size (by
   * partner country when the stop selects one, else by kind), from the same filters as the arcs.
   */
  private renderBars(view: ViewState) {
    if (!this.data || !this.partnerships) return nothing;
    const bars = stageBars({ poles: this.data.poles, partnerships: this.partnerships }, view);
    const title = t(
      this.language,
      bars.mode === 'countries' ? 'presenter.bars.countries' : 'presenter.bars.kinds',
    );
    return renderStageBars(this.language, bars, title);
  }
}
