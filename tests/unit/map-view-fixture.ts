// SPDX-License-Identifier: MIT
// A map view with nothing in it, for the layer and legend tests to fill the part they check, and a
// pôle to put in it.
import type { MapView } from '../../src/layers/index.ts';
import type { PlacedPole } from '../../src/layers/poles/poles.layer.ts';

export const emptyView = (patch: Partial<MapView> = {}): MapView => ({
  poles: [],
  members: [],
  veil: [],
  selectedId: null,
  highlighted: [],
  arcs: [],
  linkSelection: null,
  footprint: [],
  footprintColour: null,
  labels: [],
  concentration: null,
  ...patch,
});

export const LYON: [number, number] = [4.83638, 45.75485];

/** A pôle of the sea sector at `position` (Lyon by default, where several pôles share a seat). */
export const placedPole = (id: string, position = LYON): PlacedPole =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: position },
    properties: { id, sector: 'mer', shortName: id.toUpperCase() },
  }) as PlacedPole;
