// @vitest-environment jsdom
// SPDX-License-Identifier: MIT
// <poles-legend> draws a LegendModel as text: one swatch per entry, the unit and the source, and a
// hostile string stays a string.
import { afterEach, describe, expect, it } from 'vitest';
import { classColours } from '../../src/analysis/classes.ts';
import { PolesLegend } from '../../src/elements/poles-legend/poles-legend.component.ts';
import type { LegendModel } from '../../src/elements/poles-legend/legend-model.ts';
import { concentrationView } from '../../src/map/concentration.ts';
import { DEFAULT_STATE } from '../../src/state/view-state.ts';
import { hexToRgb } from '../../src/theme/palette.ts';
import { members, poles, territories } from '../fixtures/analysis/fixture.ts';

if (!customElements.get('poles-legend')) customElements.define('poles-legend', PolesLegend);

const XSS_NAME = '<img src=x onerror="window.__xss=1">';
const XSS_SCRIPT = '<script>window.__xss=2</script>';

async function mount(model: LegendModel | null): Promise<PolesLegend> {
  const el = document.createElement('poles-legend') as PolesLegend;
  el.model = model;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const $$ = (el: PolesLegend, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
afterEach(() => document.body.replaceChildren());

describe('<poles-legend>', () => {
  it('draws the classes of a concentration view with their French ranges', async () => {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const view = concentrationView(
      { ...DEFAULT_STATE, layer: 'choropleth', norm: 'area' },
      {
        shown: { poles, members },
        territories,
        basemap: { regions: empty, regions2015: empty, departements: empty },
        regionMap: '2016',
        communes: null,
      },
    );
    const el = await mount(view.legend);
    expect(text(el.shadowRoot!.querySelector('.title'))).toBe('Sièges de pôles par région en 2019');
    expect($$(el, 'li').map(text)).toEqual(['0,4 – 0,45', '0,45 – 0,5']);
    const swatches = $$(el, 'li .swatch') as HTMLElement[];
    const rgb = classColours(2).map((c) => `rgb(${hexToRgb(c).join(', ')})`);
    expect(swatches.map((s) => s.style.background)).toEqual(rgb);
    expect(swatches[0]!.getAttribute('aria-hidden')).toBe('true');
    expect(text(el.shadowRoot!.querySelector('.unit'))?.replace(/\s/g, ' ')).toBe(
      'sièges de pôles pour 1 000 km²',
    );
    expect(text(el.shadowRoot!.querySelector('.source'))).toContain('IGN Admin Express');
  });

  it('draws nothing without a model, and no unit line when there is none', async () => {
    const el = await mount(null);
    expect($$(el, 'li')).toHaveLength(0);
    el.model = { title: 'T', unit: null, source: 'S', entries: [{ colour: '#000000', text: 'a' }] };
    await el.updateComplete;
    expect($$(el, 'li')).toHaveLength(1);
    expect(el.shadowRoot!.querySelector('.unit')).toBeNull();
  });

  it('keeps hostile strings as text', async () => {
    const el = await mount({
      title: XSS_NAME,
      unit: XSS_SCRIPT,
      source: XSS_NAME,
      entries: [{ colour: 'red', text: XSS_SCRIPT }],
    });
    expect($$(el, 'img, script')).toHaveLength(0);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).toBe(XSS_NAME);
    expect(text($$(el, 'li')[0])).toBe(XSS_SCRIPT);
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});
