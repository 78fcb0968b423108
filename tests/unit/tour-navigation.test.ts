// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { START, presenterHash, readPresenterHash, step, typeDigit } from '../../src/tour/navigation.ts';

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

describe('typeDigit', () => {
  it('goes to stops 1 to 9 at once, and to 10 and beyond with a second digit typed quickly', () => {
    expect(typeDigit('', '3', 12)).toEqual({ typed: '3', stop: 2 });
    expect(typeDigit('1', '0', 12)).toEqual({ typed: '10', stop: 9 });
    expect(typeDigit('1', '2', 12)).toEqual({ typed: '12', stop: 11 });
  });

  it('starts a new number where two digits would go beyond the tour, and ignores 0 and stops beyond it', () => {
    expect(typeDigit('1', '5', 12)).toEqual({ typed: '5', stop: 4 });
    expect(typeDigit('12', '3', 12)).toEqual({ typed: '3', stop: 2 });
    expect(typeDigit('', '0', 12)).toEqual({ typed: '', stop: null });
    expect(typeDigit('', '7', 5)).toEqual({ typed: '', stop: null });
  });

  it('keeps the other actions of the presenter view and the help from moving', () => {
    expect(step(at(1, true), { type: 'help' }, 3)).toEqual(at(1, true));
    expect(step(at(2), { type: 'presenterView' }, 3)).toEqual(at(2));
  });
});
