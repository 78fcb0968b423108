// SPDX-License-Identifier: MIT
// Where the presenter is in the tour, how each action moves it, and its place in the URL
// (`present.html#stop=3&lang=en`, 1-based), so that a reload during a talk lands on the same stop.
import { parseLang, type Lang } from '../i18n/messages.ts';
import type { TourAction } from './keys.ts';

export interface TourPosition {
  /** 0-based stop index. */
  stop: number;
  /** The screen is black (the audience looks at the speaker). */
  blackout: boolean;
}

export const START: TourPosition = { stop: 0, blackout: false };

const clamp = (n: number, count: number) => Math.min(Math.max(n, 0), count - 1);

/**
 * The position after `action` in a tour of `count` stops. Moves stop at both ends (no wrap-around:
 * a double press on the last stop must not jump back to the title). While the screen is black,
 * next and previous only bring the picture back, so the audience never misses a stop; B toggles
 * it; Home and the digits show the stop they ask for. A digit beyond the tour is ignored.
 */
export function step(position: TourPosition, action: TourAction, count: number): TourPosition {
  switch (action.type) {
    case 'next':
    case 'previous':
      if (position.blackout) return { ...position, blackout: false };
      return { stop: clamp(position.stop + (action.type === 'next' ? 1 : -1), count), blackout: false };
    case 'blackout':
      return { ...position, blackout: !position.blackout };
    case 'home':
      return START;
    case 'jump':
      return action.stop < count ? { stop: action.stop, blackout: false } : position;
    case 'fullscreen':
    case 'help':
    case 'presenterView':
      return position;
  }
}

/** The stop (0-based, clamped to the tour) and language of a presenter hash; stop 1 and French by default. */
export function readPresenterHash(hash: string, count: number): { stop: number; lang: Lang } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw = params.get('stop');
  const n = raw !== null && /^\d{1,4}$/.test(raw) ? Number(raw) - 1 : 0;
  return { stop: clamp(n, count), lang: parseLang(params.get('lang')) };
}

/** The presenter hash of a stop (0-based) and language. */
export function presenterHash(stop: number, lang: Lang): string {
  return `#stop=${stop + 1}&lang=${lang}`;
}

/** Time within which a second digit makes a two-digit stop number (1 then 2: stop 12). */
export const DIGIT_MS = 1000;

/**
 * A digit key typed after `typed` (the digits of the last second): the stop it asks for (0-based) and
 * the digits to remember. A digit jumps at once (1 to 9); one typed quickly after makes a two-digit
 * number when the tour has that stop (1 then 0: stop 10), else it starts a new number. 0 alone and
 * stops beyond the tour ask for nothing.
 */
export function typeDigit(
  typed: string,
  digit: string,
  count: number,
): { typed: string; stop: number | null } {
  const joined = Number(typed + digit);
  if (typed && joined >= 1 && joined <= count) return { typed: typed + digit, stop: joined - 1 };
  const n = Number(digit);
  return n >= 1 && n <= count ? { typed: digit, stop: n - 1 } : { typed: '', stop: null };
}
