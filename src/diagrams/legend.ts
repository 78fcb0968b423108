// SPDX-License-Identifier: MIT
// The legend drawn inside each diagram's SVG, so that an exported file explains itself.
import { group, r2, wrapLines, type Group } from './svg.ts';

export interface LegendSwatch {
  key: string;
  label: string;
  colour: string;
}

export interface LegendSpec {
  /** Title of the swatch list (what the colours are). */
  title: string;
  swatches: LegendSwatch[];
  /** Sentences on how to read widths, counts and modes. */
  notes: string[];
}

/** Width of the legend column. */
export const LEGEND_WIDTH = 240;
const LINE = 13;
const FONT = 10;

/** Draws `spec` into `parent`'s `g.legend` and returns its height. */
export function renderLegend(parent: Group, spec: LegendSpec): number {
  const g = group(parent, 'legend');
  g.selectAll('text.legend-title')
    .data([spec.title])
    .join('text')
    .attr('class', 'legend-title')
    .attr('y', LINE - 3)
    .attr('font-weight', 'bold')
    .text((d) => d);

  const items = group(g, 'legend-swatches').attr('transform', `translate(0,${LINE + 2})`);
  const item = items
    .selectAll<SVGGElement, LegendSwatch>('g.legend-item')
    .data(spec.swatches, (d) => d.key)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'legend-item');
      e.append('rect').attr('width', 10).attr('height', 10).attr('y', 1);
      e.append('text').attr('x', 15).attr('y', 10);
      return e;
    })
    .attr('transform', (_, i) => `translate(0,${i * LINE})`);
  // A thin outline keeps light and hollow swatches visible on white.
  item
    .select('rect')
    .attr('fill', (d) => d.colour)
    .attr('stroke', '#8c8c8c')
    .attr('stroke-width', 0.5);
  item.select('text').text((d) => d.label);

  let y = LINE + 2 + spec.swatches.length * LINE + 8;
  const notes = group(g, 'legend-notes');
  const blocks = spec.notes.map((note) => {
    const lines = wrapLines(note, LEGEND_WIDTH, FONT);
    const block = { y, lines };
    y += lines.length * LINE + 5;
    return block;
  });
  notes
    .selectAll('text')
    .data(blocks)
    .join('text')
    .attr('y', (d) => r2(d.y + LINE - 3))
    .attr('fill', '#444')
    .selectAll('tspan')
    .data((d) => d.lines)
    .join('tspan')
    .attr('x', 0)
    .attr('dy', (_, i) => (i === 0 ? 0 : LINE))
    .text((d) => d);
  return y;
}
