// SPDX-License-Identifier: MIT
// Draws a lineage layout into an SVG with D3 joins keyed by lineage id and link id, so that a
// re-render (new years compared, new selection) updates the same elements. Text goes through
// .text() only.
import type { Selection } from 'd3-selection';
import { t, type Lang } from '../../i18n/messages.ts';
import { LEGEND_WIDTH, renderLegend } from '../legend.ts';
import { HEADER, group, interactive, prepareRoot, r2, sizeRoot, truncate, type Interaction } from '../svg.ts';
import type { LineageBand, LineageLayout, LineageLink, LineageRun } from './layout.ts';
import { bandText } from './texts.ts';

export interface LineageRenderOptions extends Interaction {
  lang: Lang;
  title: string;
  /** The date of the last stored source ("2025-12"), said in the legend. */
  asOf: string;
  /** Years compared in the Évolutions view, shaded. @default [] */
  marks?: readonly number[];
  /** Lineage drawn as selected. @default null */
  selected?: string | null;
}

/** Colours: a blue for labelled runs (readable in grey), its hatching for unknown statuses. */
export const LINEAGE_COLOURS = {
  labelled: '#3f6fa5',
  merger: '#9db7d5',
  delabelled: '#b2182b',
  ended: '#7f7f7f',
  mark: '#fff3bf',
} as const;

const HATCH_ID = 'lineage-hatch';
const AXIS = 22;
const RIGHT = 190;

function hatch(root: Selection<SVGSVGElement, unknown, null, undefined>): void {
  const pattern = group(root, 'defs-box')
    .selectAll('defs')
    .data([null])
    .join('defs')
    .selectAll('pattern')
    .data([HATCH_ID])
    .join((enter) => {
      const p = enter.append('pattern');
      p.append('rect').attr('width', 4).attr('height', 4).attr('fill', '#fff');
      p.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 4);
      return p;
    })
    .attr('id', (d) => d)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 4)
    .attr('height', 4)
    .attr('patternTransform', 'rotate(45)');
  pattern.select('line').attr('stroke', LINEAGE_COLOURS.labelled).attr('stroke-width', 2);
}

const runFill = (run: LineageRun) =>
  run.status === 'unknown' ? `url(#${HATCH_ID})` : LINEAGE_COLOURS.labelled;

/** A ribbon from the end of the predecessor's band to the successor's band. */
function linkPath(link: LineageLink, yearWidth: number): string {
  const a = link.x - yearWidth / 2;
  const b = link.x + yearWidth / 2;
  return `M${r2(a)},${r2(link.y0)} C${r2(link.x)},${r2(link.y0)} ${r2(link.x)},${r2(link.y1)} ${r2(b)},${r2(link.y1)}`;
}

export function renderLineage(
  svg: SVGSVGElement,
  layout: LineageLayout,
  options: LineageRenderOptions,
): void {
  const { lang } = options;
  const marks = options.marks ?? [];
  const band = Math.max(4, Math.round(layout.rowHeight * 0.6));
  const root = prepareRoot(svg, { name: 'lineage', title: options.title });
  // Its bands are buttons (focusable, chosen with Enter): a group, not an image whose content is
  // presentational (axe: nested-interactive).
  root.attr('role', 'group');
  hatch(root);
  const legendHeight = renderLegend(
    group(root, 'legend-box').attr('transform', `translate(8,${HEADER + 6})`),
    {
      title: t(lang, 'lineage.legend.title'),
      swatches: [
        { key: 'labelled', label: t(lang, 'lineage.legend.labelled'), colour: LINEAGE_COLOURS.labelled },
        { key: 'unknown', label: t(lang, 'lineage.legend.unknown'), colour: `url(#${HATCH_ID})` },
        { key: 'merger', label: t(lang, 'lineage.legend.merger'), colour: LINEAGE_COLOURS.merger },
        {
          key: 'delabelled',
          label: t(lang, 'lineage.legend.delabelled'),
          colour: LINEAGE_COLOURS.delabelled,
        },
        { key: 'ended', label: t(lang, 'lineage.legend.ended'), colour: LINEAGE_COLOURS.ended },
      ],
      notes: [
        t(lang, 'lineage.legend.rename'),
        t(lang, 'lineage.legend.gap'),
        t(lang, 'lineage.legend.asOf', { last: String(layout.lastYear), asOf: options.asOf }),
        ...(marks.length ? [t(lang, 'lineage.legend.marks', { years: marks.join(', ') })] : []),
      ],
    },
  );
  // The rows start under the heading, the legend and the year axis.
  const top = HEADER + 6 + legendHeight + AXIS;
  const width = Math.max(layout.x1 + RIGHT, LEGEND_WIDTH + 16);
  sizeRoot(root, width, top + layout.height + 8);

  const chart = group(root, 'lineage').attr('transform', `translate(0,${top})`);
  group(chart, 'marks')
    .selectAll('rect')
    .data(marks.filter((y) => y >= layout.firstYear && y <= layout.lastYear))
    .join('rect')
    .attr('x', (y) => r2(layout.years[y - layout.firstYear]!.x))
    .attr('y', -AXIS)
    .attr('width', layout.yearWidth)
    .attr('height', layout.height + AXIS)
    .attr('fill', LINEAGE_COLOURS.mark);
  const axis = group(chart, 'axis')
    .selectAll<SVGGElement, { year: number; x: number }>('g.year')
    .data(layout.years, (d) => String(d.year))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'year');
      g.append('line');
      g.append('text').attr('text-anchor', 'middle').attr('font-size', 9);
      return g;
    })
    .attr('transform', (d) => `translate(${r2(d.x)},0)`);
  axis.select('line').attr('y1', -4).attr('y2', layout.height).attr('stroke', '#e3e3e3');
  axis
    .select('text')
    .attr('x', r2(layout.yearWidth / 2))
    .attr('y', -8)
    // Two digits ("'19") keep the axis readable at 30 px a year; the first year is written in full.
    .text((d, i) => (i === 0 ? String(d.year) : `’${String(d.year).slice(2)}`));

  group(chart, 'links')
    .selectAll<SVGPathElement, LineageLink>('path.link')
    .data(layout.links, (d) => d.id)
    .join('path')
    .attr('class', 'link')
    .attr('data-key', (d) => d.id)
    .attr('d', (d) => linkPath(d, layout.yearWidth))
    .attr('fill', 'none')
    .attr('stroke', LINEAGE_COLOURS.merger)
    .attr('stroke-width', (d) => (d.joined ? band : 1.5))
    .attr('stroke-dasharray', (d) => (d.joined ? null : '2 3'));

  const rows = group(chart, 'bands')
    .selectAll<SVGGElement, LineageBand>('g.band')
    .data(layout.bands, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'band').attr('tabindex', 0).attr('role', 'button');
      g.append('rect').attr('class', 'hit');
      g.append('text').attr('class', 'name').attr('text-anchor', 'end').attr('dy', '0.35em');
      g.append('g').attr('class', 'runs');
      g.append('g').attr('class', 'renames');
      g.append('text').attr('class', 'last-name').attr('dy', '0.35em');
      return g;
    })
    .attr('data-pole', (d) => d.id)
    .attr('transform', (d) => `translate(0,${r2(d.y)})`);
  const selected = options.selected ?? null;
  rows
    .select('rect.hit')
    .attr('x', 0)
    .attr('y', r2(-layout.rowHeight / 2))
    .attr('width', width)
    .attr('height', layout.rowHeight)
    .attr('fill', (d) => (d.id === selected ? '#ffe08a' : 'transparent'));
  rows
    .select('text.name')
    .attr('x', r2(layout.x0 - 6))
    .attr('font-weight', (d) => (d.id === selected ? 'bold' : null))
    .text((d) => truncate(d.firstName, 30));
  rows
    .select('text.last-name')
    .attr('x', r2(layout.x1 + 6))
    .attr('fill', '#333')
    .text((d) => (d.lastName === d.firstName ? '' : `→ ${truncate(d.lastName, 32)}`));
  const runs = rows
    .select<SVGGElement>('g.runs')
    .selectAll<SVGGElement, LineageRun>('g.run')
    .data(
      (d) => d.runs,
      (d) => `${d.status}:${d.from}`,
    )
    .join((enter) => {
      const g = enter.append('g').attr('class', 'run');
      g.append('rect').attr('class', 'bar');
      g.append('rect').attr('class', 'cap');
      return g;
    });
  runs
    .select('rect.bar')
    .attr('x', (d) => r2(d.x0))
    .attr('y', r2(-band / 2))
    .attr('width', (d) => r2(d.x1 - d.x0))
    .attr('height', band)
    .attr('fill', runFill)
    .attr('stroke', (d) => (d.status === 'unknown' ? LINEAGE_COLOURS.labelled : null))
    .attr('stroke-dasharray', (d) => (d.status === 'unknown' ? '3 2' : null));
  // A delabelling (or an end with no reason stored) closes the run with a cap of its colour.
  runs
    .select('rect.cap')
    .attr('x', (d) => r2(d.x1 - 3))
    .attr('y', r2(-band / 2 - 2))
    .attr('width', (d) => (d.end === 'delabelled' || d.end === 'ended' ? 3 : 0))
    .attr('height', band + 4)
    .attr('fill', (d) => (d.end === 'ended' ? LINEAGE_COLOURS.ended : LINEAGE_COLOURS.delabelled));
  rows
    .select<SVGGElement>('g.renames')
    .selectAll('line')
    .data((d) => d.renames)
    .join('line')
    .attr('x1', (d) => r2(d.x))
    .attr('x2', (d) => r2(d.x))
    .attr('y1', r2(-band / 2 - 2))
    .attr('y2', r2(band / 2 + 2))
    .attr('stroke', '#111')
    .attr('stroke-width', 2);
  interactive(
    rows,
    (d) => bandText(lang, d, layout),
    (d) => `pole:${d.id}`,
    options,
  );
  rows.on('keydown', (event: KeyboardEvent, d) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    options.onSelect?.(`pole:${d.id}`);
  });
}
