// SPDX-License-Identifier: MIT
// Hover and list texts of the partnership views: plain strings, drawn with .text() or lit
// templates, never parsed as HTML (ENGINEERING.md B.5).
import type { GraphNode, Tie } from '../data/partnership-graph.ts';
import { NO_COUNTRY } from '../data/partnership-international.ts';
import { t, type Lang } from '../i18n/messages.ts';
import type { Partnership } from '../types.ts';

/** The years of a set of edges: earliest start and latest end, as far as they are known. */
export function yearsText(lang: Lang, edges: readonly Partnership[]): string {
  const starts = edges.map((e) => e.yearStart).filter((y): y is number => y !== null);
  const ends = edges.map((e) => e.yearEnd).filter((y): y is number => y !== null);
  const start = starts.length ? String(Math.min(...starts)) : null;
  const end = ends.length ? String(Math.max(...ends)) : null;
  if (start && end) return t(lang, 'links.years.span', { start, end });
  if (start) return t(lang, 'links.years.from', { start });
  if (end) return t(lang, 'links.years.until', { end });
  return t(lang, 'links.years.unknown');
}

/** A node's display name; a grouping says how many pôles it gathers. */
export function nodeName(lang: Lang, node: GraphNode): string {
  return node.grouping
    ? t(lang, 'links.grouping.node', { label: node.grouping.label, n: node.grouping.members.length })
    : node.name;
}

/** One stored edge: its ends, label, kind, years and sources. */
export function edgeText(lang: Lang, edge: Partnership, nameOf: (id: string) => string): string {
  const target = edge.targetKind === 'pole' ? nameOf(edge.target) : edge.targetName;
  const head = `${nameOf(edge.source)} — ${target}`;
  const what = [edge.label, t(lang, `links.kind.${edge.kind}`), yearsText(lang, [edge])]
    .filter(Boolean)
    .join(' · ');
  const sources = t(lang, 'links.tooltip.source', {
    sources: edge.sources.length ? edge.sources.join(' | ') : t(lang, 'common.unknown'),
  });
  return `${head}\n${what}\n${sources}`;
}

/** One tie: a pair is its edge; a membership lists the grouping and the edges it stands for. */
export function tieText(lang: Lang, tie: Tie, nameOf: (id: string) => string): string {
  const [first] = tie.edges;
  if (!tie.grouping && first) return edgeText(lang, first, nameOf);
  const head = `${nameOf(tie.a)} — ${nameOf(tie.b)}`;
  const what = [t(lang, `links.kind.${tie.kind}`), yearsText(lang, tie.edges)].join(' · ');
  const sources = [...new Set(tie.edges.flatMap((e) => e.sources))];
  return `${head}\n${what}\n${t(lang, 'links.tooltip.source', { sources: sources.join(' | ') || t(lang, 'common.unknown') })}`;
}

const regionNames = new Map<Lang, Intl.DisplayNames>();

/** A country's name in `lang` from its ISO 3166 code (the code itself if the platform lacks it). */
export function countryName(lang: Lang, key: string): string {
  if (key === NO_COUNTRY) return t(lang, 'links.country.none');
  let names = regionNames.get(lang);
  if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region' })));
  try {
    return names.of(key) ?? key;
  } catch {
    // A malformed code in the data is shown as written rather than breaking the view.
    return key;
  }
}

/** A non-pôle partner: name, kind of partner and place. */
export function partnerText(lang: Lang, edge: Partnership): string {
  const place = [edge.targetCity, edge.targetCountry ? countryName(lang, edge.targetCountry) : null]
    .filter(Boolean)
    .join(', ');
  return t(lang, 'links.tooltip.partner', {
    name: edge.targetName,
    target: t(lang, `links.target.${edge.targetKind}`),
    place: place || t(lang, 'common.unknown'),
  });
}
