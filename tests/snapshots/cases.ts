// SPDX-License-Identifier: MIT
// Snapshot cases: each is a named function that draws one diagram from the fixtures into a fresh
// SVG and returns it. The name is the file in tests/output/.
import {
  filterPartnerships,
  indexPoles,
  interPoleGraph,
  type GroupingMode,
} from '../../src/data/partnership-graph.ts';
import type { LinksData } from '../../src/data/partnership-data.ts';
import { byCountry } from '../../src/data/partnership-countries.ts';
import { partnerEdges } from '../../src/data/partnership-international.ts';
import { countryHighlight, graphHighlight, parseSelection } from '../../src/data/partnership-selection.ts';
import type { GroupBy } from '../../src/diagrams/categories.ts';
import { chordLayout } from '../../src/diagrams/chord/layout.ts';
import { renderChord } from '../../src/diagrams/chord/render.ts';
import { countriesLayout } from '../../src/diagrams/countries/layout.ts';
import { renderCountries } from '../../src/diagrams/countries/render.ts';
import { matrixLayout, type MatrixOrder } from '../../src/diagrams/matrix/layout.ts';
import { renderMatrix } from '../../src/diagrams/matrix/render.ts';
import type { Lang } from '../../src/i18n/messages.ts';
import { lineageLayout } from '../../src/diagrams/lineage/layout.ts';
import { renderLineage } from '../../src/diagrams/lineage/render.ts';
import { FIXTURE_POLES, FIXTURE_TIME } from '../fixtures/time/fixture.ts';
import { hostileData, partnershipsFixture, polesFixture } from '../fixtures/partnerships/fixture.ts';

const fixture: LinksData = { poles: polesFixture, partnerships: partnershipsFixture };

export const newSvg = (): SVGSVGElement => document.createElementNS('http://www.w3.org/2000/svg', 'svg');

function filtered(data: LinksData, year = 2019) {
  const poles = indexPoles(data.poles);
  return { poles, edges: filterPartnerships(data.partnerships.edges, poles, { year }) };
}

interface GraphCase {
  data?: LinksData;
  lang?: Lang;
  mode: GroupingMode;
  groupBy: GroupBy;
  selected?: string;
}

export function drawChord(c: GraphCase, svg = newSvg()): SVGSVGElement {
  const { poles, edges } = filtered(c.data ?? fixture);
  const graph = interPoleGraph(edges, poles, c.mode);
  renderChord(svg, chordLayout(graph, { groupBy: c.groupBy }), {
    lang: c.lang ?? 'fr',
    title: 'Chord',
    groupBy: c.groupBy,
    groupingMode: c.mode,
    highlight: graphHighlight(parseSelection(c.selected), graph),
  });
  return svg;
}

export function drawMatrix(c: GraphCase & { order: MatrixOrder }, svg = newSvg()): SVGSVGElement {
  const { poles, edges } = filtered(c.data ?? fixture);
  const graph = interPoleGraph(edges, poles, c.mode);
  renderMatrix(svg, matrixLayout(graph, { order: c.order, groupBy: c.groupBy }), {
    lang: c.lang ?? 'fr',
    title: 'Matrix',
    groupBy: c.groupBy,
    groupingMode: c.mode,
    highlight: graphHighlight(parseSelection(c.selected), graph),
  });
  return svg;
}

export function drawCountries(
  c: { data?: LinksData; lang?: Lang; selected?: string },
  svg = newSvg(),
): SVGSVGElement {
  const { edges } = filtered(c.data ?? fixture);
  const shown = partnerEdges(edges);
  renderCountries(svg, countriesLayout(byCountry(shown)), {
    lang: c.lang ?? 'fr',
    title: 'Countries',
    highlight: countryHighlight(parseSelection(c.selected), shown),
  });
  return svg;
}

export function drawLineage(
  c: { lang?: Lang; marks?: number[]; selected?: string },
  svg = newSvg(),
): SVGSVGElement {
  renderLineage(svg, lineageLayout(FIXTURE_POLES, FIXTURE_TIME, FIXTURE_TIME), {
    lang: c.lang ?? 'fr',
    title: 'Lineage',
    asOf: '2025-12',
    marks: c.marks ?? [],
    selected: c.selected ?? null,
  });
  return svg;
}

export const cases: Record<string, () => SVGSVGElement> = {
  'chord-sector-pairs': () => drawChord({ mode: 'pairs', groupBy: 'sector' }),
  'chord-region-groupings-en': () =>
    drawChord({ mode: 'groupings', groupBy: 'region', lang: 'en', selected: 'label:plant-network' }),
  'matrix-cluster-selected': () =>
    drawMatrix({ mode: 'pairs', groupBy: 'sector', order: 'cluster', selected: 'pole:alpha' }),
  'matrix-region-groupings': () => drawMatrix({ mode: 'groupings', groupBy: 'sector', order: 'region' }),
  countries: () => drawCountries({}),
  'countries-selected-en': () => drawCountries({ lang: 'en', selected: 'pole:eta' }),
  'hostile-chord': () => drawChord({ data: hostileData, mode: 'pairs', groupBy: 'sector' }),
  'hostile-countries': () => drawCountries({ data: hostileData }),
  lineage: () => drawLineage({}),
  'lineage-marked-en': () => drawLineage({ lang: 'en', marks: [2018, 2019], selected: 'd' }),
};
