// SPDX-License-Identifier: MIT
// Presenter keys → tour actions. Presentation remotes ("clickers") send PageDown/PageUp, and many
// send "." for a black screen (the PowerPoint habit), so those are mapped along with the keyboard.

export type TourAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'blackout' }
  | { type: 'home' }
  | { type: 'fullscreen' }
  /** `stop` is 0-based. */
  | { type: 'jump'; stop: number };

/** What the mapping reads of a KeyboardEvent. */
export interface KeyInput {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const ACTIONS: Readonly<Record<string, TourAction>> = {
  ArrowRight: { type: 'next' },
  PageDown: { type: 'next' },
  ' ': { type: 'next' },
  ArrowLeft: { type: 'previous' },
  PageUp: { type: 'previous' },
  b: { type: 'blackout' },
  B: { type: 'blackout' },
  '.': { type: 'blackout' },
  Home: { type: 'home' },
  f: { type: 'fullscreen' },
  F: { type: 'fullscreen' },
};

/**
 * The action of a key, or null. Keys with Ctrl, Alt or ⌘ are left to the browser (Ctrl+F, Alt+←
 * and ⌘+1 must keep working); Shift is allowed, so that B and F work with Caps Lock or Shift.
 */
export function actionOfKey(input: KeyInput): TourAction | null {
  if (input.altKey || input.ctrlKey || input.metaKey) return null;
  if (/^[1-9]$/.test(input.key)) return { type: 'jump', stop: Number(input.key) - 1 };
  return ACTIONS[input.key] ?? null;
}
