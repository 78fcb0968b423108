// @vitest-environment jsdom
// SPDX-License-Identifier: MIT
// <poles-gaps>: one table row per territory of the gap table, a CSV export of exactly those rows,
// the territories without HQ, and hostile names kept as text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gapTable, uncoveredCommunes, type GapRow } from '../../src/analysis/gaps.ts';
import { PolesGaps } from '../../src/elements/poles-gaps/poles-gaps.component.ts';
import type { Territory } from '../../src/types.ts';
import { communes, members, territories } from '../fixtures/analysis/fixture.ts';

if (!customElements.get('poles-gaps')) customElements.define('poles-gaps', PolesGaps);

const XSS_NAME = '<img src=x onerror="window.__xss=1">';
const XSS_SCRIPT = '<script>window.__xss=2</script>';
const sites = members.map((m) => m.geometry.coordinates);
const table = gapTable('departement', communes, uncoveredCommunes(communes, sites, 40), territories);

async function mount(rows: GapRow[] | null, withoutHq: Territory[] = [], lang = 'fr'): Promise<PolesGaps> {
  const el = document.createElement('poles-gaps') as PolesGaps;
  el.rows = rows;
  el.withoutHq = withoutHq;
  el.km = 40;
  el.lang = lang;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const $$ = (el: PolesGaps, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<poles-gaps>', () => {
  it('lists the territories ranked as given, with French numbers', async () => {
    const el = await mount(table, [territories.departements[0]!]);
    const rows = $$(el, 'tbody tr');
    expect(rows.map((r) => r.getAttribute('data-code'))).toEqual(table.map((r) => r.code));
    const first = [...rows[0]!.children].map(text);
    // Haute-Garonne: 2 communes and 300 inhabitants uncovered, all of its population.
    expect(first.slice(0, 4)).toEqual(['Haute-Garonne', '2', '300', '100 %']);
    expect(first[4]).toMatch(/^\d+,\d$/);
    expect(text(el.shadowRoot!.querySelector('caption'))).toBe(
      'Territoires classés par population sans site documenté à moins de 40 km',
    );
    expect($$(el, 'ul.without-hq li').map(text)).toEqual(['Ariège']);
  });

  it('exports exactly the rows of the table, headed in the page language', async () => {
    const el = await mount(table, [], 'en');
    const lines = el.toCsv().trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'code,territory,communes,uncovered_communes,population,uncovered_population,uncovered_share,mean_nearest_km,median_nearest_km,max_nearest_km',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(
      $$(el, 'tbody tr').map((r) => r.getAttribute('data-code')),
    );
    const saved: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:gaps';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    (el.shadowRoot!.querySelector('button[part="download"]') as HTMLButtonElement).click();
    expect(click).toHaveBeenCalledOnce();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(`\ufeff${el.toCsv()}`);
  });

  it('says the communes are loading until the rows come', async () => {
    const el = await mount(null);
    expect($$(el, 'table')).toHaveLength(0);
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).toBe('Chargement des communes…');
    expect(text(el.shadowRoot!.querySelector('section > p:last-child'))).toBe(
      'Chaque territoire a au moins un siège de pôle affiché.',
    );
  });

  it('keeps hostile territory names as text, in the table and in the CSV', async () => {
    const hostile = table.map((r, i) => ({ ...r, name: i === 0 ? XSS_NAME : XSS_SCRIPT }));
    const el = await mount(hostile, [{ ...territories.departements[0]!, name: XSS_SCRIPT }]);
    expect($$(el, 'img, script')).toHaveLength(0);
    expect($$(el, 'tbody th')[0]!.textContent!.trim()).toBe(XSS_NAME);
    expect($$(el, 'ul.without-hq li')[0]!.textContent).toBe(XSS_SCRIPT);
    expect(el.toCsv()).toContain('"<img src=x onerror=""window.__xss=1"">"');
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});
