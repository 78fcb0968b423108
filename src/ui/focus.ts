// SPDX-License-Identifier: MIT

/** The focused element, looking inside shadow roots (document.activeElement stops at a host). */
export function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
