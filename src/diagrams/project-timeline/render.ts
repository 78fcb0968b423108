// SPDX-License-Identifier: MIT
// Draws a project's timeline into an SVG (idempotent): the years as ticks, each stage as a dot on the
// axis with its name and date above or below it, alternately.
import { t, type Lang } from '../../i18n/messages.ts';
import { HEADER, group, prepareRoot, r2, sizeRoot } from '../svg.ts';
import type { TimelineLayout, TimelineMark } from './layout.ts';

const MARGIN = 70;
const AXIS = HEADER + 56;

export function renderTimeline(
  svg: SVGSVGElement,
  layout: TimelineLayout,
  options: { lang: Lang; title: string },
): void {
  const root = prepareRoot(svg, { name: 'project-timeline', title: options.title });
  sizeRoot(root, layout.width + 2 * MARGIN, AXIS + 60);
  const g = group(root, 'axis').attr('transform', `translate(${MARGIN},${AXIS})`);
  g.selectAll('line.base')
    .data([layout.width])
    .join('line')
    .attr('class', 'base')
    .attr('x2', (d) => r2(d))
    .attr('stroke', '#555');
  const ticks = g
    .selectAll<SVGGElement, { year: number; x: number }>('g.tick')
    .data(layout.years, (d) => String(d.year))
    .join((enter) => {
      const tick = enter.append('g').attr('class', 'tick');
      tick.append('line').attr('y2', 5).attr('stroke', '#555');
      tick.append('text').attr('y', 48).attr('text-anchor', 'middle').attr('fill', '#555');
      return tick;
    })
    .attr('transform', (d) => `translate(${r2(d.x)},0)`);
  ticks.select('text').text((d) => String(d.year));
  const marks = g
    .selectAll<SVGGElement, TimelineMark>('g.mark')
    .data(layout.marks, (d) => d.status)
    .join((enter) => {
      const mark = enter.append('g').attr('class', 'mark');
      mark.append('circle').attr('r', 5).attr('stroke', '#222');
      mark.append('text').attr('text-anchor', 'middle');
      return mark;
    })
    .attr('data-status', (d) => d.status)
    .attr('transform', (d) => `translate(${r2(d.x)},0)`);
  marks.select('circle').attr('fill', (d) => d.colour);
  marks
    .select('text')
    .attr('y', (d) => (d.row === 0 ? -12 : 24))
    .text((d) => `${t(options.lang, `projects.stage.${d.status}`)} ${d.date}`);
}
