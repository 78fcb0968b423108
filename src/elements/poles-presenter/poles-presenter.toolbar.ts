// SPDX-License-Identifier: MIT
// The presenter's toolbar: the keyboard actions as buttons (a mouse or a touch screen at the desk,
// and the user gesture full screen needs), the language switch and the exports of the view. On the
// stage it hides while the talk runs; the presenter view keeps it (and has no exports).
import { html, nothing } from 'lit';
import type { TableExport } from '../../export/download.ts';
import type { ExportPreset } from '../../export/size.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import type { TourAction } from '../../tour/keys.ts';

export interface ToolbarState {
  blackout: boolean;
  /** Hidden (it comes back on a pointer move, a hover, keyboard focus or ?). */
  idle: boolean;
  /** The list of the keys is open. */
  help: boolean;
  /** In the presenter view: no exports, no button to open the presenter view. */
  speaker?: boolean;
  fullscreen: boolean;
  exporting: boolean;
  act(action: TourAction): void;
  toggleLanguage(): void;
  exportPicture(preset: ExportPreset): void;
  exportTable(kind: TableExport): void;
}

/**
 * Runs `run`; a mouse click (detail > 0) also drops the button's focus, so that a later Space (next
 * stop) does not press the same button again. Keyboard users keep their focus.
 */
const press = (run: () => void) => (event: MouseEvent) => {
  if (event.detail > 0) (event.currentTarget as HTMLElement).blur();
  run();
};

export function renderToolbar(lang: Lang, s: ToolbarState) {
  return html`<div
    class="toolbar ${s.idle ? 'idle' : ''}"
    role="toolbar"
    aria-label=${t(lang, 'presenter.toolbar')}
    aria-describedby="keys"
  >
    <p id="keys" class="sr-only">${t(lang, 'presenter.keys')}</p>
    <div class="group">
      <button type="button" name="previous" @click=${press(() => s.act({ type: 'previous' }))}>
        ← ${t(lang, 'presenter.previous')}
      </button>
      <button type="button" name="next" @click=${press(() => s.act({ type: 'next' }))}>
        ${t(lang, 'presenter.next')} →
      </button>
      <button
        type="button"
        name="blackout"
        aria-pressed=${s.blackout ? 'true' : 'false'}
        @click=${press(() => s.act({ type: 'blackout' }))}
      >
        ${t(lang, 'presenter.blackout')}
      </button>
      <button
        type="button"
        name="fullscreen"
        aria-pressed=${s.fullscreen ? 'true' : 'false'}
        @click=${press(() => s.act({ type: 'fullscreen' }))}
      >
        ${t(lang, s.fullscreen ? 'presenter.exitFullscreen' : 'presenter.fullscreen')}
      </button>
      <button
        type="button"
        name="lang"
        lang=${lang === 'fr' ? 'en' : 'fr'}
        aria-label=${t(lang, 'app.langSwitchLabel')}
        @click=${press(() => s.toggleLanguage())}
      >
        ${t(lang, 'app.langSwitch')}
      </button>
      ${
        s.speaker
          ? nothing
          : html`<button
              type="button"
              name="presenter-view"
              @click=${press(() => s.act({ type: 'presenterView' }))}
            >
              ${t(lang, 'presenter.view.open')}
            </button>`
      }
      <button
        type="button"
        name="help"
        aria-pressed=${s.help ? 'true' : 'false'}
        @click=${press(() => s.act({ type: 'help' }))}
      >
        ${t(lang, 'presenter.help')}
      </button>
    </div>
    ${s.speaker ? nothing : renderExports(lang, s)}
  </div>`;
}

function renderExports(lang: Lang, s: ToolbarState) {
  return html`
    <div class="group" role="group" aria-label=${t(lang, 'export.label')}>
      <button
        type="button"
        name="export-png"
        ?disabled=${s.exporting}
        @click=${press(() => s.exportPicture('1080p'))}
      >
        ${t(lang, 'export.png')}
      </button>
      <button
        type="button"
        name="export-png-4k"
        ?disabled=${s.exporting}
        @click=${press(() => s.exportPicture('4k'))}
      >
        ${t(lang, 'export.png4k')}
      </button>
      ${(['poles-csv', 'sites-csv', 'geojson'] as const).map(
        (kind) =>
          html`<button type="button" name=${`export-${kind}`} @click=${press(() => s.exportTable(kind))}>
            ${t(lang, kind === 'poles-csv' ? 'export.polesCsv' : kind === 'sites-csv' ? 'export.sitesCsv' : 'export.geojson')}
          </button>`,
      )}
    </div>
  `;
}
