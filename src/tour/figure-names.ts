// SPDX-License-Identifier: MIT
// The names of the figures a tour text may quote, apart from their computation (figures.ts): the
// tour's validation needs the names only, and the app's tour editor must not load the computation
// and the data code under it.
/** Placeholders a title or caption may hold, e.g. "{poles} pôles labellisés en {year}". */
export const FIGURES = [
  /** The stop's year. */
  'year',
  /** Pôles shown (labelled in the year, passing the stop's filters). */
  'poles',
  /** Pôles labelled in the year, all filters ignored. */
  'labelled',
  /** Pôles whose status in the year no stored source gives (a probationary label not known to be renewed). */
  'unknown',
  /** The published counts of the year (time.json), as the sources give them ("67 / 66"), when there is one. */
  'official',
  /** Documented member sites shown. */
  'sites',
  /** Pôles shown whose HQ is documented (so drawn on the map). */
  'placed',
  /** Pôles shown the year before and not this year; of them, merged or delabelled. */
  'ended',
  'merged',
  'delabelled',
  /** Pôles shown this year and not the year before; of them, born of a merger that year. */
  'created',
  'fromMergers',
  /** The 2016 région holding the most documented sites shown, and its number of sites. */
  'topRegion',
  'topRegionSites',
  /** Partnerships shown (both pôle ends labelled in the year), between pôles, foreign countries. */
  'edges',
  'interPoles',
  'countries',
  /** Partnerships matching the stop's `link` selection (e.g. `country:CA`). */
  'selectedEdges',
  /** The highlighted pôle: name, HQ commune, documented sites shown. */
  'highlightName',
  'highlightHq',
  'highlightSites',
] as const;
export type Figure = (typeof FIGURES)[number];
