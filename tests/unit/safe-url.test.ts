// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/ui/safe-url.ts';

describe('safeHttpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
  });

  it('turns a bare domain from the data into an https link', () => {
    expect(safeHttpUrl('aerospace-valley.com')).toBe('https://aerospace-valley.com/');
  });

  it('refuses every other scheme and junk', () => {
    expect(safeHttpUrl('javascript:window.__xss=3')).toBeNull();
    expect(safeHttpUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHttpUrl('vbscript:x')).toBeNull();
    expect(safeHttpUrl('')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl('https://')).toBeNull();
  });
});
