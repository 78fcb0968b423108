// SPDX-License-Identifier: MIT
// Draws a matrix layout into an SVG with D3 joins keyed by node and cell ids (idempotent).
import type { Highlight } from '../../data/partnership-selection.ts';
import { nodeSelection, tieSelection } from '../../data/partnership-selection.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import { categoryLabel, categoryStroke, type GroupBy } from '../categories.ts';
import { MIXED_COLOUR, OUTLINE } from '../colours.ts';
import { LEGEND_WIDTH, renderLegend } from '../legend.ts';
import { HEADER, group, interactive, prepareRoot, r2, sizeRoot, truncate, type Interaction } from '../svg.ts';
import { nodeName, tieText } from '../texts.ts';
import type { MatrixCell, MatrixLayout, MatrixNode } from './layout.ts';

export interface MatrixRenderOptions extends Interaction {
  lang: Lang;
  title: string;
  /** The category the rows are coloured by (the order's own for 'sector' and 'region'). */
  groupBy: GroupBy;
  groupingMode: 'pairs' | 'groupings';
  highlight: Highlight | null;
  /** Side of the grid, in pixels, before rounding to whole cells. @default 540 */
  gridSize?: number;
}

const MARGIN = 170;

export function renderMatrix(svg: SVGSVGElement, layout: MatrixLayout, options: MatrixRenderOptions): void {
  const { lang, highlight } = options;
  const n = layout.nodes.length;
  const s = Math.max(5, Math.min(18, Math.floor((options.gridSize ?? 540) / Math.max(n, 1))));
  const grid = n * s;
  const fontSize = Math.max(6, Math.min(10, s - 1));
  const names = new Map(layout.nodes.map((m) => [m.id, nodeName(lang, m.node)]));
  const nameOf = (id: string) => names.get(id) ?? id;

  const colourBy = layout.blocks.length ? (layout.blocks[0]!.key.split(':')[0] as GroupBy) : options.groupBy;
  const categories = [...new Map(layout.nodes.map((m) => [m.category.key, m.category])).values()].sort(
    (a, b) => a.order - b.order,
  );
  const legendSpec = {
    title: colourBy === 'sector' ? t(lang, 'legend.sectors') : t(lang, 'links.legend.regions'),
    swatches: [
      ...categories.map((c) => ({ key: c.key, label: categoryLabel(lang, c.key), colour: c.colour })),
      { key: 'mixed', label: t(lang, 'links.legend.mixed'), colour: MIXED_COLOUR },
    ],
    notes: [
      t(lang, 'links.legend.cell'),
      t(lang, 'links.legend.symmetric'),
      t(lang, options.groupingMode === 'groupings' ? 'links.legend.modeGroupings' : 'links.legend.modePairs'),
      ...(colourBy === 'region' ? [t(lang, 'links.legend.regionRule')] : []),
      t(lang, 'links.legend.source'),
    ],
  };

  const root = prepareRoot(svg, { name: 'matrix', title: options.title });
  const legendHeight = renderLegend(
    group(root, 'legend-box').attr('transform', `translate(${MARGIN + grid + 24},${HEADER + 12})`),
    legendSpec,
  );
  sizeRoot(root, MARGIN + grid + 30 + LEGEND_WIDTH, HEADER + Math.max(MARGIN + grid + 10, legendHeight + 24));

  const chart = group(root, 'matrix').attr('transform', `translate(${MARGIN},${HEADER + MARGIN})`);
  chart
    .selectAll('rect.background')
    .data([grid])
    .join('rect')
    .attr('class', 'background')
    .attr('width', (d) => d)
    .attr('height', (d) => d)
    .attr('fill', '#f4f4f4');

  const cellOn = (d: MatrixCell) => !highlight || d.ties.some((tie) => highlight.ties.has(tie.id));
  const opacity = (d: MatrixCell) => (layout.max > 1 ? 0.45 + (0.55 * d.value) / layout.max : 0.9);
  const cells = group(chart, 'cells')
    .selectAll<SVGRectElement, MatrixCell>('rect.cell')
    .data(layout.cells, (d) => d.id)
    .join('rect')
    .attr('class', 'cell')
    .attr('data-key', (d) => d.id)
    // Read by tests and assistive tooling: the count, and whether the cell mirrors the one above.
    .attr('data-value', (d) => d.value)
    .attr('data-mirror', (d) => (d.mirror ? 'true' : null))
    .attr('x', (d) => d.col * s)
    .attr('y', (d) => d.row * s)
    .attr('width', s - 1)
    .attr('height', s - 1)
    .attr('fill', (d) => d.colour)
    .attr('fill-opacity', (d) => r2(cellOn(d) ? opacity(d) : opacity(d) * 0.15))
    .attr('stroke', (d) => (highlight && cellOn(d) ? OUTLINE : 'none'));
  interactive(
    cells,
    (d) => {
      const head = t(lang, 'links.tooltip.cell', {
        a: nameOf(d.ties[0]!.a),
        b: nameOf(d.ties[0]!.b),
        n: d.value,
      });
      return [head, ...d.ties.map((tie) => tieText(lang, tie, nameOf))].join('\n\n');
    },
    // Two pôles with several ties select the first (by id); the ranked list reaches each one.
    (d) => tieSelection(d.ties[0]!),
    options,
  );

  group(chart, 'blocks')
    .selectAll<SVGRectElement, MatrixLayout['blocks'][number]>('rect.block')
    .data(layout.blocks, (d) => d.key)
    .join('rect')
    .attr('class', 'block')
    .attr('x', (d) => d.start * s - 0.5)
    .attr('y', (d) => d.start * s - 0.5)
    .attr('width', (d) => (d.end - d.start) * s)
    .attr('height', (d) => (d.end - d.start) * s)
    .attr('fill', 'none')
    .attr('stroke', '#8c8c8c')
    .attr('stroke-width', 0.8);

  // Row labels read left of the grid; column labels are the same groups turned a quarter left,
  // so that they read upwards above the grid.
  const nodeOn = (d: MatrixNode) => !highlight || highlight.nodes.has(d.id);
  for (const axis of ['rows', 'cols'] as const) {
    const sign = axis === 'rows' ? -1 : 1;
    const labels = group(chart, axis)
      .selectAll<SVGGElement, MatrixNode>('g.label')
      .data(layout.nodes, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'label');
        g.append('rect').attr('width', 8);
        g.append('text').attr('dy', '0.35em');
        return g;
      })
      .attr('transform', (d) =>
        axis === 'rows' ? `translate(0,${d.index * s})` : `translate(${d.index * s},0) rotate(-90)`,
      )
      .attr('opacity', (d) => (nodeOn(d) ? 1 : 0.35));
    labels
      .select('rect')
      .attr('x', axis === 'rows' ? -10 : 2)
      .attr('height', s - 1)
      .attr('fill', (d) => d.category.colour)
      .attr('stroke', (d) => categoryStroke(d.category.key));
    labels
      .select<SVGTextElement>('text')
      .attr('x', sign * 13)
      .attr('y', r2((s - 1) / 2))
      .attr('text-anchor', axis === 'rows' ? 'end' : 'start')
      .attr('font-size', fontSize)
      .attr('font-weight', (d) => (highlight?.nodes.has(d.id) ? 'bold' : null))
      .text((d) => truncate(d.node.name, 28));
    interactive(
      labels,
      (d) =>
        t(lang, 'links.tooltip.node', {
          name: nodeName(lang, d.node),
          category: categoryLabel(lang, d.category.key),
          n: d.node.degree,
        }),
      (d) => nodeSelection(d.node),
      options,
    );
  }
}
