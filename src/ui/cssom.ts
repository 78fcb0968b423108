// SPDX-License-Identifier: MIT
// Inline styles written through the CSSOM: a strict `style-src 'self'` policy refuses `style`
// attributes (lit's styleMap writes one on first render), but not `element.style.setProperty`.
import { ref } from 'lit/directives/ref.js';

/** An element directive setting the given CSS properties on its element: `<span ${cssom({ background })}>`. */
export function cssom(properties: Record<string, string>) {
  return ref((element) => {
    if (!(element instanceof HTMLElement || element instanceof SVGElement)) return;
    for (const [name, value] of Object.entries(properties)) element.style.setProperty(name, value);
  });
}
