// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { formatElapsed, positionMessage, readSyncMessage } from '../../src/tour/sync.ts';

describe('the messages between the stage and the presenter view', () => {
  it('reads back the position a window sends, stop, black screen and language', () => {
    const sent = positionMessage({ stop: 3, blackout: true }, 'en', 12);
    expect(readSyncMessage(structuredClone(sent), 12)).toEqual({
      type: 'position',
      stop: 3,
      blackout: true,
      lang: 'en',
      stops: 12,
    });
    expect(readSyncMessage({ type: 'hello', stops: 12 }, 12)).toEqual({ type: 'hello', stops: 12 });
  });

  it('ignores the messages of another tour (another number of stops) and anything malformed', () => {
    expect(readSyncMessage(positionMessage({ stop: 3, blackout: false }, 'fr', 9), 12)).toBeNull();
    expect(readSyncMessage({ type: 'hello', stops: 9 }, 12)).toBeNull();
    for (const bad of [
      null,
      'position',
      { type: 'position', stop: 12, blackout: false, lang: 'fr', stops: 12 },
      { type: 'position', stop: -1, blackout: false, lang: 'fr', stops: 12 },
      { type: 'position', stop: 1.5, blackout: false, lang: 'fr', stops: 12 },
      { type: 'position', stop: '2', blackout: false, lang: 'fr', stops: 12 },
      { type: 'position', stop: 2, blackout: 'no', lang: 'fr', stops: 12 },
      { type: 'position', stop: 2, blackout: false, stops: 12 },
      { type: 'jump', stop: 2, stops: 12 },
    ])
      expect(readSyncMessage(bad, 12)).toBeNull();
  });

  it('takes an unknown language for French, as the URL does', () => {
    expect(
      readSyncMessage({ type: 'position', stop: 0, blackout: false, lang: 'de', stops: 2 }, 2),
    ).toMatchObject({
      lang: 'fr',
    });
  });
});

describe('formatElapsed', () => {
  it('writes minutes and seconds, then hours from the first hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_600_000 + 2 * 60_000 + 3_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
