// SPDX-License-Identifier: MIT
// A diagram as a standalone SVG file: namespaced, with its font in an embedded <style>, its title and
// legend (both drawn inside the diagram), and none of the page's event handlers.
import { DIAGRAM_FONT } from './svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The text of a standalone SVG file for `svg` (the live element is left untouched). */
export function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // As a namespace declaration (not a plain attribute), so that serialisers do not write it twice.
  clone.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  clone.removeAttribute('data-diagram');
  const style = svg.ownerDocument.createElementNS(SVG_NS, 'style');
  // Font only: colours are attributes on each mark, and a CSS fill would override them.
  style.textContent = `svg { font-family: ${DIAGRAM_FONT}; background: #fff; }`;
  const title = clone.querySelector(':scope > title');
  clone.insertBefore(style, title ? title.nextSibling : clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}
