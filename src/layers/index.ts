// SPDX-License-Identifier: MIT
// The layer registry: which deck.gl layers the map draws, bottom to top, for a given view.
import type { Layer } from '@deck.gl/core';
import { createMembersLayer, type MemberSite } from './members/members.layer.ts';
import { createPolesLayer, type PlacedPole } from './poles/poles.layer.ts';

export type { MemberSite, PlacedPole };

export interface MapView {
  poles: PlacedPole[];
  members: MemberSite[];
  selectedId: string | null;
}

/** Member sites under pôle HQs, so that a HQ is never hidden by a site of the same commune. */
export function buildLayers(view: MapView): Layer[] {
  return [createMembersLayer(view.members), createPolesLayer(view.poles, { selectedId: view.selectedId })];
}
