// SPDX-License-Identifier: MIT
// What an inset draws (pure): the thematic layer of the main map (choropleth classes, density
// hexagons, coverage gaps) with its very classes and colours, the selected pôle's footprint tint,
// then the sites and pôles, all in the inset's box pixels. The element draws it as SVG, the PNG
// export on a canvas (Path2D takes the same path strings), so both show the same thing.
import type { Feature } from 'geojson';
import { NO_DATA_COLOUR, classColours, classOf } from '../analysis/classes.ts';
import { planarBounds, polygonsOf, svgPath } from '../geo/planar.ts';
import type { Inset } from '../geo/insets.ts';
import type { MapView } from '../layers/index.ts';
import { GAP_COMMUNE, GAP_TERRITORY_FILL, GAP_TERRITORY_LINE, cssRgba } from '../layers/gaps/gaps.colours.ts';
import { hexCells, hexZones, HEXBIN_LAYER, type HexCell } from '../layers/hexbin/bins.ts';
import { MEMBER_KIND_COLOURS, SECTOR_COLOURS } from '../theme/palette.ts';

/** The colours of an inset's own drawing, shared by the element's styles and the export. */
export const INSET_COLOURS = {
  sea: 'rgb(220, 232, 240)',
  land: '#f6f4ef',
  /** The neighbours around Paris and the petite couronne: context, paler. */
  context: '#e9e6df',
  outline: '#7d7d7d',
  memberLine: '#3c3c3c',
} as const;

export interface InsetArea {
  d: string;
  fill: string;
  stroke: string | null;
}

export interface InsetDot {
  x: number;
  y: number;
  r: number;
  fill: string;
  stroke: string;
}

export interface InsetPicture {
  /** The selected pôle's sector colour when its footprint holds the inset's région; else null. */
  tint: string | null;
  /** Thematic areas (territories, hexagons), bottom to top, over the land. */
  areas: InsetArea[];
  /** Uncovered communes, sites, then pôles. */
  dots: InsetDot[];
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Whether a territory or hexagon can reach the inset's box (its bounds and as much again around). */
function near(inset: Inset): (box: Box) => boolean {
  const [w, s, e, n] = inset.bounds;
  const around: Box = [w - (e - w), s - (n - s), e + (e - w), n + (n - s)];
  return (box) => overlaps(box, around);
}

const hexBox = (cell: HexCell): Box => {
  const lons = cell.corners.map((c) => c[0]);
  const lats = cell.corners.map((c) => c[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
};

/** `#rrggbb` with an alpha of 0-255, as the deck.gl layers draw it. */
const withAlpha = (hex: string, alpha: number): string =>
  cssRgba([
    parseInt(hex.slice(1, 3), 16),
    parseInt(hex.slice(3, 5), 16),
    parseInt(hex.slice(5, 7), 16),
    alpha,
  ]);

function areaPath(inset: Inset, feature: Feature): string {
  return svgPath(polygonsOf(feature), inset.place);
}

/** The thematic areas of `view` in `inset`, as the main map fills them. */
function thematicAreas(
  inset: Inset,
  view: Pick<MapView, 'concentration'>,
  cells: () => Map<string, HexCell[]>,
) {
  const c = view.concentration;
  const reaches = near(inset);
  if (!c) return [];
  if (c.kind === 'choropleth') {
    const colours = classColours(c.breaks.length + 1);
    return c.areas
      .filter((a) => reaches(planarBounds(a)))
      .map((a) => {
        const k = classOf(a.properties.value, c.breaks);
        return {
          d: areaPath(inset, a),
          fill: withAlpha(k === null ? NO_DATA_COLOUR : colours[k]!, 230),
          stroke: '#ffffff',
        };
      });
  }
  if (c.kind === 'gaps') {
    return c.territories
      .filter((a) => reaches(planarBounds(a)))
      .map((a) => ({
        d: areaPath(inset, a),
        fill: cssRgba(GAP_TERRITORY_FILL),
        stroke: cssRgba(GAP_TERRITORY_LINE),
      }));
  }
  const colours = classColours(c.breaks.length + 1);
  // Overseas, the hexagons of the département's own zone; around Paris, the metropolitan ones.
  const zone = inset.code === 'paris' ? HEXBIN_LAYER : `${HEXBIN_LAYER}-${inset.code}`;
  return (cells().get(zone) ?? [])
    .filter((cell) => reaches(hexBox(cell)))
    .map((cell) => ({
      d: `M${cell.corners
        .map((p) =>
          inset
            .place(p)
            .map((v) => v.toFixed(1))
            .join(','),
        )
        .join('L')}Z`,
      // HexagonLayer's opacity of 0.85 (layers/hexbin).
      fill: withAlpha(colours[classOf(cell.count, c.breaks) ?? 0]!, 217),
      stroke: null,
    }));
}

/**
 * The sites within each inset's reach, in one pass over the sites (100,000 with an imported list,
 * and eight insets): the rest are never projected.
 */
function sitesNear(insets: readonly Inset[], members: MapView['members']): MapView['members'][] {
  const near: MapView['members'][] = insets.map(() => []);
  const reaches = insets.map((inset) => inset.reach);
  for (const m of members) {
    const lon = m.geometry.coordinates[0];
    const lat = m.geometry.coordinates[1];
    for (let i = 0; i < reaches.length; i++) {
      const [west, south, east, north] = reaches[i]!;
      if (lon >= west && lon <= east && lat >= south && lat <= north) near[i]!.push(m);
    }
  }
  return near;
}

function dotsOf(
  inset: Inset,
  view: Pick<MapView, 'concentration' | 'poles'>,
  members: MapView['members'],
): InsetDot[] {
  const dots: InsetDot[] = [];
  const c = view.concentration;
  if (c?.kind === 'gaps') {
    for (const commune of c.communes) {
      const at = inset.project(commune.position);
      if (at) dots.push({ x: at[0], y: at[1], r: 1.2, fill: cssRgba(GAP_COMMUNE), stroke: 'none' });
    }
  }
  for (const m of members) {
    const at = inset.project(m.geometry.coordinates);
    if (at)
      dots.push({
        x: at[0],
        y: at[1],
        r: 2,
        fill: MEMBER_KIND_COLOURS[m.properties.kind],
        stroke: INSET_COLOURS.memberLine,
      });
  }
  for (const p of view.poles) {
    const at = inset.project(p.geometry.coordinates);
    if (at)
      dots.push({ x: at[0], y: at[1], r: 4, fill: SECTOR_COLOURS[p.properties.sector], stroke: '#ffffff' });
  }
  return dots;
}

/** Whether the footprint (régions 2016 and pre-2016, by INSEE code) holds the inset's région. */
function tintOf(inset: Inset, view: Pick<MapView, 'footprint' | 'footprintColour'>): string | null {
  const colour = view.footprintColour;
  if (!colour || !view.footprint.some((f) => String(f.properties?.['code']) === inset.region)) return null;
  return `rgb(${colour.join(', ')})`;
}

/** What each inset draws for `view`, in the order of `insets`. */
export function insetPictures(
  insets: readonly Inset[],
  view: Pick<MapView, 'concentration' | 'members' | 'poles' | 'footprint' | 'footprintColour'>,
): InsetPicture[] {
  let cells: Map<string, HexCell[]> | undefined;
  // Binned once for every inset, and only for the density layer.
  const zones = () => {
    const c = view.concentration;
    cells ??= new Map(
      c?.kind === 'hexbin' ? hexZones(c.sites).map((z) => [z.layerId, hexCells(z.sites, c.radiusKm)]) : [],
    );
    return cells;
  };
  const near = sitesNear(insets, view.members);
  return insets.map((inset, i) => ({
    tint: tintOf(inset, view),
    areas: thematicAreas(inset, view, zones),
    dots: dotsOf(inset, view, near[i]!),
  }));
}
