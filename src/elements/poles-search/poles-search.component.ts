// SPDX-License-Identifier: MIT
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SearchHit, SearchIndex } from '../../data/search.ts';
import { t } from '../../i18n/messages.ts';
import { inheritedLang } from '../../ui/lang.ts';

/**
 * Search for pôles, member organisations and communes: an ARIA 1.2 combobox, used with the keyboard
 * (↑ ↓ to move, Enter to choose, Escape to close).
 *
 * @event search-select - `detail: SearchHit`, the hit the user chose.
 */
export class PolesSearch extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      margin-bottom: 8px;
    }
    input {
      box-sizing: border-box;
      width: 100%;
      padding: 5px 8px;
      font: inherit;
    }
    ul {
      position: absolute;
      z-index: 5;
      left: 0;
      right: 0;
      margin: 2px 0 0;
      padding: 0;
      max-height: 280px;
      overflow: auto;
      list-style: none;
      background: #fff;
      border: 1px solid #8c959f;
      border-radius: 4px;
      box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2);
    }
    li {
      padding: 4px 8px;
      cursor: pointer;
    }
    li[aria-selected='true'] {
      background: #0550ae;
      color: #fff;
    }
    .detail {
      display: block;
      font-size: 0.85em;
      opacity: 0.8;
    }
  `;

  @property({ attribute: false }) index: SearchIndex | null = null;
  /** Language of the texts (fr | en); inherited from the page when empty. @default '' */
  @property({ reflect: true }) override lang = '';
  @state() private hits: SearchHit[] = [];
  @state() private active = -1;

  private choose(hit: SearchHit): void {
    this.hits = [];
    this.active = -1;
    this.dispatchEvent(new CustomEvent('search-select', { detail: hit, bubbles: true, composed: true }));
  }

  private onInput(e: Event): void {
    this.hits = this.index?.search((e.target as HTMLInputElement).value) ?? [];
    this.active = this.hits.length ? 0 : -1;
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.hits.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
    } else if (e.key === 'Enter' && this.hits[this.active]) {
      e.preventDefault();
      this.choose(this.hits[this.active]!);
    } else if (e.key === 'Escape') {
      this.hits = [];
      this.active = -1;
    }
  }

  protected override render() {
    const lang = inheritedLang(this);
    const open = this.hits.length > 0;
    return html`<input
        type="search"
        role="combobox"
        aria-label=${t(lang, 'search.label')}
        aria-autocomplete="list"
        aria-controls="hits"
        aria-expanded=${open ? 'true' : 'false'}
        aria-activedescendant=${this.active >= 0 ? `hit-${this.active}` : ''}
        placeholder=${t(lang, 'search.placeholder')}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
      />
      ${
        open
          ? html`<ul id="hits" role="listbox" aria-label=${t(lang, 'search.label')}>
              ${this.hits.map(
                (hit, i) =>
                  html`<li
                    id="hit-${i}"
                    role="option"
                    aria-selected=${i === this.active ? 'true' : 'false'}
                    @mousedown=${(e: Event) => e.preventDefault()}
                    @click=${() => this.choose(hit)}
                  >
                    ${hit.label}
                    <span class="detail"
                      >${hit.eventKind ? t(lang, `search.event.${hit.eventKind}`) : t(lang, `search.kind.${hit.kind}`)}${hit.detail ? ` · ${hit.detail}` : ''}</span
                    >
                  </li>`,
              )}
            </ul>`
          : nothing
      }`;
  }
}
