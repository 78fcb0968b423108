// SPDX-License-Identifier: MIT
// The layers a view adds over the base map and its pôles: the veil outside a région filter, a selected pôle's footprint, the
// concentration layer and the partnership arcs. Loaded with import() by the engine the first time a
// view needs one, so that the default map (sites and pôles) does not download the polygon, path and
// aggregation layers of deck.gl.
import type { Layer } from '@deck.gl/core';
import { createArcsLayers } from './arcs/arcs.layer.ts';
import { createProjectArcsLayer } from './arcs/projects.layer.ts';
import { createChoroplethLayer } from './choropleth/choropleth.layer.ts';
import { createFootprintLayer } from './footprint/footprint.layer.ts';
import { createEvolutionLayers } from './evolutions/evolutions.layer.ts';
import { createGapsLayers } from './gaps/gaps.layer.ts';
import { createHexbinLayers } from './hexbin/hexbin.layer.ts';
import { createVeilLayer } from './veil/veil.layer.ts';
import type { MapView, OverlayLayers } from './index.ts';

export function buildOverlays(view: MapView): OverlayLayers {
  const below: Layer[] = view.veil.length ? [createVeilLayer(view.veil)] : [];
  if (view.footprint.length && view.footprintColour) {
    below.push(createFootprintLayer(view.footprint, { colour: view.footprintColour }));
  }
  const c = view.concentration;
  if (c?.kind === 'choropleth') below.push(createChoroplethLayer(c.areas, { breaks: c.breaks }));
  if (c?.kind === 'hexbin')
    below.push(...createHexbinLayers(c.sites, { radiusKm: c.radiusKm, breaks: c.breaks }));
  if (c?.kind === 'gaps') below.push(...createGapsLayers(c.territories, c.communes));
  const evo = view.evolution;
  if (evo?.net)
    below.push(createChoroplethLayer(evo.net.areas, { breaks: evo.net.breaks, colours: evo.net.colours }));
  const above: Layer[] = view.arcs.length
    ? createArcsLayers(view.arcs, { selected: view.linkSelection })
    : [];
  if (view.projectArcs?.length) above.push(createProjectArcsLayer(view.projectArcs));
  if (evo) above.push(...createEvolutionLayers(evo));
  return { below, above };
}
