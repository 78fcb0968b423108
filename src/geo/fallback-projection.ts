// SPDX-License-Identifier: MIT
// The static base map of the no-WebGL fallback (ENGINEERING.md B.4), pure so that it runs in Node:
// metropolitan France and Corsica in a conformal conic, the five overseas régions as insets (each at
// its own scale, as INSEE maps draw them), all drawn from our TopoJSON as SVG path strings.
import { geoCentroid, geoConicConformal, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { FRANCE_AREAS, franceAreaOf, type FranceArea } from './france-extent.ts';
import { franceFeatures } from './france.ts';

/** Size of the drawing (SVG user units); the element scales it to its width. */
export const FALLBACK_WIDTH = 640;
export const FALLBACK_HEIGHT = 580;
const PAD = 8;
/** Width of the column of overseas insets, on the left as on INSEE maps. */
const INSET_WIDTH = 84;
const INSET_GAP = 6;
/** Room for the column's heading ("Outre-mer"). */
const INSET_HEADING = 12;
/** Room for the inset's name above its drawing. */
const INSET_LABEL = 13;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Inset {
  area: FranceArea['id'];
  /** The région's name as the TopoJSON gives it. */
  name: string;
  box: Box;
  /** The région (its land) in the inset. */
  path: string;
}

export interface FallbackBase {
  width: number;
  height: number;
  /** Metropolitan land and Corsica, one path. */
  land: string;
  /** Borders between the 2016 régions (each drawn once; the coast is the land's outline). */
  regions: string;
  insets: Inset[];
  /** Where the inset column's heading is written (text baseline). */
  insetHeading: [number, number];
  /** [lon, lat] → SVG [x, y], in the main map or in the inset of the point's overseas area. */
  project(lonLat: [number, number]): [number, number] | null;
}

const isMetropolitan = (area: FranceArea | undefined): boolean =>
  area === undefined || area.id === 'metropole' || area.id === 'corse';

const areaOfFeature = (f: Feature): FranceArea | undefined => franceAreaOf(...geoCentroid(f));

/** One decimal is a tenth of a user unit: finer digits only make the paths longer. */
const pathOf = (projection: GeoProjection, geometry: Feature | FeatureCollection | MultiLineString): string =>
  geoPath(projection).digits(1)(geometry) ?? '';

function insetBox(index: number, count: number): Box {
  const top = PAD + INSET_HEADING;
  const height = (FALLBACK_HEIGHT - top - PAD - (count - 1) * INSET_GAP) / count;
  return { x: PAD, y: top + index * (height + INSET_GAP), width: INSET_WIDTH, height };
}

/** Builds the base map once per topology (the projections and paths do not depend on the view). */
export function fallbackBase(topology: Topology): FallbackBase {
  const regions = franceFeatures(topology, 'regions').features;
  const metropole: FeatureCollection = {
    type: 'FeatureCollection',
    features: regions.filter((f) => isMetropolitan(areaOfFeature(f))),
  };
  const left = PAD + INSET_WIDTH + 2 * PAD;
  const extent: [[number, number], [number, number]] = [
    [left, PAD],
    [FALLBACK_WIDTH - PAD, FALLBACK_HEIGHT - PAD],
  ];
  // The IGN's Lambert-93 parameters (secant at 44° and 49°, centred on 3° E), fitted to our box.
  const main = geoConicConformal().parallels([44, 49]).rotate([-3, 0]).fitExtent(extent, metropole);
  // Clipping to the box drops the overseas parts of the single land multipolygon.
  main.clipExtent(extent);

  const overseas = regions
    .map((feature) => ({ feature, area: areaOfFeature(feature) }))
    .filter((r): r is { feature: Feature; area: FranceArea } => !isMetropolitan(r.area))
    .sort((a, b) => FRANCE_AREAS.indexOf(a.area) - FRANCE_AREAS.indexOf(b.area));
  const projections = new Map<FranceArea['id'], GeoProjection>();
  const insets = overseas.map(({ feature, area }, i): Inset => {
    const box = insetBox(i, overseas.length);
    const projection = geoMercator().fitExtent(
      [
        [box.x + 4, box.y + INSET_LABEL],
        [box.x + box.width - 4, box.y + box.height - 4],
      ],
      feature,
    );
    projections.set(area.id, projection);
    const name = feature.properties?.['nom'];
    return {
      area: area.id,
      name: typeof name === 'string' ? name : area.name,
      box,
      path: pathOf(projection, feature),
    };
  });

  return {
    width: FALLBACK_WIDTH,
    height: FALLBACK_HEIGHT,
    land: pathOf(main, franceFeatures(topology, 'land')),
    // Overseas régions border no other région: the interior mesh is metropolitan only.
    regions: pathOf(
      main,
      mesh(topology, topology.objects['regions'] as GeometryCollection, (a, b) => a !== b),
    ),
    insets,
    insetHeading: [PAD, PAD + INSET_HEADING - 3],
    project(lonLat) {
      const area = franceAreaOf(lonLat[0], lonLat[1]);
      const point = (area && projections.get(area.id)) ?? main;
      return point(lonLat);
    },
  };
}
