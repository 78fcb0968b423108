// SPDX-License-Identifier: MIT
// The région a pôle is grouped under in the diagrams. We use the 2016 région (INSEE code) of its
// documented headquarters; when the HQ is not documented, the 2016 région that absorbed its main
// pre-2016 région (`regions[0]`, the table lists the main one first). One scheme for all phases keeps
// the colours stable when the phase changes, and 2016 régions are 18 categories instead of 27.
import type { PoleProperties } from '../types.ts';

/** 2016 régions in legend order (metropolitan by INSEE code, then overseas). */
export const REGIONS_2016: readonly { code: string; name: string }[] = [
  { code: '11', name: 'Île-de-France' },
  { code: '24', name: 'Centre-Val de Loire' },
  { code: '27', name: 'Bourgogne-Franche-Comté' },
  { code: '28', name: 'Normandie' },
  { code: '32', name: 'Hauts-de-France' },
  { code: '44', name: 'Grand Est' },
  { code: '52', name: 'Pays de la Loire' },
  { code: '53', name: 'Bretagne' },
  { code: '75', name: 'Nouvelle-Aquitaine' },
  { code: '76', name: 'Occitanie' },
  { code: '84', name: 'Auvergne-Rhône-Alpes' },
  { code: '93', name: "Provence-Alpes-Côte d'Azur" },
  { code: '94', name: 'Corse' },
  { code: '01', name: 'Guadeloupe' },
  { code: '02', name: 'Martinique' },
  { code: '03', name: 'Guyane' },
  { code: '04', name: 'La Réunion' },
  { code: '06', name: 'Mayotte' },
];

/** The 2016 région of each pre-2016 région (law 2015-29 of 16 January 2015), by the names poles.csv uses. */
const PRE_2016_TO_2016: Readonly<Record<string, string>> = {
  Alsace: '44',
  Aquitaine: '75',
  Auvergne: '84',
  'Basse-Normandie': '28',
  Bourgogne: '27',
  Bretagne: '53',
  Centre: '24',
  'Champagne-Ardenne': '44',
  Corse: '94',
  'Franche-Comté': '27',
  'Haute-Normandie': '28',
  'Île-de-France': '11',
  'Languedoc-Roussillon': '76',
  Limousin: '75',
  Lorraine: '44',
  'Midi-Pyrénées': '76',
  'Nord-Pas-de-Calais': '32',
  'Pays de la Loire': '52',
  Picardie: '32',
  'Poitou-Charentes': '75',
  "Provence-Alpes-Côte d'Azur": '93',
  'Rhône-Alpes': '84',
  Guadeloupe: '01',
  Martinique: '02',
  Guyane: '03',
  'La Réunion': '04',
  Mayotte: '06',
};

/** The 2016 région code a pôle is grouped under, or null when neither its HQ nor its région is known. */
export function poleRegion(pole: Pick<PoleProperties, 'hqRegion' | 'regions'>): string | null {
  if (pole.hqRegion) return pole.hqRegion;
  const main = pole.regions[0];
  return main !== undefined ? (PRE_2016_TO_2016[main] ?? null) : null;
}

/** Name of a 2016 région code (the code itself when unknown to the table). */
export function regionName(code: string): string {
  return REGIONS_2016.find((r) => r.code === code)?.name ?? code;
}
