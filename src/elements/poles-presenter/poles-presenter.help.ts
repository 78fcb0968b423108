// SPDX-License-Identifier: MIT
// The `?` overlay: every key of the presentation (src/tour/keys.ts KEY_HELP) and what it does.
import { html, nothing } from 'lit';
import { t, type Lang } from '../../i18n/messages.ts';
import { KEY_HELP, type KeyName } from '../../tour/keys.ts';

const keyName = (lang: Lang, key: KeyName) =>
  typeof key === 'string' ? key : t(lang, `presenter.key.${key.word}`);

export function renderHelp(lang: Lang, open: boolean, close: () => void) {
  if (!open) return nothing;
  return html`<section class="help" role="dialog" aria-labelledby="help-title">
    <h2 id="help-title">${t(lang, 'presenter.help.title')}</h2>
    <dl>
      ${KEY_HELP.map(
        (entry) =>
          html`<div>
            <dt>${entry.keys.map((key, i) => html`${i ? ' ' : ''}<kbd>${keyName(lang, key)}</kbd>`)}</dt>
            <dd>${t(lang, `presenter.help.${entry.action}` as const)}</dd>
          </div>`,
      )}
    </dl>
    <button type="button" name="help-close" @click=${close}>${t(lang, 'presenter.help.close')}</button>
  </section>`;
}
