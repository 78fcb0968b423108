// SPDX-License-Identifier: MIT
// The layer registry: which deck.gl layers the map draws, bottom to top, for a given view.
import type { Layer } from '@deck.gl/core';
import type { Feature as GeoJsonFeature } from 'geojson';
import type { Partnership } from '../types.ts';
import type { Rgb } from '../theme/palette.ts';
import type { ConcentrationLayers } from '../map/concentration.ts';
import type { EvolutionLayers } from '../map/evolutions.ts';
import type { Label } from './labels/labels.ts';
import type { ProjectArc } from './arcs/project-arcs.ts';
import type { ProjectStatus } from '../data/projects/format.ts';
import { createMembersLayer, type MemberSite, type SiteFilter } from './members/members.layer.ts';
import { createPolesLayer, type PlacedPole } from './poles/poles.layer.ts';
import { placerOf } from './colocation/colocation.ts';
import { createColocationLayers } from './colocation/colocation.layer.ts';
import { scaleLayer } from './scale.ts';

export type { Label, MemberSite, PlacedPole };

export interface MapView {
  poles: PlacedPole[];
  /** The member sites shown (the legends list their kinds). */
  members: MemberSite[];
  /**
   * What the pôle and site layers draw, when set: the pôles and sites passing the filters applied on
   * the CPU, in arrays kept as long as only the year or the sectors change, which `filter` applies on
   * the GPU; what is drawn is then `poles` and `members`, without re-uploading them. Unset: `poles`
   * and `members`, as they are.
   */
  gpu?: { poles: PlacedPole[]; sites: MemberSite[]; filter: SiteFilter };
  /** The selected pôle; its sites stay bright while the others fade. */
  selectedId: string | null;
  /** Pôles drawn as selected: the selected pôle, or the pôles of the selected partnership. */
  highlighted: string[];
  /** Partnerships drawn as great-circle arcs (the partnership view), and the selection among them. */
  arcs: Partnership[];
  linkSelection: string | null;
  /** Partnership projects imported, drawn over the arcs coloured by stage (the partnership view). */
  projectArcs?: ProjectArc[];
  /**
   * The stages of the project arcs drawn, with their colours, and the number of projects shown but not
   * drawn (no placed partner where they are or no known HQ, data/projects/places.ts).
   */
  projectLegend?: {
    stages: { status: ProjectStatus; colour: string }[];
    unplaced: number;
    /** The list is the generated sample: the legend says so, on screen and in the PNG. */
    synthetic: boolean;
  };
  /** Territories outside the région filter, veiled (empty without a filter). */
  veil: GeoJsonFeature[];
  /** Territories covered by the selected pôle, tinted with `footprintColour`. */
  footprint: GeoJsonFeature[];
  footprintColour: Rgb | null;
  /** Territory names, drawn over the map by the engine (labels/labels.ts). */
  labels: Label[];
  /** The concentration layer of the view (choropleth, hexbins or coverage gaps), if any. */
  concentration: ConcentrationLayers | null;
  /** The Évolutions view's marks, lines and net-change choropleth; absent elsewhere. */
  evolution?: EvolutionLayers | null;
  /**
   * Multiplies every size the layers give in pixels (radii, outlines, line and arc widths, the rings
   * of symbols sharing a point), so that they grow with a big screen as its text does: the stage of
   * present.html (elements/poles-map/stage.ts stageScale). @default 1
   */
  scale?: number;
}

/** The layers of overlays.ts (footprint, concentration, arcs), under and over the member sites. */
export interface OverlayLayers {
  below: Layer[];
  above: Layer[];
}

/** Whether `view` draws anything of overlays.ts, which the engine then loads first. */
export function needsOverlays(view: MapView): boolean {
  return (
    view.veil.length > 0 ||
    (view.footprint.length > 0 && view.footprintColour !== null) ||
    view.concentration !== null ||
    view.arcs.length > 0 ||
    Boolean(view.projectArcs?.length) ||
    Boolean(view.evolution)
  );
}

/**
 * The veil outside a région filter, the footprint, then the concentration layer, under the leaders
 * of co-located symbols, member sites, the arcs, the groups' hubs and badges and the pôle HQs, so
 * that a HQ is never hidden by a site of the same commune. A selection dims the other pôles and
 * their sites. The territory names are text over the map (labels/labels.ts), not a deck.gl layer.
 */
export function buildLayers(
  view: MapView,
  overlays: OverlayLayers = { below: [], above: [] },
  /** The map's zoom, at which symbols sharing a point are spread on rings; at their points when absent. */
  zoom?: number,
): Layer[] {
  const placer = zoom === undefined ? undefined : placerOf(view, zoom);
  const colocated = placer?.layout.groups.length ? createColocationLayers(placer) : null;
  const layers = [
    ...overlays.below,
    ...(colocated ? [colocated.leaders] : []),
    createMembersLayer(view.gpu?.sites ?? view.members, {
      focusPole: view.selectedId,
      filter: view.gpu?.filter,
      placer,
    }),
    ...overlays.above,
    ...(colocated?.marks ?? []),
    createPolesLayer(view.gpu?.poles ?? view.poles, {
      selectedIds: view.highlighted,
      filter: view.gpu?.filter,
      placer,
    }),
  ];
  const scale = view.scale ?? 1;
  return scale === 1 ? layers : layers.map((layer) => scaleLayer(layer, scale));
}
