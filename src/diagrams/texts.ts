// SPDX-License-Identifier: MIT
// Hover and list texts of the partnership views: plain strings, drawn with .text() or lit
// templates, never parsed as HTML (ENGINEERING.md B.5).
import type { GraphNode, Tie } from '../data/partnership-graph.ts';
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
  const what = [edge.label, t(lang, `links.kind.${edge.kind}`), yearsText(lang, [edge])].filter(Boolean).join(' · ');
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
