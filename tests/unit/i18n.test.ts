// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { catalogueKeys, formatNumber, parseLang, plural, t } from '../../src/i18n/messages.ts';

describe('messages', () => {
  it('has the same keys in every language', () => {
    expect(catalogueKeys('en')).toEqual(catalogueKeys('fr'));
  });

  it('has no empty message', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const key of catalogueKeys(lang)) expect(t(lang, key as never), `${lang} ${key}`).not.toBe('');
    }
  });

  it('fills placeholders and formats numbers the French way', () => {
    expect(t('fr', 'phase.count.other', { n: 71, year: '2010' })).toBe(
      '71 pôles labellisés en 2010 selon nos données',
    );
    expect(formatNumber('fr', 3480).replace(/\s/g, ' ')).toBe('3 480');
    expect(formatNumber('fr', 1.5)).toBe('1,5');
    expect(formatNumber('en', 3480)).toBe('3,480');
  });

  it('keeps an unknown placeholder visible rather than dropping it', () => {
    expect(t('en', 'phase.count.other', { n: 3 })).toBe('3 pôles labelled in {year} in our data');
  });

  it('agrees a count with its noun: 1 (and 0, in French) takes the singular', () => {
    expect(plural('fr', 'profile.documentedSites', 1)).toBe('1 site placé');
    expect(plural('fr', 'profile.documentedSites', 0)).toBe('0 site placé');
    expect(plural('fr', 'profile.documentedSites', 2)).toBe('2 sites placés');
    expect(plural('en', 'profile.documentedSites', 0)).toBe('0 sites placed');
    expect(plural('fr', 'phase.count', 1, { year: '2026' })).toBe(
      '1 pôle labellisé en 2026 selon nos données',
    );
  });

  it('reads lang attributes, French by default', () => {
    expect(parseLang('en-GB')).toBe('en');
    expect(parseLang('EN')).toBe('en');
    expect(parseLang('de')).toBe('fr');
    expect(parseLang(null)).toBe('fr');
  });
});
