// SPDX-License-Identifier: MIT
// Which member sites the concentration, density and gap analyses count (pure): every documented
// site, only the local sites a source names, or only the organisations' head offices. 385 of the
// 531 documented sites are head offices, which may stand far from the pôle (data/README.md): a
// figure says which sites it counts and how many head offices it holds.
import type { SiteBasis } from '../types.ts';

export const COUNT_BASES = ['all', 'named-site', 'head-office'] as const;
/** all: every site shown (an imported list's too); else the sites of that `site_basis` only. */
export type CountBasis = (typeof COUNT_BASES)[number];

interface Sited {
  properties: { siteBasis: SiteBasis };
}

/** The sites of `sites` that `basis` counts, in their order (the same array for 'all'). */
export function sitesOnBasis<T extends Sited>(sites: T[], basis: CountBasis): T[] {
  return basis === 'all' ? sites : sites.filter((s) => s.properties.siteBasis === basis);
}

/** How many of `sites` are head offices. */
export function headOfficeCount(sites: readonly Sited[]): number {
  let n = 0;
  for (const s of sites) if (s.properties.siteBasis === 'head-office') n++;
  return n;
}

/** What an exported file's name adds for `basis` (the names are French, like the rest of them). */
export function basisFileTag(basis: CountBasis): string {
  return basis === 'all' ? '' : basis === 'named-site' ? '-sites-nommes' : '-sieges-sociaux';
}
