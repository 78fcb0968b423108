// SPDX-License-Identifier: MIT
// The partnership view's diagram in the URL and the share dialog (issue 17, section 2).
import { describe, expect, it } from 'vitest';
import { embedAttributes } from '../../src/elements/poles-share/snippets.ts';
import { decodeHash, encodeHash } from '../../src/state/hash.ts';
import { DEFAULT_STATE } from '../../src/state/view-state.ts';

describe('diagram in the hash', () => {
  it('is written when it is not the default, and read back', () => {
    const state = { ...DEFAULT_STATE, view: 'links' as const, diagram: 'international' as const };
    expect(encodeHash(state)).toBe('#v=1&view=links&diagram=international');
    expect(decodeHash('#v=1&view=links&diagram=international')).toEqual({ state, rejected: [] });
    expect(encodeHash({ ...state, diagram: 'chord' })).toBe('#v=1&view=links');
  });

  it('keeps a foreign region selected with the international diagram', () => {
    const state = {
      ...DEFAULT_STATE,
      view: 'links' as const,
      diagram: 'international' as const,
      link: 'region:CA-quebec',
    };
    expect(encodeHash(state)).toBe('#v=1&view=links&link=region:CA-quebec&diagram=international');
    expect(decodeHash(encodeHash(state))).toEqual({ state, rejected: [] });
  });

  it('an unknown diagram is dropped and reported', () => {
    expect(decodeHash('#v=1&diagram=sankey')).toEqual({ state: DEFAULT_STATE, rejected: ['diagram'] });
  });

  it('the share dialog says an embed cannot keep it', () => {
    expect(embedAttributes({ ...DEFAULT_STATE, view: 'links', diagram: 'matrix' }).dropped).toContain(
      'diagram',
    );
    expect(embedAttributes({ ...DEFAULT_STATE, view: 'links' }).dropped).not.toContain('diagram');
  });
});
