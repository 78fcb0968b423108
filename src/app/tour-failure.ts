// SPDX-License-Identifier: MIT
// present.html when the chosen tour cannot be run: the reason, with the fields at fault as
// parseTour names them, and the ways out (the default tour, the editor), instead of a blank stage
// or a silent switch to another tour in front of an audience.
import { t } from '../i18n/messages.ts';
import { readPresenterHash } from '../tour/navigation.ts';
import { TourError } from '../tour/tour.ts';
import './tour-failure.css';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

/** Replaces `host` (the presenter) by the failure's explanation; data strings are set as text. */
export function showTourFailure(host: Element | null, error: unknown): void {
  const { lang } = readPresenterHash(window.location.hash, 1);
  document.documentElement.lang = lang;
  const problems =
    error instanceof TourError ? error.problems : [error instanceof Error ? error.message : String(error)];
  const main = element('main');
  main.className = 'tour-failure';
  const list = element('ul');
  list.append(...problems.map((problem) => element('li', problem)));
  const defaultTour = element('a', t(lang, 'tourFailure.default'));
  defaultTour.href = `${window.location.pathname}#stop=1&lang=${lang}`;
  const editor = element('a', t(lang, 'tourFailure.editor'));
  editor.href = new URL('index.html', window.location.href).pathname;
  const ways = element('p');
  ways.append(defaultTour, ' ', editor);
  main.append(
    element('h1', t(lang, 'tourFailure.title')),
    element('p', t(lang, 'tourFailure.intro')),
    list,
    ways,
  );
  main.setAttribute('role', 'alert');
  if (host) host.replaceWith(main);
  else document.body.append(main);
}
