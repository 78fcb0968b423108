// @vitest-environment jsdom
// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { cases, drawChord, drawCountries, drawMatrix, newSvg } from '../snapshots/cases.ts';
import { expectSnapshot, serialize } from '../snapshots/snapshot.ts';
import { XSS_LABEL, XSS_NAME, XSS_SOURCE } from '../fixtures/partnerships/fixture.ts';

describe('diagram snapshots', () => {
  for (const [name, draw] of Object.entries(cases)) {
    it(name, async () => {
      await expectSnapshot(draw(), name);
    });
  }
});

describe('hostile strings', () => {
  it('stay text in every diagram: no <script> or <img> element, nothing runs', () => {
    const win = window as unknown as { __xss?: number };
    for (const name of ['hostile-chord', 'hostile-countries']) {
      const svg = cases[name]!();
      document.body.append(svg);
      expect(svg.querySelector('script, img, foreignObject')).toBeNull();
      const text = svg.textContent ?? '';
      expect(text).toContain(XSS_NAME);
      svg.remove();
    }
    const chord = serialize(cases['hostile-chord']!());
    expect(chord).toContain('&lt;img src=x onerror="window.__xss=1"&gt;');
    expect(chord).toContain('&lt;script&gt;window.__xss=2&lt;/script&gt;');
    expect(chord).toContain(XSS_SOURCE); // a source is shown as text, never as a link
    expect(chord).not.toContain('<a ');
    expect(chord.includes(XSS_LABEL)).toBe(false);
    expect(win.__xss).toBeUndefined();
  });
});

describe('re-rendering', () => {
  it('updates the same elements: drawing twice equals drawing once', () => {
    const once = serialize(drawChord({ mode: 'pairs', groupBy: 'sector' }));
    const svg = drawChord({ mode: 'groupings', groupBy: 'region', selected: 'pole:alpha' });
    const ribbon = svg.querySelector('path.ribbon[data-key="alpha~beta"]');
    drawChord({ mode: 'pairs', groupBy: 'sector' }, svg);
    expect(serialize(svg)).toBe(once);
    // Joined by key: the alpha–beta ribbon is the same node, updated in place.
    expect(svg.querySelector('path.ribbon[data-key="alpha~beta"]')).toBe(ribbon);
  });

  it('clears the previous diagram when another one takes the SVG', () => {
    const svg = newSvg();
    drawChord({ mode: 'pairs', groupBy: 'sector' }, svg);
    drawMatrix({ mode: 'pairs', groupBy: 'sector', order: 'degree' }, svg);
    expect(svg.querySelector('path.ribbon')).toBeNull();
    drawCountries({}, svg);
    expect(svg.querySelector('rect.cell')).toBeNull();
    expect(serialize(svg)).toBe(serialize(drawCountries({})));
  });
});
