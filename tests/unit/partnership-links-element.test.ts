// @vitest-environment jsdom
// SPDX-License-Identifier: MIT
// <poles-links> behaviour in jsdom: what it lists and draws for its attributes, the selection it
// fires and accepts, and hostile strings kept as text.
import { afterEach, describe, expect, it } from 'vitest';
import { PolesLinks } from '../../src/elements/poles-links/poles-links.component.ts';
import type { LinksData } from '../../src/data/partnership-data.ts';
import {
  XSS_NAME,
  hostileData,
  partnershipsFixture,
  polesFixture,
} from '../fixtures/partnerships/fixture.ts';

if (!customElements.get('poles-links')) customElements.define('poles-links', PolesLinks);

const fixture: LinksData = { poles: polesFixture, partnerships: partnershipsFixture };

async function mount(
  attributes: Record<string, string> = {},
  data: LinksData = fixture,
): Promise<PolesLinks> {
  const el = document.createElement('poles-links') as PolesLinks;
  el.data = data;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const shadow = (el: PolesLinks) => el.shadowRoot!;
const rows = (el: PolesLinks) => [...shadow(el).querySelectorAll('tbody tr')];

afterEach(() => document.body.replaceChildren());

describe('<poles-links>', () => {
  it('draws the chord and lists one row per tie, ranked, with keyboard-reachable buttons', async () => {
    const el = await mount({ lang: 'en' });
    const svg = shadow(el).querySelector('svg.chart')!;
    expect(svg.getAttribute('data-diagram')).toBe('chord');
    expect(svg.querySelectorAll('path.ribbon')).toHaveLength(6);
    expect(rows(el)).toHaveLength(7);
    expect(rows(el)[0]!.getAttribute('data-key')).toBe('e7');
    const button = rows(el)[0]!.querySelector('button.row-choice')!;
    expect(button.getAttribute('type')).toBe('button');
    expect(shadow(el).querySelector('caption')!.textContent).toContain('most connected first');
  });

  it('fires link-select when a row is chosen, and clears on a second choice', async () => {
    const el = await mount();
    const events: (string | null)[] = [];
    document.body.addEventListener('link-select', (e) => events.push((e as CustomEvent).detail.selection));
    (rows(el)[0]!.querySelector('button.row-choice') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.getAttribute('selected')).toBe('edge:e7');
    expect(rows(el)[0]!.classList.contains('is-selected')).toBe(true);
    (rows(el)[0]!.querySelector('button.row-choice') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(events).toEqual(['edge:e7', null]);
    expect(el.hasAttribute('selected')).toBe(false);
  });

  it('fires link-select from the diagram too (a click on a pôle arc)', async () => {
    const el = await mount();
    let detail: unknown = null;
    el.addEventListener('link-select', (e) => (detail = (e as CustomEvent).detail));
    shadow(el)
      .querySelector('g.group[data-key="zeta"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(detail).toEqual({ selection: 'pole:zeta' });
  });

  it('highlights what the selected attribute designates, in the list and the diagram', async () => {
    const el = await mount({ selected: 'pole:alpha' });
    const on = rows(el).filter((r) => r.classList.contains('is-selected'));
    expect(on.map((r) => r.getAttribute('data-key')).sort()).toEqual(['e10', 'e7', 'e8']);
    const ribbon = shadow(el).querySelector('path.ribbon[data-key="alpha~beta"]')!;
    expect(ribbon.getAttribute('stroke')).not.toBe('none');
    expect(shadow(el).querySelector('.selection')!.textContent).toContain('Alpha Mer');
  });

  it('switches to the matrix and to the international view from its controls', async () => {
    const el = await mount({ 'group-by': 'region', grouping: 'groupings' });
    const view = shadow(el).querySelector('select[name="view"]') as HTMLSelectElement;
    view.value = 'matrix';
    view.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.getAttribute('view')).toBe('matrix');
    expect(shadow(el).querySelector('svg.chart')!.getAttribute('data-diagram')).toBe('matrix');
    view.value = 'international';
    view.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('svg.chart g.country[data-level=country]')).toHaveLength(7);
    expect(rows(el)).toHaveLength(8);
  });

  it('applies the phase, sector and kinds attributes, and says when nothing matches', async () => {
    const el = await mount({ phase: '2010', kinds: 'inter-poles, unknown-kind' });
    expect(rows(el).every((r) => r.textContent!.includes('inter-pôles'))).toBe(true);
    el.setAttribute('sector', 'textile-mode-luxe');
    await el.updateComplete;
    expect(rows(el)).toHaveLength(0);
    expect(shadow(el).querySelector('.empty')).not.toBeNull();
    expect(shadow(el).querySelector('.diagram')!.hasAttribute('hidden')).toBe(true);
  });

  it('keeps hostile names as text and never links a javascript: source', async () => {
    const el = await mount({ view: 'international' }, hostileData);
    const root = shadow(el);
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain(XSS_NAME);
    const links = [...root.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https?:/);
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(root.textContent).toContain('javascript:window.__xss=3');
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });
});
