// SPDX-License-Identifier: MIT
// Draws the funnel into an SVG with a D3 join keyed by stage (idempotent): stage names on the left,
// counts on the right, so that no text lies on a coloured bar.
import { t, type Lang } from '../../i18n/messages.ts';
import { HEADER, group, prepareRoot, r2, sizeRoot } from '../svg.ts';
import type { FunnelBar, FunnelLayout } from './layout.ts';

const LABEL = 130;

export function renderFunnel(
  svg: SVGSVGElement,
  layout: FunnelLayout,
  options: { lang: Lang; title: string; note: string },
): void {
  const root = prepareRoot(svg, { name: 'funnel', title: options.title });
  const width = layout.axis * 2;
  const height = layout.bars.length * layout.rowHeight + layout.rowHeight / 2;
  sizeRoot(root, LABEL + width + 60, HEADER + height + 30);
  const rows = group(root, 'bars')
    .attr('transform', `translate(${LABEL},${HEADER + 8})`)
    .selectAll<SVGGElement, FunnelBar>('g.stage')
    .data(layout.bars, (d) => d.status)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'stage');
      g.append('text').attr('class', 'name').attr('x', -8).attr('text-anchor', 'end').attr('dy', '0.35em');
      g.append('rect').attr('class', 'bar');
      g.append('text').attr('class', 'count').attr('dy', '0.35em');
      return g;
    })
    .attr('data-status', (d) => d.status)
    .attr('transform', (d) => `translate(0,${r2(d.y)})`);
  const mid = r2((layout.rowHeight - 4) / 2);
  rows
    .select('text.name')
    .attr('y', mid)
    .text((d) => t(options.lang, `projects.stage.${d.status}`));
  rows
    .select('rect.bar')
    .attr('x', (d) => r2(d.x))
    .attr('width', (d) => r2(d.width))
    .attr('height', layout.rowHeight - 4)
    .attr('fill', (d) => d.colour);
  rows
    .select('text.count')
    .attr('x', (d) => r2(Math.max(d.x + d.width, layout.axis) + 6))
    .attr('y', mid)
    .text((d) => String(d.count));
  group(root, 'note')
    .selectAll('text')
    .data([options.note])
    .join('text')
    .attr('x', 8)
    .attr('y', HEADER + height + 22)
    .text((d) => d);
}
