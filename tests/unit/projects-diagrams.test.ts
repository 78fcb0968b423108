// @vitest-environment jsdom
// SPDX-License-Identifier: MIT
// Deterministic SVG snapshots of the maturity funnel and a project's timeline, on hand-made
// fixtures; the layouts' numbers checked by hand.
import { describe, expect, it } from 'vitest';
import { funnelByYear } from '../../src/data/projects/funnel.ts';
import { funnelLayout } from '../../src/diagrams/funnel/layout.ts';
import { renderFunnel } from '../../src/diagrams/funnel/render.ts';
import { datePosition, timelineLayout } from '../../src/diagrams/project-timeline/layout.ts';
import { renderTimeline } from '../../src/diagrams/project-timeline/render.ts';
import { newSvg } from '../snapshots/cases.ts';
import { expectSnapshot, serialize } from '../snapshots/snapshot.ts';

const PROJECTS = [
  { dates: { idee: '2008', contact: '2008-06', accord: '2010-01-15' } },
  { dates: { defini: '2009-03' } },
  { dates: { contact: '2009', abandonne: '2011-02' } },
  { dates: { abouti: '2010-12-31' } },
];

describe('funnel diagram', () => {
  it('one centred bar per stage, widths in proportion to the counts', () => {
    const row = funnelByYear(PROJECTS).find((r) => r.year === 2010)!;
    const layout = funnelLayout(row, { barWidth: 400 });
    expect(layout.bars.map((b) => [b.status, b.count, b.x, b.width])).toEqual([
      ['idee', 4, 0, 400],
      ['contact', 4, 0, 400],
      ['defini', 3, 50, 300],
      ['accord', 2, 100, 200],
      ['realisation', 1, 150, 100],
      ['abouti', 1, 150, 100],
      ['abandonne', 0, 200, 0],
    ]);
  });

  it('snapshot, French and English; drawing twice equals drawing once', async () => {
    const row = funnelByYear(PROJECTS).find((r) => r.year === 2011)!;
    const draw = (lang: 'fr' | 'en', svg = newSvg()) => {
      renderFunnel(svg, funnelLayout(row), { lang, title: `Funnel ${lang}`, note: 'note' });
      return svg;
    };
    await expectSnapshot(draw('fr'), 'projects-funnel');
    await expectSnapshot(draw('en'), 'projects-funnel-en');
    const svg = draw('fr');
    expect(serialize(draw('fr', svg))).toBe(serialize(draw('fr')));
  });
});

describe('project timeline', () => {
  it('places a year at mid-year, a month at mid-month, a day on the day', () => {
    expect(datePosition('2008')).toBe(2008.5);
    expect(datePosition('2008-06')).toBeCloseTo(2008 + 5.5 / 12);
    expect(datePosition('2010-01-15')).toBeCloseTo(2010 + 14.5 / 365);
    const layout = timelineLayout(PROJECTS[0]!, 300);
    expect(layout.years.map((y) => [y.year, y.x])).toEqual([
      [2008, 0],
      [2009, 100],
      [2010, 200],
      [2011, 300],
    ]);
    expect(layout.marks.map((m) => [m.status, m.row])).toEqual([
      ['idee', 0],
      ['contact', 1],
      ['accord', 0],
    ]);
  });

  it('snapshot', async () => {
    const svg = newSvg();
    renderTimeline(svg, timelineLayout(PROJECTS[2]!), { lang: 'fr', title: 'Étapes du projet C' });
    await expectSnapshot(svg, 'projects-timeline');
  });
});
