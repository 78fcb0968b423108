// SPDX-License-Identifier: MIT
// A well-formed but unknown pôle id (attribute or hash) selects nothing instead of dimming every pôle.
import { describe, expect, it } from 'vitest';
import { unknownPoleOf, withKnownPole } from '../../src/elements/poles-map/unknown-pole.ts';
import { t } from '../../src/i18n/messages.ts';
import { DEFAULT_STATE } from '../../src/state/view-state.ts';
import type { PolesFile } from '../../src/types.ts';

const poles = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', id: 'aerospace-valley', geometry: null, properties: {} }],
} as unknown as PolesFile;

describe('a pôle id the data does not have', () => {
  it('is named, and the state shown selects nothing', () => {
    const state = { ...DEFAULT_STATE, pole: 'xyz' };
    expect(unknownPoleOf(state, poles)).toBe('xyz');
    expect(withKnownPole(state, poles)).toEqual({ ...state, pole: null });
  });

  it('a known pôle, or none, is kept as it is', () => {
    const known = { ...DEFAULT_STATE, pole: 'aerospace-valley' };
    expect(unknownPoleOf(known, poles)).toBeNull();
    expect(withKnownPole(known, poles)).toBe(known);
    expect(unknownPoleOf(DEFAULT_STATE, poles)).toBeNull();
  });

  it('the notice, in French with narrow no-break spaces, and in English', () => {
    expect(t('fr', 'map.unknownPole', { id: 'xyz' })).toBe(
      'Pôle inconnu\u202f: «\u202fxyz\u202f» (aucun pôle sélectionné)',
    );
    expect(t('en', 'map.unknownPole', { id: 'xyz' })).toBe('Unknown pôle: “xyz” (no pôle selected)');
  });
});
