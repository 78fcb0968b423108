// SPDX-License-Identifier: MIT
// Presenter keys → tour actions. Presentation remotes ("clickers") send PageDown/PageUp, and many
// send "." for a black screen (the PowerPoint habit), so those are mapped along with the keyboard.

export type TourAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'blackout' }
  | { type: 'home' }
  | { type: 'fullscreen' }
  /** Shows or hides the list of the keys (and the controls). */
  | { type: 'help' }
  /** Opens the presenter view, a second window with the notes, the next stop and the time. */
  | { type: 'presenterView' }
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
  '?': { type: 'help' },
  p: { type: 'presenterView' },
  P: { type: 'presenterView' },
};

/** Names of the keys that the help lists, as printed on a keyboard; `space` and `home` are worded. */
export type KeyName = string | { word: 'space' | 'home' };

/** The keys of each action, in the order the `?` help lists them (the same table as ACTIONS). */
export const KEY_HELP: readonly { action: TourAction['type']; keys: readonly KeyName[] }[] = [
  { action: 'next', keys: ['→', 'Page ↓', { word: 'space' }] },
  { action: 'previous', keys: ['←', 'Page ↑'] },
  { action: 'jump', keys: ['1 … 9', '1 0 …'] },
  { action: 'home', keys: [{ word: 'home' }] },
  { action: 'blackout', keys: ['B', '.'] },
  { action: 'fullscreen', keys: ['F'] },
  { action: 'presenterView', keys: ['P'] },
  { action: 'help', keys: ['?'] },
];

/**
 * The action of a key, or null. Keys with Ctrl, Alt or ⌘ are left to the browser (Ctrl+F, Alt+←
 * and ⌘+1 must keep working); Shift is allowed, so that B and F work with Caps Lock or Shift.
 */
export function actionOfKey(input: KeyInput): TourAction | null {
  if (input.altKey || input.ctrlKey || input.metaKey) return null;
  if (/^[1-9]$/.test(input.key)) return { type: 'jump', stop: Number(input.key) - 1 };
  return ACTIONS[input.key] ?? null;
}
