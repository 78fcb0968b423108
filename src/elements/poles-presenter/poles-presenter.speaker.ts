// SPDX-License-Identifier: MIT
// The presenter view (`present.html?presenter`, key P): for the speaker's own screen, the stop shown
// in the hall with its caption, the speaker's notes, the next stop, the time elapsed and the clock.
// Its keys and buttons move the hall's screen too (sync.controller.ts).
import { css, html, nothing } from 'lit';
import { t, type Lang } from '../../i18n/messages.ts';
import { formatElapsed } from '../../tour/sync.ts';

export interface SpeakerState {
  n: number;
  total: number;
  blackout: boolean;
  current: { title: string; lines: string[] };
  /** null on the last stop. */
  next: { title: string } | null;
  notes: string | null;
  elapsedMs: number;
  now: Date;
  resetTime(): void;
}

export function renderSpeaker(lang: Lang, s: SpeakerState) {
  const clock = s.now.toLocaleTimeString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return html`<main class="speaker" aria-label=${t(lang, 'presenter.view.label')}>
    <header class="times">
      <p>
        <span class="what">${t(lang, 'presenter.view.elapsed')}</span>
        <span class="elapsed">${formatElapsed(s.elapsedMs)}</span>
      </p>
      <p>
        <span class="what">${t(lang, 'presenter.view.clock')}</span>
        <span class="clock">${clock}</span>
      </p>
      <button type="button" name="reset-time" @click=${s.resetTime}>
        ${t(lang, 'presenter.view.reset')}
      </button>
    </header>
    <section class="current" aria-live="polite">
      <p class="what">${t(lang, 'presenter.view.current', { n: s.n, total: s.total })}</p>
      <h1>${s.current.title}</h1>
      ${s.current.lines.map((line) => html`<p>${line}</p>`)}
      ${s.blackout ? html`<p class="blackout-note">${t(lang, 'presenter.view.blackout')}</p>` : nothing}
    </section>
    <section class="notes">
      <h2 class="what">${t(lang, 'presenter.view.notes')}</h2>
      ${
        s.notes
          ? s.notes.split('\n').map((line) => html`<p>${line}</p>`)
          : html`<p class="none">${t(lang, 'presenter.view.noNotes')}</p>`
      }
    </section>
    <section class="next">
      <h2 class="what">${t(lang, 'presenter.view.next')}</h2>
      <p>${s.next ? s.next.title : t(lang, 'presenter.view.end')}</p>
    </section>
  </main>`;
}

/** A dark desk screen with large type: read at a glance while speaking. */
export const speakerStyles = css`
  .speaker {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    grid-template-rows: auto minmax(0, 1fr) auto;
    grid-template-areas: 'times times' 'current notes' 'next notes';
    gap: 1.2vw 2vw;
    height: 100%;
    box-sizing: border-box;
    padding: 1.5vw 2vw 4.5em;
    font-size: clamp(18px, 1.6vw, 48px);
    line-height: 1.35;
  }
  .times {
    grid-area: times;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 1em 3em;
  }
  .times p {
    margin: 0;
  }
  .elapsed,
  .clock {
    font-size: 2em;
    font-weight: 800;
    font-variant-numeric: tabular-nums;
  }
  .what {
    display: block;
    margin: 0 0 0.2em;
    font-size: 0.85em;
    font-weight: 700;
    color: #ffd33d;
  }
  .current {
    grid-area: current;
    overflow: auto;
  }
  .current h1 {
    margin: 0 0 0.3em;
    font-size: 1.5em;
    line-height: 1.2;
  }
  .current p,
  .notes p,
  .next p {
    margin: 0 0 0.4em;
  }
  .notes {
    grid-area: notes;
    overflow: auto;
    padding: 0.6em 0.9em;
    border-left: 0.25em solid #ffd33d;
    background: #161b22;
  }
  .notes .none {
    color: #d0d7de;
  }
  .next {
    grid-area: next;
    padding-top: 0.6em;
    border-top: 2px solid #57606a;
    font-size: 1.1em;
  }
  .blackout-note {
    display: inline-block;
    padding: 0.2em 0.6em;
    background: #fff;
    color: #0b0d10;
    font-weight: 700;
  }
`;
