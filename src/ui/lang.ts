// SPDX-License-Identifier: MIT
import { parseLang, type Lang } from '../i18n/messages.ts';

/**
 * The language of an element: its own `lang`, else the nearest ancestor's, crossing shadow roots
 * (Element.closest stops at a shadow root, so an element inside our app would never see the page's).
 */
export function inheritedLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return parseLang(node.getAttribute('lang'));
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'fr';
}
