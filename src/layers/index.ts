// SPDX-License-Identifier: MIT
// The layer registry: which deck.gl layers the map draws, bottom to top, for a given view.
import type { Layer } from '@deck.gl/core';
import type { Feature as GeoJsonFeature } from 'geojson';
import type { Partnership } from '../types.ts';
import type { Rgb } from '../theme/palette.ts';
import { createArcsLayers } from './arcs/arcs.layer.ts';
import type { ConcentrationLayers } from '../map/concentration.ts';
import { createChoroplethLayer } from './choropleth/choropleth.layer.ts';
import { createGapsLayers } from './gaps/gaps.layer.ts';
import { createHexbinLayers } from './hexbin/hexbin.layer.ts';
import { createFootprintLayer } from './footprint/footprint.layer.ts';
import { createLabelsLayer, type Label } from './labels/labels.layer.ts';
import { createMembersLayer, type MemberSite } from './members/members.layer.ts';
import { createPolesLayer, type PlacedPole } from './poles/poles.layer.ts';

export type { Label, MemberSite, PlacedPole };

export interface MapView {
  poles: PlacedPole[];
  members: MemberSite[];
  /** The selected pôle; its sites stay bright while the others fade. */
  selectedId: string | null;
  /** Pôles drawn as selected: the selected pôle, or the pôles of the selected partnership. */
  highlighted: string[];
  /** Partnerships drawn as great-circle arcs (the partnership view), and the selection among them. */
  arcs: Partnership[];
  linkSelection: string | null;
  /** Territories covered by the selected pôle, tinted with `footprintColour`. */
  footprint: GeoJsonFeature[];
  footprintColour: Rgb | null;
  labels: Label[];
  /** The concentration layer of the view (choropleth, hexbins or coverage gaps), if any. */
  concentration: ConcentrationLayers | null;
}

/**
 * Footprint, then the concentration layer, under labels under member sites under pôle HQs, so that a HQ is never hidden by a site
 * of the same commune. A selection dims the other pôles and their sites.
 */
export function buildLayers(view: MapView): Layer[] {
  const layers: Layer[] = [];
  if (view.footprint.length && view.footprintColour) {
    layers.push(createFootprintLayer(view.footprint, { colour: view.footprintColour }));
  }
  const c = view.concentration;
  if (c?.kind === 'choropleth') layers.push(createChoroplethLayer(c.areas, { breaks: c.breaks }));
  if (c?.kind === 'hexbin')
    layers.push(...createHexbinLayers(c.sites, { radiusKm: c.radiusKm, breaks: c.breaks }));
  if (c?.kind === 'gaps') layers.push(...createGapsLayers(c.territories, c.communes));
  layers.push(createLabelsLayer(view.labels));
  layers.push(createMembersLayer(view.members, { focusPole: view.selectedId }));
  if (view.arcs.length) layers.push(...createArcsLayers(view.arcs, { selected: view.linkSelection }));
  layers.push(createPolesLayer(view.poles, { selectedIds: view.highlighted }));
  return layers;
}
