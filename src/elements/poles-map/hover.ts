// SPDX-License-Identifier: MIT
// The text of the tooltip for what the pointer is over (pure; shown with textContent).
import type { Dataset } from '../../data/dataset.ts';
import { edgeText, partnerText } from '../../diagrams/texts.ts';
import type { Lang } from '../../i18n/messages.ts';
import type { PickedObject } from '../../map/engine.ts';
import type { PartnershipsFile } from '../../types.ts';
import type { ProjectArc } from '../../layers/arcs/project-arcs.ts';
import { countryName } from '../../diagrams/texts.ts';
import { t } from '../../i18n/messages.ts';
import { memberTooltip, poleTooltip } from '../../ui/tooltip.ts';

export function hoverText(
  lang: Lang,
  picked: PickedObject,
  data: Dataset,
  partnerships: PartnershipsFile | null,
  projectArcs: readonly ProjectArc[] = [],
): string | null {
  const poleOf = (id: string) => data.poles.features.find((f) => f.id === id) ?? null;
  const nameOf = (id: string) => poleOf(id)?.properties.shortName ?? id;
  switch (picked.layer) {
    case 'poles': {
      const pole = poleOf(picked.id);
      return pole ? poleTooltip(lang, pole.properties) : null;
    }
    case 'members': {
      const member = data.members.features.find((f) => f.id === picked.id);
      return member ? memberTooltip(lang, member.properties, nameOf(member.properties.pole)) : null;
    }
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
