// @vitest-environment jsdom
// SPDX-License-Identifier: MIT
// <poles-fallback> in jsdom with the shipped data: what it draws and lists for a view, the
// pole-select events it fires, idempotent re-renders, hostile names kept as text, and an import
// graph free of the map engines.
import type { TimeFile } from '../../src/data/time/types.ts';
import { isLabelledIn } from '../../src/data/time/label-status.ts';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import type { Dataset } from '../../src/data/dataset.ts';
import { PolesFallback } from '../../src/elements/poles-fallback/poles-fallback.component.ts';
import { DEFAULT_STATE, type ViewState } from '../../src/state/view-state.ts';
import { SECTOR_COLOURS } from '../../src/theme/palette.ts';
import type { MembersFile, PolesFile } from '../../src/types.ts';

if (!customElements.get('poles-fallback')) customElements.define('poles-fallback', PolesFallback);

const read = <T>(file: string): T => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as T;
const dataset: Dataset = {
  poles: read<PolesFile>('poles.geojson'),
  members: read<MembersFile>('members.geojson'),
  france: read<Topology>('france.topo.json'),
  time: read<TimeFile>('time.json'),
};
const labelledIn = (year: number) => dataset.poles.features.filter((f) => isLabelledIn(f.properties, year));

async function mount(state: Partial<ViewState> = {}, data: Dataset = dataset): Promise<PolesFallback> {
  const el = document.createElement('poles-fallback') as PolesFallback;
  el.data = data;
  el.state = { ...DEFAULT_STATE, ...state };
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const $$ = (el: PolesFallback, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
afterEach(() => document.body.replaceChildren());

describe('<poles-fallback>', () => {
  it('draws one focusable, named circle per placed pôle of 2019 and lists every pôle shown', async () => {
    const el = await mount({ year: 2019 });
    const placed = labelledIn(2019).filter((f) => f.geometry !== null);
    const circles = $$(el, 'svg circle.pole');
    expect(circles).toHaveLength(placed.length);
    expect($$(el, 'tbody tr')).toHaveLength(55);
    const brest = placed.find((f) => f.id === 'pole-mer-bretagne-atlantique')!;
    const circle = el.shadowRoot!.querySelector(`circle.pole[data-id="${brest.id}"]`)!;
    expect(circle.getAttribute('fill')).toBe(SECTOR_COLOURS[brest.properties.sector]);
    expect(circle.getAttribute('tabindex')).toBe('0');
    expect(circle.getAttribute('role')).toBe('button');
    expect(circle.getAttribute('aria-label')).toBe(brest.properties.name);
    expect(circle.querySelector('title')!.textContent).toBe(brest.properties.name);
    // Sites are drawn under the pôles.
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    const groups = [...svg.children].map((c) => c.getAttribute('class'));
    expect(groups.indexOf('members')).toBeLessThan(groups.indexOf('poles'));
    expect(groups.indexOf('leaders')).toBeLessThan(groups.indexOf('members'));
  });

  it('joins each symbol spread off a shared point to that point with a leader', async () => {
    const el = await mount({ year: 2019 });
    const centre = (c: Element) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))];
    const poles = $$(el, 'circle.pole').map(centre);
    const marks = [...poles, ...$$(el, 'circle.member').map(centre)];
    const lines = $$(el, 'g.leaders line').map((l) =>
      ['x1', 'y1', 'x2', 'y2'].map((k) => Number(l.getAttribute(k))),
    );
    const near = (p: number[], x: number, y: number) => Math.hypot(p[0]! - x, p[1]! - y) < 0.02;
    expect(lines.length).toBeGreaterThan(0);
    // Every leader ends on a symbol, away from its start, and starts where the group's point is.
    for (const [x1, y1, x2, y2] of lines) {
      expect(marks.some((m) => near(m, x2!, y2!))).toBe(true);
      expect(Math.hypot(x2! - x1!, y2! - y1!)).toBeGreaterThan(2);
    }
    // The pôles sharing a commune in 2019 (Lyon, Nantes, Marseille, Grenoble...) are reached too.
    expect(poles.filter((p) => lines.some((l) => near(p, l[2]!, l[3]!))).length).toBeGreaterThan(5);
  });

  it('draws the shown sites, lists unknown HQs as such, and shows the notice and attribution', async () => {
    const el = await mount({ year: 2019, filters: { ...DEFAULT_STATE.filters, kinds: ['recherche'] } });
    const ids = new Set(labelledIn(2019).map((f) => f.id));
    const sites = dataset.members.features.filter(
      (m) => ids.has(m.properties.pole) && m.properties.kind === 'recherche',
    );
    expect($$(el, 'circle.member')).toHaveLength(sites.length);
    const unplaced = labelledIn(2019).find((f) => f.geometry === null)!;
    const row = el.shadowRoot!.querySelector(`tr[data-id="${unplaced.id}"]`)!;
    expect(row.querySelectorAll('td')[1]!.textContent).toBe('non documenté');
    const text = el.shadowRoot!.textContent ?? '';
    expect(text).toContain('WebGL n’est pas disponible');
    expect(text).toContain('Contours : IGN Admin Express, INSEE COG — Licence Ouverte');
  });

  it('fires pole-select on click and Enter, for a site its pôle, and null on the background', async () => {
    const el = await mount();
    const ids: (string | null)[] = [];
    // Listened to outside the shadow root: the event must bubble out of it, like <poles-map>'s.
    const listener = (e: Event) => ids.push((e as CustomEvent<{ id: string | null }>).detail.id);
    document.body.addEventListener('pole-select', listener);
    const pole = el.shadowRoot!.querySelector('circle.pole')!;
    pole.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    pole.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    pole.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    const member = el.shadowRoot!.querySelector('circle.member')!;
    member.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    el.shadowRoot!.querySelector('svg > rect')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    const id = pole.getAttribute('data-id');
    document.body.removeEventListener('pole-select', listener);
    expect(ids).toEqual([id, id, member.getAttribute('data-pole'), null]);
  });

  it('re-renders in place: one map, updated marks, the selection shown, English on demand', async () => {
    const el = await mount({ year: 2019 });
    const svg = el.shadowRoot!.querySelector('svg');
    const id = labelledIn(2010).find((f) => f.geometry)!.id;
    el.state = { ...DEFAULT_STATE, year: 2010, pole: id, lang: 'en' };
    await el.updateComplete;
    expect($$(el, 'svg')).toEqual([svg]);
    expect($$(el, 'tbody tr')).toHaveLength(labelledIn(2010).length);
    expect($$(el, 'circle.pole.selected').map((c) => c.getAttribute('data-id'))).toEqual([id]);
    expect(el.shadowRoot!.querySelector('.notice')!.textContent).toContain('WebGL is not available');
  });

  it('keeps hostile names as text', async () => {
    const hostile = '<img src=x onerror="window.__xss=1">';
    const poles = structuredClone(dataset.poles);
    const target = poles.features.find((f) => f.id === 'pole-mer-bretagne-atlantique')!;
    target.properties.name = hostile;
    const el = await mount({}, { ...dataset, poles });
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(el.shadowRoot!.querySelector(`circle[data-id="${target.id}"] title`)!.textContent).toBe(hostile);
    expect(el.shadowRoot!.querySelector(`tr[data-id="${target.id}"] th`)!.textContent).toBe(hostile);
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});

describe('the fallback import graph', () => {
  it('reaches neither maplibre-gl, deck.gl nor the map engine, even as types', () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!));
        else bare.add(spec!);
      }
    };
    visit(resolve('src/elements/poles-fallback/poles-fallback.component.ts'));
    expect([...seen].filter((f) => /[/\\]map[/\\]|layers/.test(f))).toEqual([]);
    expect([...bare].filter((s) => /maplibre|deck\.gl/.test(s))).toEqual([]);
    expect(bare).toContain('d3-geo');
  });
});
