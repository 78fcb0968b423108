// SPDX-License-Identifier: MIT
// Draws a chord layout into an SVG with D3 joins keyed by node and pair ids, so that a re-render
// (new phase, new selection) updates the same elements. Text goes through .text() only.
import { ribbon } from 'd3-chord';
import { arc } from 'd3-shape';
import type { Highlight } from '../../data/partnership-selection.ts';
import { nodeSelection, tieSelection } from '../../data/partnership-selection.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import { categoryLabel, categoryStroke, type GroupBy } from '../categories.ts';
import { MIXED_COLOUR, OUTLINE } from '../colours.ts';
import { LEGEND_WIDTH, renderLegend } from '../legend.ts';
import { HEADER, group, interactive, prepareRoot, r2, sizeRoot, truncate, type Interaction } from '../svg.ts';
import { nodeName, tieText } from '../texts.ts';
import type { ChordBand, ChordGroup, ChordLayout, ChordRibbon } from './layout.ts';

export interface ChordRenderOptions extends Interaction {
  lang: Lang;
  title: string;
  groupBy: GroupBy;
  /** 'groupings' adds the one-tie-per-grouping note to the legend. */
  groupingMode: 'pairs' | 'groupings';
  highlight: Highlight | null;
  /** Side of the square holding the circle and its labels. @default 760 */
  size?: number;
}

const LABEL_MARGIN = 160;

export function renderChord(svg: SVGSVGElement, layout: ChordLayout, options: ChordRenderOptions): void {
  const { lang, highlight } = options;
  const size = options.size ?? 760;
  const outer = size / 2 - LABEL_MARGIN;
  const inner = outer - 12;
  const names = new Map(layout.groups.map((g) => [g.id, nodeName(lang, g.node)]));
  const nameOf = (id: string) => names.get(id) ?? id;

  const legendSpec = {
    title: options.groupBy === 'sector' ? t(lang, 'legend.sectors') : t(lang, 'links.legend.regions'),
    swatches: [
      // Nodes are sorted by category, so each category is one band.
      ...layout.bands.map((b) => ({ key: b.key, label: categoryLabel(lang, b.key), colour: b.colour })),
      { key: 'mixed', label: t(lang, 'links.legend.mixed'), colour: MIXED_COLOUR },
    ],
    notes: [
      t(lang, 'links.legend.arc'),
      t(lang, 'links.legend.ribbon'),
      t(lang, options.groupingMode === 'groupings' ? 'links.legend.modeGroupings' : 'links.legend.modePairs'),
      ...(options.groupBy === 'region' ? [t(lang, 'links.legend.regionRule')] : []),
      t(lang, 'links.legend.source'),
    ],
  };

  const root = prepareRoot(svg, { name: 'chord', title: options.title });
  const legendHeight = renderLegend(
    group(root, 'legend-box').attr('transform', `translate(${size},${HEADER + 12})`),
    legendSpec,
  );
  sizeRoot(root, size + LEGEND_WIDTH + 20, HEADER + Math.max(size, legendHeight + 24));

  const chart = group(root, 'chord').attr('transform', `translate(${size / 2},${HEADER + size / 2})`);
  const arcPath = arc<{ startAngle: number; endAngle: number; innerRadius: number; outerRadius: number }>();
  const ribbonPath = ribbon<ChordRibbon, { startAngle: number; endAngle: number }>().radius(inner - 1);

  const ribbonOn = (d: ChordRibbon) => !highlight || d.ties.some((tie) => highlight.ties.has(tie.id));
  const ribbons = group(chart, 'ribbons')
    .selectAll<SVGPathElement, ChordRibbon>('path.ribbon')
    .data(layout.ribbons, (d) => d.id)
    .join('path')
    .attr('class', 'ribbon')
    .attr('data-key', (d) => d.id)
    .attr('d', (d) => ribbonPath(d) as unknown as string)
    .attr('fill', (d) => d.colour)
    .attr('fill-opacity', (d) => (highlight ? (ribbonOn(d) ? 0.85 : 0.07) : 0.62))
    .attr('stroke', (d) => (highlight && ribbonOn(d) ? OUTLINE : 'none'))
    .attr('stroke-width', 0.6);
  interactive(
    ribbons,
    (d) => d.ties.map((tie) => tieText(lang, tie, nameOf)).join('\n\n'),
    // Two pôles with several ties select the first (by id); the ranked list reaches each one.
    (d) => tieSelection(d.ties[0]!),
    options,
  );

  // The category ring outside the node arcs: one band per category, named in its <title>.
  group(chart, 'bands')
    .selectAll<SVGPathElement, ChordBand>('path.band')
    .data(layout.bands, (d) => d.key)
    .join((enter) =>
      enter
        .append('path')
        .attr('class', 'band')
        .call((p) => p.append('title')),
    )
    .attr('d', (d) => arcPath({ ...d, innerRadius: outer + 2, outerRadius: outer + 6 }))
    .attr('fill', (d) => d.colour)
    .attr('stroke', (d) => categoryStroke(d.key))
    .attr('stroke-width', 0.8)
    .select('title')
    .text((d) => categoryLabel(lang, d.key));

  const nodeOn = (d: ChordGroup) => !highlight || highlight.nodes.has(d.id);
  const groups = group(chart, 'groups')
    .selectAll<SVGGElement, ChordGroup>('g.group')
    .data(layout.groups, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'group');
      g.append('path').attr('class', 'node-arc');
      g.append('text').attr('class', 'node-label').attr('dy', '0.35em');
      return g;
    })
    .attr('data-key', (d) => d.id)
    .attr('opacity', (d) => (nodeOn(d) ? 1 : 0.3));
  groups
    .select('path.node-arc')
    .attr('d', (d) => arcPath({ ...d, innerRadius: inner, outerRadius: outer }))
    .attr('fill', (d) => d.category.colour)
    .attr('stroke', (d) =>
      highlight?.nodes.has(d.id) ? OUTLINE : (categoryStroke(d.category.key) ?? '#fff'),
    )
    .attr('stroke-width', 0.8);
  groups
    .select<SVGTextElement>('text.node-label')
    .attr('transform', (d) => {
      const mid = (d.startAngle + d.endAngle) / 2;
      const flip = mid > Math.PI;
      return `rotate(${r2((mid * 180) / Math.PI - 90)}) translate(${outer + 10},0)${flip ? ' rotate(180)' : ''}`;
    })
    .attr('text-anchor', (d) => ((d.startAngle + d.endAngle) / 2 > Math.PI ? 'end' : 'start'))
    .attr('font-size', 9)
    .attr('font-weight', (d) => (highlight?.nodes.has(d.id) ? 'bold' : null))
    .text((d) => truncate(d.node.name, 28));
  interactive(
    groups,
    (d) =>
      t(lang, 'links.tooltip.node', {
        name: nodeName(lang, d.node),
        category: categoryLabel(lang, d.category.key),
        n: d.value,
      }),
    (d) => nodeSelection(d.node),
    options,
  );
}
