// SPDX-License-Identifier: MIT
// demo.html: two embedded maps side by side, each under the snippet that makes it. The maps are
// built from the same snippet builders as the "Partager / Intégrer" dialog, so what the page shows
// is what a webmaster copies. The embed module itself is loaded by demo.html from ./embed/.
import { embedAttributes, iframeSnippet, scriptSnippet } from '../elements/poles-share/snippets.ts';
import { t } from '../i18n/messages.ts';
import { DEFAULT_STATE, EMPTY_FILTERS, type ViewState } from '../state/view-state.ts';

const DEMOS: ViewState[] = [
  { ...DEFAULT_STATE, filters: { ...EMPTY_FILTERS, regions: ['76'] }, lang: 'fr' },
  { ...DEFAULT_STATE, filters: { ...EMPTY_FILTERS, regions: ['84'] }, lang: 'en' },
];

const base = new URL('./', document.baseURI);
DEMOS.forEach((state, i) => {
  const figure = document.querySelector(`[data-demo="${i}"]`)!;
  figure.querySelector('pre')!.textContent = scriptSnippet(state, base);
  const map = document.createElement('poles-map');
  for (const [name, value] of embedAttributes(state).attributes) map.setAttribute(name, value);
  figure.append(map);
});
document.querySelector('#iframe-snippet')!.textContent = iframeSnippet(DEMOS[0]!, base, t('fr', 'map.label'));

// The dev server has no built embed/ folder: register the elements from the sources instead.
if (import.meta.env.DEV) await import('../embed.ts');
