// SPDX-License-Identifier: MIT
// Copying a snippet: the clipboard when it accepts, else the text is selected for Ctrl/⌘+C.
import { describe, expect, it, vi } from 'vitest';
import { copyField } from '../../src/elements/poles-share/copy.ts';

const field = () => ({ value: '<poles-map lang="fr"></poles-map>', focus: vi.fn(), select: vi.fn() });

describe('copyField', () => {
  it('writes the text to the clipboard', async () => {
    const f = field();
    const writeText = vi.fn(() => Promise.resolve());
    expect(await copyField(f, { writeText })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith(f.value);
    expect(f.select).not.toHaveBeenCalled();
  });

  it('selects the text when the clipboard refuses (permission, plain http)', async () => {
    const f = field();
    const writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    expect(await copyField(f, { writeText })).toBe('selected');
    expect(f.focus).toHaveBeenCalled();
    expect(f.select).toHaveBeenCalled();
  });

  it('selects the text when there is no clipboard API', async () => {
    const f = field();
    expect(await copyField(f, null)).toBe('selected');
    expect(f.select).toHaveBeenCalled();
  });
});
