// SPDX-License-Identifier: MIT
// The only real figures on the France-Québec partnership projects: aggregates, as the sources give
// them (../shared/data/reference/notes/quebec-notes.md). Where two sources differ both are kept;
// what no source gives (the DGCIS/MDEIE counts by stage) is said to be unknown, never filled in.

export interface SourcedFigure {
  /** Catalogue key of the figure's caption. */
  key: string;
  /** The value as the source words it ("70+" is "more than 70"). */
  value: string;
  source: string;
}

export const SOURCED_PROJECT_FIGURES: readonly SourcedFigure[] = [
  { key: 'projects.fig.projects2008', value: '70+', source: 'competitivite.gouv.fr (1er symposium, Québec, 20-22 mai 2008)' },
  { key: 'projects.fig.poles2008', value: '20', source: 'competitivite.gouv.fr (1er symposium)' },
  { key: 'projects.fig.poles2008Preview', value: '10', source: 'larsg.fr (annonce du symposium, « dix pôles »)' },
  {
    key: 'projects.fig.agreements2010',
    value: '27',
    source: '2e symposium, France, 24-26 nov. 2010 : 6 aéronautique, 7 biotechnologies, 10 matériaux et textiles techniques, 4 nutrition',
  },
  { key: 'projects.fig.collab2010', value: '150+', source: 'C. Lagarde, 26 nov. 2010 (unioneuropeenne.blogspot.com)' },
];

/** 2010 agreements by sector (6 + 7 + 10 + 4 = 27). */
export const AGREEMENTS_2010_BY_SECTOR: readonly { key: string; count: number }[] = [
  { key: 'projects.sector.aerospace', count: 6 },
  { key: 'projects.sector.biotech', count: 7 },
  { key: 'projects.sector.materials', count: 10 },
  { key: 'projects.sector.nutrition', count: 4 },
];

/** What every synthetic project's source says; a list whose sources all say it is marked synthetic. */
export const SYNTHETIC_PROJECT_SOURCE = 'SYNTHÉTIQUE : généré par scripts/bench/synthetic-projects.ts, pas un projet réel';

export function isSyntheticProjectList(projects: readonly { source: string }[]): boolean {
  return projects.length > 0 && projects.some((p) => p.source.startsWith('SYNTHÉTIQUE'));
}
