// SPDX-License-Identifier: MIT
// Shared SVG plumbing of the D3 diagrams: an idempotent root (a second render updates the first
// one's nodes instead of stacking new ones) and child groups found again by class on re-render.
import { select, type BaseType, type Selection } from 'd3-selection';

export type Root = Selection<SVGSVGElement, unknown, null, undefined>;
export type Group = Selection<SVGGElement, unknown, null, undefined>;

/** Font of every diagram; also written into exported SVG files. */
export const DIAGRAM_FONT = "system-ui, 'DejaVu Sans', sans-serif";

/** Height of the visible title band at the top of every diagram. */
export const HEADER = 30;

export interface RootOptions {
  /** Which diagram owns the root: switching diagrams clears it, re-rendering one keeps it. */
  name: string;
  /** Accessible name, first `<title>` and visible heading of the SVG (an exported file says what it is). */
  title: string;
}

/** The diagram's root: cleared when another diagram owned it, with its title and heading set. */
export function prepareRoot(svg: SVGSVGElement, options: RootOptions): Root {
  const root = select(svg);
  if (root.attr('data-diagram') !== options.name) {
    root.selectAll('*').remove();
    root.attr('data-diagram', options.name);
  }
  root
    .attr('role', 'img')
    .attr('aria-label', options.title)
    .attr('font-family', DIAGRAM_FONT)
    .attr('font-size', 10);
  root
    .selectAll('title.diagram-title')
    .data([options.title])
    .join((enter) => enter.insert('title', ':first-child').attr('class', 'diagram-title'))
    .text((d) => d);
  root
    .selectAll('text.diagram-heading')
    .data([options.title])
    .join('text')
    .attr('class', 'diagram-heading')
    .attr('x', 8)
    .attr('y', 19)
    .attr('font-size', 13)
    .attr('font-weight', 'bold')
    .text((d) => d);
  return root;
}

/** Sets the drawing size; the element scales the SVG to its width through the viewBox. */
export function sizeRoot(root: Root, width: number, height: number): void {
  root.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
}

/** The `<g class=…>` child of `parent`, created on first use. */
export function group<P extends BaseType>(
  parent: Selection<P, unknown, null, undefined>,
  className: string,
): Group {
  return parent
    .selectAll<SVGGElement, unknown>(`:scope > g.${className}`)
    .data([null])
    .join('g')
    .attr('class', className) as unknown as Group;
}

export { r2 } from './round.ts';

/** Lines of at most about `width` pixels for a font size (SVG text does not wrap by itself). */
export function wrapLines(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(8, Math.floor(width / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Long names keep a readable axis: cut with an ellipsis; the full name stays in the `<title>`. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** What a diagram reports back to its host (the element): hover texts and choices. */
export interface Interaction {
  /** Hover text of the item under the pointer, or null when it leaves. */
  onHover?: (text: string | null, event: MouseEvent) => void;
  /** A selection string (data/partnership-selection.ts) chosen by a click. */
  onSelect?: (selection: string) => void;
}

/** Gives each item of `items` a `<title>` (the hover text, also read by screen readers) and handlers. */
export function interactive<E extends SVGElement, D>(
  items: Selection<E, D, SVGGElement, unknown>,
  text: (d: D) => string,
  selection: (d: D) => string,
  interaction: Interaction,
): void {
  items
    .attr('cursor', 'pointer')
    .on('pointerenter', (event: Event, d: D) => interaction.onHover?.(text(d), event as MouseEvent))
    .on('pointerleave', (event: Event) => interaction.onHover?.(null, event as MouseEvent))
    .on('click', (event: Event, d: D) => {
      event.stopPropagation();
      interaction.onSelect?.(selection(d));
    });
  items
    .selectAll('title')
    .data((d) => [text(d)])
    .join('title')
    .text((d) => d);
}
