// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { START, presenterHash, readPresenterHash, step } from '../../src/tour/navigation.ts';

const at = (stop: number, blackout = false) => ({ stop, blackout });

describe('step', () => {
  it('moves one stop at a time and stops at both ends', () => {
    expect(step(START, { type: 'next' }, 3)).toEqual(at(1));
    expect(step(at(2), { type: 'next' }, 3)).toEqual(at(2));
    expect(step(at(1), { type: 'previous' }, 3)).toEqual(at(0));
    expect(step(START, { type: 'previous' }, 3)).toEqual(START);
  });

  it('toggles the black screen; next or previous only bring the picture back', () => {
    const black = step(at(1), { type: 'blackout' }, 3);
    expect(black).toEqual(at(1, true));
    expect(step(black, { type: 'blackout' }, 3)).toEqual(at(1));
    expect(step(black, { type: 'next' }, 3)).toEqual(at(1));
    expect(step(black, { type: 'previous' }, 3)).toEqual(at(1));
  });

  it('goes home, jumps to a stop of the tour and ignores a digit beyond it', () => {
    expect(step(at(2, true), { type: 'home' }, 3)).toEqual(START);
    expect(step(at(0, true), { type: 'jump', stop: 2 }, 3)).toEqual(at(2));
    expect(step(at(1), { type: 'jump', stop: 5 }, 3)).toEqual(at(1));
  });

  it('leaves the position to the element for full screen', () => {
    expect(step(at(1, true), { type: 'fullscreen' }, 3)).toEqual(at(1, true));
  });
});

describe('presenter hash', () => {
  it('round-trips the stop (1-based in the URL) and the language', () => {
    expect(presenterHash(2, 'en')).toBe('#stop=3&lang=en');
    expect(readPresenterHash('#stop=3&lang=en', 9)).toEqual({ stop: 2, lang: 'en' });
  });

  it('starts at stop 1 in French, and clamps a stop beyond the tour', () => {
    expect(readPresenterHash('', 9)).toEqual({ stop: 0, lang: 'fr' });
    expect(readPresenterHash('#stop=abc&lang=de', 9)).toEqual({ stop: 0, lang: 'fr' });
    expect(readPresenterHash('#stop=0', 9)).toEqual({ stop: 0, lang: 'fr' });
    expect(readPresenterHash('#stop=42', 9)).toEqual({ stop: 8, lang: 'fr' });
  });
});
