// SPDX-License-Identifier: MIT
// The régions before and after the 2016 merger (loi du 16 janvier 2015): names as our tables write
// them, INSEE codes as the boundary files give them. Overseas régions kept their codes.

/** 2016 régions: INSEE code → name. */
export const REGIONS_2016: Readonly<Record<string, string>> = {
  '01': 'Guadeloupe',
  '02': 'Martinique',
  '03': 'Guyane',
  '04': 'La Réunion',
  '06': 'Mayotte',
  '11': 'Île-de-France',
  '24': 'Centre-Val de Loire',
  '27': 'Bourgogne-Franche-Comté',
  '28': 'Normandie',
  '32': 'Hauts-de-France',
  '44': 'Grand Est',
  '52': 'Pays de la Loire',
  '53': 'Bretagne',
  '75': 'Nouvelle-Aquitaine',
  '76': 'Occitanie',
  '84': 'Auvergne-Rhône-Alpes',
  '93': "Provence-Alpes-Côte d'Azur",
  '94': 'Corse',
};

/** Régions before 2016, by name: their own INSEE code and the 2016 région they were merged into. */
export const REGIONS_2015: Readonly<Record<string, { code: string; region2016: string }>> = {
  Alsace: { code: '42', region2016: '44' },
  Aquitaine: { code: '72', region2016: '75' },
  Auvergne: { code: '83', region2016: '84' },
  'Basse-Normandie': { code: '25', region2016: '28' },
  Bourgogne: { code: '26', region2016: '27' },
  Bretagne: { code: '53', region2016: '53' },
  Centre: { code: '24', region2016: '24' },
  'Champagne-Ardenne': { code: '21', region2016: '44' },
  Corse: { code: '94', region2016: '94' },
  'Franche-Comté': { code: '43', region2016: '27' },
  'Haute-Normandie': { code: '23', region2016: '28' },
  'Île-de-France': { code: '11', region2016: '11' },
  'Languedoc-Roussillon': { code: '91', region2016: '76' },
  Limousin: { code: '74', region2016: '75' },
  Lorraine: { code: '41', region2016: '44' },
  'Midi-Pyrénées': { code: '73', region2016: '76' },
  'Nord-Pas-de-Calais': { code: '31', region2016: '32' },
  'Pays de la Loire': { code: '52', region2016: '52' },
  Picardie: { code: '22', region2016: '32' },
  'Poitou-Charentes': { code: '54', region2016: '75' },
  "Provence-Alpes-Côte d'Azur": { code: '93', region2016: '93' },
  'Rhône-Alpes': { code: '82', region2016: '84' },
  Guadeloupe: { code: '01', region2016: '01' },
  Martinique: { code: '02', region2016: '02' },
  Guyane: { code: '03', region2016: '03' },
  'La Réunion': { code: '04', region2016: '04' },
  Mayotte: { code: '06', region2016: '06' },
};

/** The 2016 région codes a pôle covers, from its list of pre-2016 région names (unknown names skipped). */
export function regions2016Of(names: readonly string[]): string[] {
  const codes = names.map((n) => REGIONS_2015[n]?.region2016).filter((c): c is string => c !== undefined);
  return [...new Set(codes)];
}

/** The pre-2016 région codes of a list of names (unknown names skipped). */
export function regions2015Of(names: readonly string[]): string[] {
  return names.map((n) => REGIONS_2015[n]?.code).filter((c): c is string => c !== undefined);
}
