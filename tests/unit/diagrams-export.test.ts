// @vitest-environment jsdom
// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it, vi } from 'vitest';
import { standaloneSvg } from '../../src/diagrams/export.ts';
import { downloadText } from '../../src/elements/poles-links/download.ts';
import { drawChord, drawCountries } from '../snapshots/cases.ts';
import { serialize } from '../snapshots/snapshot.ts';

afterEach(() => vi.restoreAllMocks());

describe('SVG export', () => {
  it('is a standalone, well-formed SVG file with its font, title and legend', () => {
    const text = standaloneSvg(drawChord({ mode: 'pairs', groupBy: 'sector' }));
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const svg = doc.documentElement;
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.hasAttribute('data-diagram')).toBe(false);
    expect(svg.children[0]!.tagName).toBe('title');
    expect(svg.children[1]!.tagName).toBe('style');
    expect(svg.querySelector('style')!.textContent).toContain('font-family');
    expect(svg.querySelector('.diagram-heading')!.textContent).toBe('Chord');
    expect(svg.querySelector('.legend-title')!.textContent).toBe('Secteur du pôle');
  });

  it('leaves the live diagram untouched', () => {
    const svg = drawCountries({});
    const before = serialize(svg);
    standaloneSvg(svg);
    expect(serialize(svg)).toBe(before);
  });
});

describe('downloadText', () => {
  it('clicks a temporary download link to a Blob URL, then revokes it', () => {
    vi.useFakeTimers();
    const create = vi.fn((blob: Blob) => (blob.type ? 'blob:test' : ''));
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('links.csv');
      expect(this.href).toBe('blob:test');
    });
    downloadText('links.csv', 'a,b\r\n', 'text/csv');
    expect(click).toHaveBeenCalledOnce();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test');
    vi.useRealTimers();
  });
});
