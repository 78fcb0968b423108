// @vitest-environment jsdom
// SPDX-License-Identifier: MIT
// <poles-table>, the accessible twin of the map: one row per pôle or territory shown, pole-select
// from the row buttons, arrow-key moves between them, and hostile names kept as text.
import { afterEach, describe, expect, it } from 'vitest';
import { PolesTable } from '../../src/elements/poles-table/poles-table.component.ts';
import { polesTable, type TableModel } from '../../src/elements/poles-table/poles-table.model.ts';
import { applyFilters } from '../../src/data/filters.ts';
import type { PoleFeature } from '../../src/data/selection.ts';
import { concentrationView } from '../../src/map/concentration.ts';
import { DEFAULT_STATE } from '../../src/state/view-state.ts';
import { members, poles, territories } from '../fixtures/analysis/fixture.ts';
import { publicData } from '../fixtures/analysis/public-data.ts';

if (!customElements.get('poles-table')) customElements.define('poles-table', PolesTable);

const XSS_NAME = '<img src=x onerror="window.__xss=1">';
const XSS_SCRIPT = '<script>window.__xss=2</script>';

async function mount(model: TableModel, selected: string | null = null): Promise<PolesTable> {
  const el = document.createElement('poles-table') as PolesTable;
  el.model = model;
  el.selected = selected;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const $$ = (el: PolesTable, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const buttons = (el: PolesTable) => $$(el, 'tbody button') as HTMLButtonElement[];
afterEach(() => document.body.replaceChildren());

describe('<poles-table> of the pôles shown', () => {
  it('lists every pôle shown with its sector, HQ and documented sites shown (shipped data)', async () => {
    const data = publicData();
    const shown = applyFilters(data.poles.features, data.members.features, 2019, DEFAULT_STATE.filters);
    const el = await mount(polesTable('fr', shown));
    const rows = $$(el, 'tbody tr');
    expect(rows).toHaveLength(shown.poles.length);
    const sites = rows.reduce((sum, r) => sum + Number(text(r.lastElementChild)!.replace(/\s/g, '')), 0);
    expect(sites).toBe(shown.members.length);
    expect(text(el.shadowRoot!.querySelector('caption'))).toBe(
      `Ce que montre la carte : ${shown.poles.length} pôles et ${shown.members.length} sites documentés`,
    );
    const unplaced = shown.poles.find((p) => p.properties.hqCommune === null);
    if (unplaced) {
      const row = el.shadowRoot!.querySelector(`tr[data-id="${unplaced.id}"]`)!;
      expect(text(row.children[2])).toBe('non documenté');
    }
  });

  it('fires pole-select from a row button, which crosses the shadow root', async () => {
    const el = await mount(polesTable('fr', { poles, members }), 'p2');
    expect(buttons(el).map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'false',
      'true',
      'false',
      'false',
    ]);
    const events: CustomEvent[] = [];
    document.body.addEventListener('pole-select', (e) => events.push(e as CustomEvent));
    buttons(el)[2]!.click();
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toEqual({ id: 'p3' });
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
  });

  it('moves the focus between row buttons with the arrow keys, Home and End', async () => {
    const el = await mount(polesTable('fr', { poles, members }));
    const all = buttons(el);
    expect(all.every((b) => b.tabIndex === 0)).toBe(true);
    const press = (key: string) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
      el.shadowRoot!.activeElement!.dispatchEvent(event);
      return event;
    };
    all[0]!.focus();
    expect(press('ArrowDown').defaultPrevented).toBe(true);
    expect(el.shadowRoot!.activeElement).toBe(all[1]);
    press('End');
    expect(el.shadowRoot!.activeElement).toBe(all[3]);
    press('ArrowDown');
    expect(el.shadowRoot!.activeElement).toBe(all[3]);
    press('ArrowUp');
    expect(el.shadowRoot!.activeElement).toBe(all[2]);
    press('Home');
    expect(el.shadowRoot!.activeElement).toBe(all[0]);
    expect(press('a').defaultPrevented).toBe(false);
  });

  it('keeps hostile pôle names as text', async () => {
    const hostile: PoleFeature[] = poles.map((p, i) => ({
      ...p,
      properties: { ...p.properties, shortName: i ? XSS_SCRIPT : XSS_NAME, hqCommune: XSS_SCRIPT },
    }));
    const el = await mount(polesTable('fr', { poles: hostile, members }));
    expect($$(el, 'img, script')).toHaveLength(0);
    expect(buttons(el).map((b) => b.textContent!.trim())).toContain(XSS_NAME);
    expect(text($$(el, 'tbody tr')[0]!.children[2])).toBe(XSS_SCRIPT);
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});

describe('<poles-table> of the territories', () => {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  const table = (norm: 'none' | 'capita') =>
    concentrationView(
      { ...DEFAULT_STATE, layer: 'choropleth', level: 'departement', norm },
      {
        shown: { poles, members },
        territories,
        basemap: { regions: empty, regions2015: empty, departements: empty },
        regionMap: '2016',
        communes: null,
      },
    ).table!;

  it('lists every territory with its count, and its value when normalised', async () => {
    const el = await mount(table('none'));
    expect($$(el, 'tbody tr').map((r) => [...r.children].map(text))).toEqual([
      ['Isère', '2'],
      ['Haute-Garonne', '1'],
      ['Ariège', '0'],
      ['Puy-de-Dôme', '0'],
    ]);
    expect(buttons(el)).toHaveLength(0);
    el.model = table('capita');
    await el.updateComplete;
    expect($$(el, 'thead th').map(text)).toEqual([
      'Territoire',
      'Effectif',
      'sièges de pôles pour 100 000 habitants',
    ]);
    const ariege = el.shadowRoot!.querySelector('tr[data-code="09"]')!;
    expect([...ariege.children].map(text)).toEqual([
      'Ariège',
      '0',
      'donnée indisponible (population inconnue)',
    ]);
    expect(text(el.shadowRoot!.querySelector('caption'))).toContain(
      'Sièges de pôles par département en 2019',
    );
  });

  it('keeps hostile territory names as text', async () => {
    const model = table('none');
    const el = await mount({ ...model, rows: model.rows.map((r) => ({ ...r, name: XSS_NAME })) });
    expect($$(el, 'img, script')).toHaveLength(0);
    expect($$(el, 'tbody th')[0]!.textContent).toBe(XSS_NAME);
  });
});
