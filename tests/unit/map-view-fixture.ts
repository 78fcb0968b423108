// SPDX-License-Identifier: MIT
// A map view with nothing in it, for the layer and legend tests to fill the part they check.
import type { MapView } from '../../src/layers/index.ts';

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
