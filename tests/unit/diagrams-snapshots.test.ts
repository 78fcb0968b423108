// @vitest-environment jsdom
// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { cases, drawChord, drawCountries, drawLineage, drawMatrix, newSvg } from '../snapshots/cases.ts';
import { expectSnapshot, serialize } from '../snapshots/snapshot.ts';
import { lineageLayout } from '../../src/diagrams/lineage/layout.ts';
import { renderLineage } from '../../src/diagrams/lineage/render.ts';
import { FIXTURE_POLES, FIXTURE_TIME } from '../fixtures/time/fixture.ts';
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

  it('updates the lineage diagram in place when the years compared change', () => {
    const once = serialize(drawLineage({ marks: [2018, 2019] }));
    const svg = drawLineage({ marks: [2005, 2026], selected: 'h' });
    const band = svg.querySelector('g.band[data-pole="h"]');
    drawLineage({ marks: [2018, 2019] }, svg);
    expect(serialize(svg)).toBe(once);
    expect(svg.querySelector('g.band[data-pole="h"]')).toBe(band);
  });
});

describe('lineage diagram', () => {
  it('reports the lineage clicked or chosen with Enter, and a hover text with its story', () => {
    const svg = newSvg();
    document.body.append(svg);
    const chosen: string[] = [];
    const hovers: (string | null)[] = [];
    renderLineage(svg, lineageLayout(FIXTURE_POLES, FIXTURE_TIME, FIXTURE_TIME), {
      lang: 'en',
      title: 'Lineage',
      asOf: '2025-12',
      onSelect: (s) => chosen.push(s),
      onHover: (text) => hovers.push(text),
    });
    const band = svg.querySelector<SVGGElement>('g.band[data-pole="b"]')!;
    band.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    band.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    band.dispatchEvent(new Event('pointerenter'));
    expect(chosen).toEqual(['pole:b', 'pole:b']);
    expect(hovers[0]).toBe('Bravo\nlabelled 2005-2018, merged into Delta (2019-02)');
    expect(svg.querySelector('g.band[data-pole="d"] > title')?.textContent).toBe(
      'Delta\nlabelled 2019-2026, labelled at the last known date\nmerger of Bravo + Charlie (2019-02)',
    );
    // A status no source states is hatched, with a dashed outline.
    const unknown = svg.querySelector('g.band[data-pole="g"] g.run:last-child rect.bar')!;
    expect(unknown.getAttribute('fill')).toMatch(/^url\(#/);
    expect(unknown.getAttribute('stroke-dasharray')).toBe('3 2');
    svg.remove();
  });
});
