// SPDX-License-Identifier: MIT
// The foreign region of a partner (issue 17, section 2): Québec apart from the rest of Canada, a US
// state, a German Land. partnerships.csv gives a city, not a region: the region is looked up from the
// cities the table holds (a geographic fact, not a guess); a city not listed gives no region.
import type { Partnership } from '../types.ts';

/** Cities of partnerships.csv by country, with their first-level region. */
const REGION_OF_CITY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
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

/** The partner's region, or null when the data gives none; US cities name their state in brackets. */
export function foreignRegionOf(edge: Pick<Partnership, 'targetCountry' | 'targetCity'>): string | null {
  const country = edge.targetCountry?.toUpperCase();
  const city = edge.targetCity;
  if (!country || !city) return null;
  if (country === 'US') return /\(([^)]+)\)/.exec(city)?.[1] ?? null;
  return REGION_OF_CITY[country]?.[city] ?? null;
}
