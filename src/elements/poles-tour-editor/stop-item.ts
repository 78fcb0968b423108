// SPDX-License-Identifier: MIT
// One stop of <poles-tour-editor>: its title and actions (preview, move, delete), the problems that
// concern it, and its fields (title, caption and notes in French and English, the highlighted pôle,
// the view), each followed by its own problems as parseTour names them.
import { html, nothing } from 'lit';
import { isLabelledIn } from '../../data/time/label-status.ts';
import { t, type Lang, type MessageKey } from '../../i18n/messages.ts';
import { decodeHash } from '../../state/hash.ts';
import { problemsAt, stopProblems, type DraftField, type DraftStop } from '../../tour/draft.ts';
import type { TourText } from '../../tour/tour.ts';
import type { PolesFile } from '../../types.ts';

export interface StopItemContext {
  lang: Lang;
  stop: DraftStop;
  index: number;
  count: number;
  problems: readonly string[];
  poles: PolesFile | null;
  /** The pôle selected in the app, offered as the highlight. */
  selected: string | null;
  open: boolean;
  dropTarget: boolean;
  on: {
    toggle: (open: boolean) => void;
    text: (field: DraftField, lang: Lang, value: string) => void;
    highlight: (id: string) => void;
    preview: () => void;
    move: (delta: number) => void;
    remove: () => void;
    useCurrent: () => void;
    dropCamera: () => void;
    keydown: (event: KeyboardEvent) => void;
    dragStart: (event: DragEvent) => void;
    dragOver: (event: DragEvent) => void;
    drop: (event: DragEvent) => void;
    dragEnd: () => void;
  };
}

const problemList = (id: string, problems: readonly string[]) =>
  problems.length
    ? html`<ul class="problems" id=${id}>
        ${problems.map((p) => html`<li>${p}</li>`)}
      </ul>`
    : nothing;

/** A French and an English field, with the problems of both under them. */
function textPair(c: StopItemContext, field: DraftField, text: TourText, multiline: boolean) {
  const { stop, index } = c;
  const problems = problemsAt(c.problems, `stops[${index}].${field}`);
  const problemsId = `${stop.id}-${field}-problems`;
  const input = (lang: Lang) => {
    const id = `${stop.id}-${field}-${lang}`;
    const label = t(c.lang, `tourEditor.${field}${lang === 'fr' ? 'Fr' : 'En'}` as MessageKey);
    const invalid = problems.some((p) => p.startsWith(`${lang}:`) || !/^(fr|en):/.test(p));
    const onInput = (e: Event) => c.on.text(field, lang, (e.target as HTMLInputElement).value);
    return html`<label for=${id}>${label}</label> ${
        multiline
          ? html`<textarea
              id=${id}
              name=${`${field}-${lang}`}
              lang=${lang}
              rows=${field === 'notes' ? 3 : 2}
              .value=${text[lang]}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${problems.length ? problemsId : nothing}
              @input=${onInput}
            ></textarea>`
          : html`<input
              type="text"
              id=${id}
              name=${`${field}-${lang}`}
              lang=${lang}
              .value=${text[lang]}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${problems.length ? problemsId : nothing}
              @input=${onInput}
            />`
      }`;
  };
  return html`<div class="pair">${input('fr')} ${input('en')} ${problemList(problemsId, problems)}</div>`;
}

function highlightField(c: StopItemContext) {
  const { stop, lang } = c;
  const id = `${stop.id}-highlight`;
  const year = decodeHash(stop.state).state.year;
  const options = (c.poles?.features ?? [])
    .filter((f) => isLabelledIn(f.properties, year) || f.id === stop.highlight)
    .map((f) => ({ id: f.id, name: f.properties.shortName }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }));
  const known = !stop.highlight || options.some((o) => o.id === stop.highlight);
  return html`<div class="highlight">
    <label for=${id}>${t(lang, 'tourEditor.highlight')}</label>
    <select
      id=${id}
      name="highlight"
      @change=${(e: Event) => c.on.highlight((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!stop.highlight}>${t(lang, 'tourEditor.highlightNone')}</option>
      ${known ? nothing : html`<option value=${stop.highlight} selected>${stop.highlight}</option>`}
      ${options.map((o) => html`<option value=${o.id} ?selected=${o.id === stop.highlight}>${o.name}</option>`)}
    </select>
    <button type="button" ?disabled=${!c.selected} @click=${() => c.selected && c.on.highlight(c.selected)}>
      ${t(lang, 'tourEditor.highlightSelected')}
    </button>
  </div>`;
}

export function renderStopItem(c: StopItemContext) {
  const { stop, index, count, lang } = c;
  const n = index + 1;
  const title = stop.title[lang] || stop.title.fr || stop.title.en || stop.state;
  const ownProblems = stopProblems(c.problems, index).map((p) =>
    p.replace(`stops[${index}]`, '').replace(/^[.:]\s?/, ''),
  );
  const hasCamera = new URLSearchParams(stop.state.slice(1)).has('cam');
  return html`<li
    class="stop ${c.dropTarget ? 'drop-target' : ''}"
    data-id=${stop.id}
    tabindex="0"
    aria-label=${`${t(lang, 'tourEditor.stop', { n })} — ${title}`}
    aria-describedby="move-help"
    @keydown=${c.on.keydown}
    @dragover=${c.on.dragOver}
    @drop=${c.on.drop}
  >
    <div class="head">
      <span
        class="handle"
        draggable="true"
        aria-hidden="true"
        title=${t(lang, 'tourEditor.moveHelp')}
        @dragstart=${c.on.dragStart}
        @dragend=${c.on.dragEnd}
        >⠿</span
      >
      <span class="n">${n}</span>
      <span class="stop-title">${title}</span>
    </div>
    <div class="actions" role="group" aria-label=${t(lang, 'tourEditor.stop', { n })}>
      <button type="button" name="preview" @click=${c.on.preview}>${t(lang, 'tourEditor.preview')}</button>
      <button type="button" name="up" ?disabled=${index === 0} @click=${() => c.on.move(-1)}>
        ${t(lang, 'tourEditor.up')}
      </button>
      <button type="button" name="down" ?disabled=${index === count - 1} @click=${() => c.on.move(1)}>
        ${t(lang, 'tourEditor.down')}
      </button>
      <button type="button" name="delete" @click=${c.on.remove}>${t(lang, 'tourEditor.delete')}</button>
    </div>
    ${problemList(`${stop.id}-problems`, ownProblems)}
    <details ?open=${c.open} @toggle=${(e: Event) => c.on.toggle((e.target as HTMLDetailsElement).open)}>
      <summary>${t(lang, 'tourEditor.edit')}</summary>
      ${textPair(c, 'title', stop.title, false)} ${textPair(c, 'caption', stop.caption, true)}
      ${textPair(c, 'sources', stop.sources, false)} ${highlightField(c)}
      ${textPair(c, 'notes', stop.notes, true)}
      <p class="state">
        ${t(lang, 'tourEditor.view')} <code>${stop.state}</code>
        <button type="button" @click=${c.on.useCurrent}>${t(lang, 'tourEditor.useCurrent')}</button>
        ${
          hasCamera
            ? html`<button type="button" @click=${c.on.dropCamera}>
                ${t(lang, 'tourEditor.dropCamera')}
              </button>`
            : nothing
        }
      </p>
    </details>
  </li>`;
}
