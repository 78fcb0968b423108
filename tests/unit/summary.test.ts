// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { summaryText } from '../../src/ui/summary.ts';
import { EMPTY_FILTERS } from '../../src/state/view-state.ts';

const shown = (poles: number, members: number) =>
  ({ poles: Array.from({ length: poles }), members: Array.from({ length: members }) }) as never;

describe('summaryText', () => {
  it('names a single région, in French and in English', () => {
    expect(summaryText('fr', { ...EMPTY_FILTERS, regions: ['76'] }, shown(7, 45))).toBe(
      'Occitanie : 7 pôles, 45 sites documentés',
    );
    expect(summaryText('en', { ...EMPTY_FILTERS, regions: ['76'] }, shown(7, 45))).toBe(
      'Occitanie: 7 pôles, 45 documented sites',
    );
  });

  it('says France without a région filter and counts several régions', () => {
    expect(summaryText('fr', EMPTY_FILTERS, shown(56, 3480)).replace(/(?<=\d)\s(?=\d{3})/g, ' ')).toBe(
      'France : 56 pôles, 3 480 sites documentés',
    );
    expect(summaryText('fr', { ...EMPTY_FILTERS, regions: ['11', '76'] }, shown(1, 1))).toBe(
      '2 régions : 1 pôle, 1 site documenté',
    );
  });

  it('says which member sites are shown: all of the labelled pôles, or those of the phase', () => {
    expect(summaryText('fr', EMPTY_FILTERS, shown(55, 120), { year: 2019, siteYears: 'phase' })).toBe(
      'France : 55 pôles, 120 sites documentés (documentés pour la phase IV (2019-2022))',
    );
    expect(summaryText('en', EMPTY_FILTERS, shown(49, 380), { year: 2025, siteYears: 'all' })).toBe(
      'France: 49 pôles, 380 documented sites (all documented sites of the labelled pôles)',
    );
  });
});
