// SPDX-License-Identifier: MIT
import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { t, type Lang, type MessageKey } from '../../i18n/messages.ts';
import { DEFAULT_STATE, type ViewState } from '../../state/view-state.ts';
import { copyField } from './copy.ts';
import { polesShareStyles } from './poles-share.styles.ts';
import { embedAttributes, iframeSnippet, scriptSnippet, viewLink } from './snippets.ts';

type Field = 'link' | 'script' | 'iframe';

interface FieldSpec {
  field: Field;
  label: MessageKey;
  help: MessageKey | null;
  text: string;
}

/** The focused element, looked up through open shadow roots (document.activeElement stops at a host). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * "Partager / Intégrer": a button that opens a dialog with the link to the current view and the two
 * ways to put it on another site, a module script with `<poles-map>` or an `<iframe>` of embed.html,
 * each with a copy button.
 *
 * The dialog is a native modal `<dialog>` opened with showModal(): the rest of the page is inert (the
 * focus stays in the dialog), Escape closes it, and the focus goes back to whatever opened it.
 *
 * @csspart button - the button that opens the dialog.
 * @csspart dialog - the dialog box.
 */
export class PolesShare extends LitElement {
  static override styles = polesShareStyles;

  /** The view to share; its language is the dialog's. @default DEFAULT_STATE */
  @property({ attribute: false }) state: ViewState = DEFAULT_STATE;
  /**
   * URL of the folder where the app is published, with index.html, embed.html and embed/.
   * @default the folder of the page (Vite's relative base)
   */
  @property() base: string | null = null;

  @state() private status: { field: Field; message: string } | null = null;
  @query('dialog') private dialog!: HTMLDialogElement;
  private opener: HTMLElement | null = null;

  /** Opens the dialog; the element focused now gets the focus back when it closes. */
  open(): void {
    this.opener = deepActiveElement();
    this.status = null;
    this.dialog.showModal();
  }

  close(): void {
    this.dialog.close();
  }

  private get publishedBase(): URL {
    return new URL(this.base ?? import.meta.env.BASE_URL, document.baseURI);
  }

  // Chromium restores the focus by itself on close, not every browser does (nor after open() from code).
  private readonly onClose = (): void => {
    this.opener?.focus();
    this.opener = null;
  };

  private async copy(field: Field): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#share-${field}`);
    if (!area) return;
    const result = await copyField(area);
    const key = result === 'copied' ? 'share.copied' : 'share.selected';
    this.status = { field, message: t(this.state.lang, key) };
  }

  protected override render() {
    const lang = this.state.lang;
    const base = this.publishedBase;
    const fields: FieldSpec[] = [
      { field: 'link', label: 'share.link', help: null, text: viewLink(this.state, base) },
      {
        field: 'script',
        label: 'share.script',
        help: 'share.scriptHelp',
        text: scriptSnippet(this.state, base),
      },
      {
        field: 'iframe',
        label: 'share.iframe',
        help: 'share.iframeHelp',
        text: iframeSnippet(this.state, base, t(lang, 'map.label')),
      },
    ];
    const { dropped } = embedAttributes(this.state);
    return html`
      <button type="button" part="button" aria-haspopup="dialog" @click=${this.open}>
        ${t(lang, 'share.open')}
      </button>
      <dialog part="dialog" aria-labelledby="share-title" @close=${this.onClose}>
        <button type="button" class="close" @click=${this.close}>${t(lang, 'share.close')}</button>
        <h2 id="share-title">${t(lang, 'share.title')}</h2>
        ${fields.map((spec) => this.renderField(lang, spec))}
        ${dropped.length ? html`<p class="note">${t(lang, 'share.dropped', { fields: dropped.join(', ') })}</p>` : nothing}
      </dialog>
    `;
  }

  private renderField(lang: Lang, { field, label, help, text }: FieldSpec) {
    const id = `share-${field}`;
    return html`<section>
      <label for=${id}>${t(lang, label)}</label>
      ${help ? html`<p class="help" id="${id}-help">${t(lang, help)}</p>` : nothing}
      <textarea
        id=${id}
        readonly
        rows=${field === 'link' ? 2 : 3}
        spellcheck="false"
        aria-describedby=${help ? `${id}-help` : nothing}
        .value=${text}
      ></textarea>
      <div class="row">
        <button
          type="button"
          class="copy"
          aria-label=${t(lang, 'share.copyWhat', { what: t(lang, label) })}
          @click=${() => this.copy(field)}
        >
          ${t(lang, 'share.copy')}
        </button>
        <p class="status" role="status">${this.status?.field === field ? this.status.message : ''}</p>
      </div>
    </section>`;
  }
}
