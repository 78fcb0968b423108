// SPDX-License-Identifier: MIT
// Draws the by-country bars into an SVG with D3 joins keyed by country and segment (idempotent).
import { formatSelection } from '../../data/partnership-selection.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import { LEGEND_WIDTH, renderLegend } from '../legend.ts';
import { HEADER, group, interactive, prepareRoot, r2, sizeRoot, type Interaction } from '../svg.ts';
import { countryName, partnerText } from '../texts.ts';
import type { CountriesLayout, CountryBar, CountrySegment } from './layout.ts';

export interface CountriesRenderOptions extends Interaction {
  lang: Lang;
  title: string;
  /** Country keys to emphasise; null: nothing selected. */
  highlight: ReadonlySet<string> | null;
}

const LABEL = 220;
const BAR_MAX = 360;

export function renderCountries(
  svg: SVGSVGElement,
  layout: CountriesLayout,
  options: CountriesRenderOptions,
): void {
  const { lang, highlight } = options;
  const legendSpec = {
    title: t(lang, 'links.legend.kinds'),
    swatches: layout.kinds.map((kind) => ({
      key: kind,
      label: t(lang, `links.kind.${kind}`),
      colour: layout.bars.flatMap((b) => b.segments).find((s) => s.kind === kind)!.colour,
    })),
    notes: [t(lang, 'links.legend.bar'), t(lang, 'links.legend.source')],
  };

  const root = prepareRoot(svg, { name: 'countries', title: options.title });
  const legendX = LABEL + BAR_MAX + 50;
  const legendHeight = renderLegend(
    group(root, 'legend-box').attr('transform', `translate(${legendX},${HEADER + 12})`),
    legendSpec,
  );
  const barsHeight = layout.bars.length * layout.rowHeight + 20;
  sizeRoot(root, legendX + LEGEND_WIDTH + 10, HEADER + Math.max(barsHeight, legendHeight + 24));

  const on = (d: CountryBar) => !highlight || highlight.has(d.key);
  const name = (d: CountryBar) =>
    d.region === undefined
      ? countryName(lang, d.key)
      : d.region === null
        ? t(lang, 'links.region.rest')
        : d.region;
  // A region's full name in tooltips: "Québec (Canada)".
  const fullName = (d: CountryBar) =>
    d.region === undefined ? name(d) : `${name(d)} (${countryName(lang, d.country)})`;
  const selectionOf = (d: CountryBar) =>
    formatSelection(d.region === undefined ? { type: 'country', id: d.key } : { type: 'region', id: d.key });
  const partnersOf = (bar: CountryBar, edges = bar.summary.edges) =>
    [...new Set(edges.map((e) => partnerText(lang, e)))].join('\n');
  const bars = group(root, 'bars')
    .attr('transform', `translate(${LABEL},${HEADER + 10})`)
    .selectAll<SVGGElement, CountryBar>('g.country')
    .data(layout.bars, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'country');
      g.append('text').attr('class', 'name').attr('x', -8).attr('text-anchor', 'end').attr('dy', '0.35em');
      g.append('g').attr('class', 'segments');
      g.append('text').attr('class', 'count').attr('dy', '0.35em');
      return g;
    })
    .attr('data-key', (d) => d.key)
    .attr('data-level', (d) => (d.region === undefined ? 'country' : 'region'))
    .attr('transform', (d) => `translate(0,${d.y})`)
    .attr('opacity', (d) => (on(d) ? 1 : 0.3));
  const mid = r2((layout.rowHeight - 4) / 2);
  bars
    .select('text.name')
    .attr('y', mid)
    .attr('font-weight', (d) => (highlight?.has(d.key) ? 'bold' : null))
    // A region bar reads as a part of the country bar above it.
    .attr('font-style', (d) => (d.region === undefined ? null : 'italic'))
    .text(name);
  bars
    .select('text.count')
    .attr('x', (d) => r2(d.width + 5))
    .attr('y', mid)
    .text((d) => String(d.total));
  const segments = bars
    .select<SVGGElement>('g.segments')
    .selectAll<SVGRectElement, CountrySegment & { bar: CountryBar }>('rect')
    .data(
      (d) => d.segments.map((s) => ({ ...s, bar: d })),
      (d) => d.id,
    )
    .join('rect')
    .attr('x', (d) => r2(d.x0))
    .attr('width', (d) => r2(d.x1 - d.x0))
    .attr('height', layout.rowHeight - 4)
    .attr('fill', (d) => d.colour)
    .attr('stroke', '#fff')
    .attr('stroke-width', 0.5);
  interactive(
    segments,
    (d) =>
      `${fullName(d.bar)} — ${t(lang, `links.kind.${d.kind}`)} (${d.count})\n` +
      partnersOf(
        d.bar,
        d.bar.summary.edges.filter((e) => e.kind === d.kind),
      ),
    (d) => selectionOf(d.bar),
    options,
  );
  interactive(
    bars.select<SVGTextElement>('text.name'),
    (d) =>
      `${t(lang, 'links.tooltip.country', {
        country: fullName(d),
        n: d.total,
        partners: d.summary.partners.length,
      })}\n${partnersOf(d)}`,
    (d) => selectionOf(d),
    options,
  );
}
