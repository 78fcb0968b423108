// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash } from '../../src/state/hash.ts';
import { DEFAULT_STATE, type ViewState } from '../../src/state/view-state.ts';

const busy: ViewState = {
  ...DEFAULT_STATE,
  view: 'links',
  layer: 'choropleth',
  metric: 'sites',
  level: 'departement',
  norm: 'capita',
  year: 2010,
  filters: {
    sectors: ['mer', 'numerique'],
    categories: ['mondial'],
    regions: ['76'],
    kinds: ['pme'],
    evidence: ['stated'],
    confidence: ['high'],
    partnershipKinds: ['mou'],
  },
  pole: 'aerospace-valley',
  link: 'country:CA',
  camera: { lon: 1.4442, lat: 43.6045, zoom: 6.5 },
  lang: 'en',
  gapKm: 40,
  hexKm: 15,
  evoA: 2010,
  evoB: 2023,
  evoNet: true,
  siteYears: 'phase',
  linkYears: 'all',
  undated: false,
  project: 'SYN-003',
  projectsBy: 'region',
  projectsRow: 'CA:Québec',
  stage: 'abouti',
};

describe('URL hash', () => {
  it('round-trips every field', () => {
    const hash = encodeHash(busy);
    expect(hash.startsWith('#v=1&')).toBe(true);
    expect(decodeHash(hash)).toEqual({ state: busy, rejected: [] });
  });

  it('writes only what differs from the defaults', () => {
    expect(encodeHash(DEFAULT_STATE)).toBe('#v=1');
    expect(encodeHash({ ...DEFAULT_STATE, year: 2005 })).toBe('#v=1&year=2005');
    expect(encodeHash({ ...DEFAULT_STATE, year: 2026, siteYears: 'phase', undated: false })).toBe(
      '#v=1&year=2026&sites=phase&undated=0',
    );
  });

  it('gives the defaults for an empty, foreign or future hash', () => {
    expect(decodeHash('')).toEqual({ state: DEFAULT_STATE, rejected: [] });
    expect(decodeHash('#section-2')).toEqual({ state: DEFAULT_STATE, rejected: ['v'] });
    expect(decodeHash('#v=9&year=2010')).toEqual({ state: DEFAULT_STATE, rejected: ['v'] });
  });

  it('round-trips the Évolutions view: its years and the net-change map', () => {
    const evolutions: ViewState = {
      ...DEFAULT_STATE,
      view: 'evolutions',
      evoA: 2005,
      evoB: 2026,
      evoNet: true,
    };
    const hash = encodeHash(evolutions);
    expect(hash).toBe('#v=1&view=evolutions&evo=2005-2026&evonet=1');
    expect(decodeHash(hash)).toEqual({ state: evolutions, rejected: [] });
    expect(decodeHash('#v=1&view=evolutions&evo=2018-2019').state).toMatchObject({ evoA: 2018, evoB: 2019 });
  });

  it('drops years compared out of the data or in the wrong order', () => {
    for (const evo of ['2004-2019', '2019-2027', '2019-2018', '2019-2019', '2019', 'x']) {
      const { state, rejected } = decodeHash(`#v=1&view=evolutions&evo=${evo}&evonet=yes`);
      expect([state.evoA, state.evoB, state.evoNet], evo).toEqual([
        DEFAULT_STATE.evoA,
        DEFAULT_STATE.evoB,
        false,
      ]);
      expect(rejected.sort(), evo).toEqual(['evo', 'evonet']);
    }
  });

  it('drops each broken field and keeps the good ones', () => {
    const { state, rejected } = decodeHash(
      '#v=1&year=1999&sector=mer,bogus&layer=3d&pole=<script>&cam=1,2&lang=de&sites=x&links=some&undated=yes',
    );
    expect(state.year).toBe(DEFAULT_STATE.year);
    expect(state.filters.sectors).toEqual(['mer']);
    expect(state.layer).toBe('sites');
    expect(state.pole).toBeNull();
    expect(state.camera).toBeNull();
    expect(state.lang).toBe('fr');
    expect(rejected.sort()).toEqual([
      'cam',
      'lang',
      'layer',
      'links',
      'pole',
      'sector',
      'sites',
      'undated',
      'year',
    ]);
    // Every year of the data (2005-2026) is accepted, none after.
    expect(decodeHash('#v=1&year=2026').state.year).toBe(2026);
    expect(decodeHash('#v=1&year=2027').rejected).toEqual(['year']);
  });

  it('round-trips the projects panel: project, breakdown dimension and row, stage', () => {
    const state = {
      ...DEFAULT_STATE,
      project: 'SYN-003',
      projectsBy: 'region',
      projectsRow: 'CA:Québec',
    } as const;
    const hash = encodeHash({ ...state, stage: 'abouti' });
    expect(hash).toBe('#v=1&proj=SYN-003&pbreak=region:CA:Qu%C3%A9bec&stage=abouti');
    expect(decodeHash(hash)).toEqual({ state: { ...state, stage: 'abouti' }, rejected: [] });
    // The dimension alone, when it is not the default one; the "unknown" row is an empty value.
    expect(encodeHash({ ...DEFAULT_STATE, projectsBy: 'sector' })).toBe('#v=1&pbreak=sector');
    expect(encodeHash({ ...DEFAULT_STATE, projectsRow: '' })).toBe('#v=1&pbreak=country:');
    expect(decodeHash('#v=1&pbreak=sector:').state).toMatchObject({ projectsBy: 'sector', projectsRow: '' });
    expect(decodeHash('#v=1&pbreak=sector').state).toMatchObject({ projectsBy: 'sector', projectsRow: null });
    // Defaults are not written.
    expect(encodeHash({ ...DEFAULT_STATE, projectsBy: 'country', stage: null, project: null })).toBe('#v=1');
  });

  it('drops a badly formed project, breakdown or stage, and keeps the rest', () => {
    const { state, rejected } = decodeHash(
      `#v=1&year=2012&proj=&pbreak=continent:Europe&stage=bogus&pole=aerospace-valley`,
    );
    expect(state).toMatchObject({
      year: 2012,
      pole: 'aerospace-valley',
      project: null,
      projectsBy: 'country',
      projectsRow: null,
      stage: null,
    });
    expect(rejected.sort()).toEqual(['pbreak', 'proj', 'stage']);
    const long = 'x'.repeat(121);
    expect(decodeHash(`#v=1&proj=${long}&pbreak=sector:a%0Ab`).rejected.sort()).toEqual(['pbreak', 'proj']);
    expect(decodeHash('#v=1&pbreak=').rejected).toEqual(['pbreak']);
  });
});
