// SPDX-License-Identifier: MIT
// The two windows of a talk (the stage and the presenter view, `present.html?presenter`) keep in
// step through a BroadcastChannel: whichever window moves (a key, a clicker, a button) sends where
// it now is, and the other one goes there. Pure: the messages, their checking (another page of the
// site could post anything on the channel) and the time shown to the speaker.
import { parseLang, type Lang } from '../i18n/messages.ts';
import type { TourPosition } from './navigation.ts';

/** Name of the channel of the presenter's windows. */
export const SYNC_CHANNEL = 'poles-presenter';

export type SyncMessage =
  /** A window moved (or answers a hello): the stop, the black screen and the language. */
  | { type: 'position'; stop: number; blackout: boolean; lang: Lang; stops: number }
  /** A window opened and asks where the talk is. */
  | { type: 'hello'; stops: number };

export function positionMessage(position: TourPosition, lang: Lang, stops: number): SyncMessage {
  return { type: 'position', stop: position.stop, blackout: position.blackout, lang, stops };
}

/**
 * A message received, or null when it is not one of ours or belongs to another tour (a different
 * number of stops: another tab presenting another tour must not move this one).
 */
export function readSyncMessage(data: unknown, stops: number): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.stops !== stops) return null;
  if (m.type === 'hello') return { type: 'hello', stops };
  if (m.type !== 'position') return null;
  const stop = m.stop;
  if (typeof stop !== 'number' || !Number.isInteger(stop) || stop < 0 || stop >= stops) return null;
  if (typeof m.blackout !== 'boolean' || typeof m.lang !== 'string') return null;
  return { type: 'position', stop, blackout: m.blackout, lang: parseLang(m.lang), stops };
}

/** The time since the start of the talk: `m:ss`, or `h:mm:ss` from the first hour. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
