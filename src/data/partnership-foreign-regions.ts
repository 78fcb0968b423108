// SPDX-License-Identifier: MIT
// The foreign region of a partner (issue 17, section 2): Québec apart from the rest of Canada, a US
// state, a German Land. partnerships.csv gives a city, not a region: the region is looked up from the
// cities the table holds (a geographic fact, not a guess); a city not listed gives no region.
import type { Partnership } from '../types.ts';
import { normaliseText } from './normalise.ts';

/** Cities of partnerships.csv by country, with their first-level region. */
const REGION_OF_CITY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  BR: { 'São Paulo': 'São Paulo' },
  CA: {
    'Joliette (Lanaudière)': 'Québec',
    'Lac-Mégantic': 'Québec',
    Laval: 'Québec',
    Montréal: 'Québec',
    Rimouski: 'Québec',
    'Trois-Rivières': 'Québec',
  },
  DE: {
    Berlin: 'Berlin',
    Braunschweig: 'Niedersachsen',
    Dresden: 'Sachsen',
    Düsseldorf: 'Nordrhein-Westfalen',
    'Freiburg im Breisgau': 'Baden-Württemberg',
    Hamburg: 'Hamburg',
    Munich: 'Bayern',
    Oldenburg: 'Niedersachsen',
  },
};

/** French names of the regions above, as a project list may write them (compared normalised). */
const FRENCH_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  DE: {
    baviere: 'Bayern',
    'bade wurtemberg': 'Baden-Württemberg',
    'basse saxe': 'Niedersachsen',
    saxe: 'Sachsen',
    'rhenanie du nord westphalie': 'Nordrhein-Westfalen',
  },
};

/** The partner's region, or null when the data gives none; US cities name their state in brackets. */
export function foreignRegionOf(edge: Pick<Partnership, 'targetCountry' | 'targetCity'>): string | null {
  const country = edge.targetCountry?.toUpperCase();
  const city = edge.targetCity;
  if (!country || !city) return null;
  if (country === 'US') return /\(([^)]+)\)/.exec(city)?.[1] ?? null;
  return REGION_OF_CITY[country]?.[city] ?? null;
}

/** A region name as the partnerships write it: a French name of a German Land is the Land's own. */
export function canonicalRegion(country: string, region: string): string {
  return FRENCH_NAMES[country.toUpperCase()]?.[normaliseText(region)] ?? region;
}

/**
 * The `region:` key of a foreign region: its country code and its name as a slug (`CA-quebec`,
 * `DE-bayern`), short and URL-safe; the same for "Bavière" and "Bayern".
 */
export function regionKey(country: string, region: string): string {
  return `${country.toUpperCase()}-${normaliseText(canonicalRegion(country, region)).replace(/ /g, '-')}`;
}

/** The `region:` key of an edge's partner, or null when the data gives no region. */
export function edgeRegionKey(edge: Pick<Partnership, 'targetCountry' | 'targetCity'>): string | null {
  const region = foreignRegionOf(edge);
  return region && edge.targetCountry ? regionKey(edge.targetCountry, region) : null;
}
