// @vitest-environment jsdom
// SPDX-License-Identifier: MIT
// <pole-profile> at year Y (shipped data): the name of that year and the later ones, the seat of that
// year or both sides of a conflict, member counts with their year as written and their source, and
// research notes only as a labelled "note de la source".
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PoleProfile } from '../../src/elements/pole-profile/pole-profile.component.ts';
import type { TimeFile } from '../../src/data/time/types.ts';
import type { PolesFile } from '../../src/types.ts';

if (!customElements.get('pole-profile')) customElements.define('pole-profile', PoleProfile);

const read = <T>(file: string): T => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as T;
const poles = read<PolesFile>('poles.geojson');
const time = read<TimeFile>('time.json');

async function mount(id: string, year: number, lang = 'fr'): Promise<PoleProfile> {
  const el = document.createElement('pole-profile') as PoleProfile;
  el.pole = poles.features.find((f) => f.id === id)!.properties;
  el.year = year;
  el.events = time.events;
  el.setAttribute('lang', lang);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const text = (el: PoleProfile, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
afterEach(() => document.body.replaceChildren());

describe('<pole-profile> over time', () => {
  it('gives the name at the year and the later names', async () => {
    expect(text(await mount('iar', 2021), '.name-in')).toBe(
      'IAR, devenu Bioeconomy For Change (B4C) en 2022',
    );
    expect(text(await mount('iar', 2023), '.name-in')).toBe('Bioeconomy For Change (B4C)');
    expect(text(await mount('iar', 2021, 'en'), '.name-in')).toBe(
      'IAR, renamed Bioeconomy For Change (B4C) in 2022',
    );
  });

  it('gives the seat of the year, and both sides when sources disagree', async () => {
    expect(text(await mount('polymeris', 2023), '.hq-in')).toBe('Lyon ou Bellignat selon les sources');
    expect(text(await mount('eurobiomed', 2022), '.hq-in')).toBe('Marseille');
    expect(text(await mount('eurobiomed', 2023), '.hq-in')).toBe('Montpellier');
  });

  it('lists every labelled period and says labelled for 2023-2026 as of December 2025', async () => {
    const el = await mount('tes', 2023);
    const dd = [...el.shadowRoot!.querySelectorAll('dd')].map((d) => d.textContent ?? '').join('|');
    expect(dd).toContain('labellisé 2005-2018, 2023-2026');
    expect(dd).toContain('labellisé pour 2023-2026 (au décembre 2025)');
  });

  it('writes a member count year as the source does, with its source, and its note as a source note', async () => {
    const el = await mount('aerospace-valley', 2019);
    const items = [...el.shadowRoot!.querySelectorAll('dd ul li')].map(
      (li) => li.textContent?.replace(/\s+/g, ' ') ?? '',
    );
    const about = items.find((s) => s.includes('vers 2014'));
    expect(about, items.join('\n')).toBeDefined();
    expect(about).not.toMatch(/en 2014\b/);
    expect(about).toContain('note de la source');
    expect(el.shadowRoot!.querySelector('dd ul li a')?.getAttribute('href')).toMatch(/^https?:/);
  });
});
