// SPDX-License-Identifier: MIT
// The text of the tooltip for what the pointer is over (pure; shown with textContent).
import type { Dataset } from '../../data/dataset.ts';
import { countryName, edgeText, partnerText } from '../../diagrams/texts.ts';
import type { Lang } from '../../i18n/messages.ts';
import type { PickedObject } from '../../map/engine.ts';
import type { PartnershipsFile } from '../../types.ts';
import type { ProjectArc } from '../../layers/arcs/project-arcs.ts';
import { memberTooltip, poleTooltip } from '../../ui/tooltip.ts';
import { plural, t } from '../../i18n/messages.ts';
import type { SymbolRef } from '../../map/colocated-pick.ts';

/** Lines of a tooltip's list of the symbols at one point; the rest is counted. */
const LISTED = 8;

/** A pôle or a site in a list of one point's symbols: its name (a site's with its pôle's). */
export function symbolName(symbol: SymbolRef, data: Dataset): string {
  const poleName = (id: string) => data.poles.features.find((f) => f.id === id)?.properties.shortName ?? id;
  if (symbol.layer === 'poles') return poleName(symbol.id);
  const site = data.members.features.find((f) => f.id === symbol.id);
  return site ? `${site.properties.organisation} · ${poleName(site.properties.pole)}` : symbol.id;
}

/** The other symbols at the picked one's point, under a heading, one a line. */
function alsoHere(lang: Lang, others: readonly SymbolRef[], data: Dataset): string {
  const lines = others.slice(0, LISTED).map((s) => symbolName(s, data));
  if (others.length > LISTED) lines.push(plural(lang, 'colocated.more', others.length - LISTED));
  return [t(lang, 'colocated.here'), ...lines].join('\n');
}

export function hoverText(
  lang: Lang,
  picked: PickedObject,
  data: Dataset,
  partnerships: PartnershipsFile | null,
  projectArcs: readonly ProjectArc[] = [],
): string | null {
  const poleOf = (id: string) => data.poles.features.find((f) => f.id === id) ?? null;
  const nameOf = (id: string) => poleOf(id)?.properties.shortName ?? id;
  const others = (picked.all ?? []).filter((s) => s.layer !== picked.layer || s.id !== picked.id);
  const withOthers = (text: string) => (others.length ? `${text}\n${alsoHere(lang, others, data)}` : text);
  switch (picked.layer) {
    case 'poles': {
      const pole = poleOf(picked.id);
      return pole ? withOthers(poleTooltip(lang, pole.properties)) : null;
    }
    case 'members': {
      const member = data.members.features.find((f) => f.id === picked.id);
      return member
        ? withOthers(memberTooltip(lang, member.properties, nameOf(member.properties.pole)))
        : null;
    }
    case 'colocated':
      // A group's hub or badge: everything at its point, and how to list it for good.
      return others.length ? `${alsoHere(lang, others, data)}\n${t(lang, 'colocated.hint')}` : null;
    case 'partner-arcs': {
      const edge = partnerships?.edges.find((e) => e.id === picked.id);
      return edge ? edgeText(lang, edge, nameOf) : null;
    }
    case 'partner-points': {
      const edge = partnerships?.edges.find((e) => e.targetKind !== 'pole' && e.target === picked.id);
      return edge ? partnerText(lang, edge) : null;
    }
    case 'project-arcs': {
      const arc = projectArcs.find((a) => a.id === picked.id);
      if (!arc) return null;
      const p = arc.project;
      const place = [p.foreignRegion, countryName(lang, p.country)].filter(Boolean).join(', ');
      return `${p.id} — ${p.title}\n${nameOf(arc.pole)} — ${place}\n${t(lang, `projects.stage.${p.status}`)}`;
    }
    default:
      // Concentration layers have tooltips of their own (map/concentration.ts).
      return null;
  }
}
