// SPDX-License-Identifier: MIT
// The legend drawn into an exported picture, as plain data (texts in the page language). Only the
// categories the picture actually shows are listed: a poster has no room for the rest. Pure.
import { KIND_COLOURS } from '../diagrams/colours.ts';
import { partnerEdges } from '../data/partnership-international.ts';
import type { LegendModel } from '../elements/poles-legend/legend-model.ts';
import { t, type Lang } from '../i18n/messages.ts';
import type { MapView } from '../layers/index.ts';
import { MEMBER_KIND_COLOURS, SECTOR_COLOURS } from '../theme/palette.ts';
import { MEMBER_KINDS, PARTNERSHIP_KINDS, SECTORS } from '../types.ts';

/** `diamond`: a named local site; `ring`: a site placed at its head office (layers/members). */
export type SwatchShape = 'dot' | 'small-dot' | 'square' | 'line' | 'diamond' | 'ring';

/** The neutral colour of the symbol entries, whose colours the sections above give. */
const SYMBOL_GREY = '#8a8a8a';
/** The count badge of sites at one point (layers/colocation). */
const BADGE_GREY = '#3c3c3c';

export interface ExportLegendSection {
  title: string;
  /** What the numbers count, under the title (concentration layers); null when there is none. */
  unit: string | null;
  entries: { colour: string; text: string; shape: SwatchShape }[];
}

type Site = MapView['members'][number];
interface SiteFacts {
  kinds: Set<Site['properties']['kind']>;
  bases: Set<Site['properties']['siteBasis']>;
}

const siteFactsOf = new WeakMap<readonly Site[], SiteFacts>();

/**
 * The kinds and placements of `members`, in one pass once per array: the legend is rendered again
 * on every hover, and an imported list holds up to 100,000 sites.
 */
export function siteFacts(members: readonly Site[]): SiteFacts {
  let facts = siteFactsOf.get(members);
  if (!facts) {
    facts = { kinds: new Set(), bases: new Set() };
    for (const m of members) {
      facts.kinds.add(m.properties.kind);
      facts.bases.add(m.properties.siteBasis);
    }
    siteFactsOf.set(members, facts);
  }
  return facts;
}

/** Values of `all` (in legend order) that occur in `present`. */
const inOrder = <T>(all: readonly T[], present: Iterable<T>): T[] => {
  const set = new Set(present);
  return all.filter((v) => set.has(v));
};

/**
 * The legend of a view, most important first (a picture may lack room for the last sections): the
 * concentration layer's own legend when one is drawn; else the categories drawn (categoryLegend).
 */
export function exportLegend(
  lang: Lang,
  view: MapView,
  concentration: LegendModel | null,
  /** Which member sites are drawn (siteYearsText). */
  sitesWhich: string,
  /** Whether sites at one point are folded into a count badge. @default false */
  badges = false,
): ExportLegendSection[] {
  if (concentration) {
    return [
      {
        title: concentration.title,
        // The sites counted on a line of their own (compose.ts breaks lines at '\n').
        unit: [concentration.unit, concentration.basis].filter(Boolean).join('\n') || null,
        entries: concentration.entries.map((e) => ({ ...e, shape: 'square' as const })),
      },
    ];
  }
  return categoryLegend(lang, view, sitesWhich, badges);
}

/**
 * The categories a view draws, and only those, for the map's legend and the exports alike: in the
 * partnership view the kinds of the arcs and the partners' circles, then the sectors of the HQs and
 * the kinds of the member sites shown.
 */
export function categoryLegend(
  lang: Lang,
  view: Pick<MapView, 'arcs' | 'poles' | 'members' | 'projectLegend'>,
  /** Which member sites are drawn (siteYearsText). */
  sitesWhich: string,
  /** Whether sites at one point are folded into a count badge (layers/colocation). @default false */
  badges = false,
): ExportLegendSection[] {
  const sections: ExportLegendSection[] = [];
  // Projects first: when a list is imported, they are what the partnership view is about.
  const projects = view.projectLegend;
  if (projects?.stages.length)
    sections.push({
      title: projects.synthetic
        ? `${t(lang, 'projects.syntheticMark')} ${t(lang, 'projects.map.legend')}`
        : t(lang, 'projects.map.legend'),
      unit: t(lang, 'projects.map.source', { unplaced: projects.unplaced }),
      entries: projects.stages.map((s) => ({
        colour: s.colour,
        text: t(lang, `projects.stage.${s.status}`),
        shape: 'line' as const,
      })),
    });
  const arcKinds = inOrder(
    PARTNERSHIP_KINDS,
    partnerEdges(view.arcs).map((e) => e.kind),
  );
  if (arcKinds.length)
    sections.push({
      title: t(lang, 'links.legend.kinds'),
      unit: null,
      entries: [
        ...arcKinds.map((k) => ({
          colour: KIND_COLOURS[k],
          text: t(lang, `links.kind.${k}`),
          shape: 'line' as const,
        })),
        // The circle drawn at each partner's city (layers/arcs): white, outlined.
        { colour: '#ffffff', text: t(lang, 'links.legend.partner'), shape: 'dot' as const },
      ],
    });
  const sectors = inOrder(
    SECTORS,
    view.poles.map((p) => p.properties.sector),
  );
  if (sectors.length)
    sections.push({
      title: t(lang, 'legend.sectors'),
      unit: null,
      entries: sectors.map((s) => ({
        colour: SECTOR_COLOURS[s],
        text: t(lang, `sector.${s}`),
        shape: 'dot',
      })),
    });
  const kinds = inOrder(MEMBER_KINDS, siteFacts(view.members).kinds);
  if (kinds.length)
    sections.push({
      title: t(lang, 'legend.members'),
      unit: sitesWhich,
      entries: kinds.map((k) => ({
        colour: MEMBER_KIND_COLOURS[k],
        text: t(lang, `kind.${k}`),
        shape: 'diamond',
      })),
    });
  const symbols = symbolEntries(lang, view, badges);
  // One kind of symbol alone needs no key: the sections above say what it is.
  if (symbols.length > 1) sections.push({ title: t(lang, 'legend.symbols'), unit: null, entries: symbols });
  return sections;
}

/** The kinds of symbols drawn: HQs, named local sites, head-office placements, count badges. */
function symbolEntries(
  lang: Lang,
  view: Pick<MapView, 'poles' | 'members'>,
  badges: boolean,
): ExportLegendSection['entries'] {
  const { bases } = siteFacts(view.members);
  return [
    ...(view.poles.length
      ? [{ colour: SYMBOL_GREY, text: t(lang, 'legend.hq'), shape: 'dot' as const }]
      : []),
    ...(bases.has('named-site')
      ? [{ colour: SYMBOL_GREY, text: t(lang, 'legend.namedSite'), shape: 'diamond' as const }]
      : []),
    ...(bases.has('imported')
      ? [{ colour: SYMBOL_GREY, text: t(lang, 'legend.importedSite'), shape: 'diamond' as const }]
      : []),
    ...(bases.has('head-office')
      ? [{ colour: SYMBOL_GREY, text: t(lang, 'legend.headOffice'), shape: 'ring' as const }]
      : []),
    ...(badges ? [{ colour: BADGE_GREY, text: t(lang, 'legend.badge'), shape: 'dot' as const }] : []),
  ];
}
