// SPDX-License-Identifier: MIT
// What <poles-links> needs when it is used without the app: pôles and partnerships only, so a
// diagram-only page does not download the member sites and the base map.
import type { PartnershipsFile, PolesFile } from '../types.ts';
import { defaultDataBase, fetchDataFile } from './dataset.ts';

export interface LinksData {
  poles: PolesFile;
  partnerships: PartnershipsFile;
}

/** poles.geojson and partnerships.json of `base`, each fetched once per page. */
export async function loadLinksData(base: URL = defaultDataBase()): Promise<LinksData> {
  const [poles, partnerships] = await Promise.all([
    fetchDataFile<PolesFile>('poles.geojson', base),
    fetchDataFile<PartnershipsFile>('partnerships.json', base),
  ]);
  return { poles, partnerships };
}
