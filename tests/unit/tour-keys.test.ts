// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { KEY_HELP, actionOfKey } from '../../src/tour/keys.ts';

describe('actionOfKey', () => {
  it('goes forward with →, PageDown (clickers) and Space', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(actionOfKey({ key })).toEqual({ type: 'next' });
  });

  it('goes back with ← and PageUp', () => {
    for (const key of ['ArrowLeft', 'PageUp']) expect(actionOfKey({ key })).toEqual({ type: 'previous' });
  });

  it('maps B (either case, or "." from a clicker), Home and F', () => {
    expect(actionOfKey({ key: 'b' })).toEqual({ type: 'blackout' });
    expect(actionOfKey({ key: 'B' })).toEqual({ type: 'blackout' });
    expect(actionOfKey({ key: '.' })).toEqual({ type: 'blackout' });
    expect(actionOfKey({ key: 'Home' })).toEqual({ type: 'home' });
    expect(actionOfKey({ key: 'f' })).toEqual({ type: 'fullscreen' });
    expect(actionOfKey({ key: 'F' })).toEqual({ type: 'fullscreen' });
  });

  it('jumps to stops 1-9 with the digits (0-based), not with 0', () => {
    expect(actionOfKey({ key: '1' })).toEqual({ type: 'jump', stop: 0 });
    expect(actionOfKey({ key: '9' })).toEqual({ type: 'jump', stop: 8 });
    expect(actionOfKey({ key: '0' })).toBeNull();
  });

  it("leaves the browser's shortcuts and other keys alone", () => {
    expect(actionOfKey({ key: 'f', ctrlKey: true })).toBeNull();
    expect(actionOfKey({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(actionOfKey({ key: '1', metaKey: true })).toBeNull();
    expect(actionOfKey({ key: 'a' })).toBeNull();
    expect(actionOfKey({ key: 'Enter' })).toBeNull();
  });
});

describe('the keys of the presenter view and of the help', () => {
  it('opens the presenter view with P and the list of the keys with ?', () => {
    expect(actionOfKey({ key: 'p' })).toEqual({ type: 'presenterView' });
    expect(actionOfKey({ key: 'P' })).toEqual({ type: 'presenterView' });
    expect(actionOfKey({ key: '?' })).toEqual({ type: 'help' });
    expect(actionOfKey({ key: 'p', ctrlKey: true })).toBeNull();
  });

  it('lists every action once in the help, each with keys that actionOfKey maps to it', () => {
    const actions = KEY_HELP.map((entry) => entry.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const { action, keys } of KEY_HELP) {
      const key = keys[0]!;
      const pressed =
        typeof key === 'string'
          ? key.replace(/ .*/, '').replace('→', 'ArrowRight').replace('←', 'ArrowLeft')
          : key.word === 'space'
            ? ' '
            : 'Home';
      expect(actionOfKey({ key: pressed })?.type).toBe(action);
    }
  });
});
