// SPDX-License-Identifier: MIT
// A `pole` attribute or hash field that is well formed but names no pôle of the data (a typo, a link
// made against a later deploy): the map selects nothing, instead of dimming every pôle around a
// selection that does not exist, and the element says which id it did not know.
import type { ViewState } from '../../state/view-state.ts';
import type { PolesFile } from '../../types.ts';

/** The id of `state.pole` when `poles` has no such pôle, else null. */
export function unknownPoleOf(state: Pick<ViewState, 'pole'>, poles: PolesFile): string | null {
  const id = state.pole;
  return id !== null && !poles.features.some((f) => f.id === id) ? id : null;
}

/** `state` with nothing selected when its pôle is unknown (the same object when it is known). */
export function withKnownPole<S extends Pick<ViewState, 'pole'>>(state: S, poles: PolesFile): S {
  return unknownPoleOf(state, poles) === null ? state : { ...state, pole: null };
}
