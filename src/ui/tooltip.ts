// SPDX-License-Identifier: MIT
// Tooltip texts: plain strings, rendered with textContent, never as HTML.
import { t, type Lang } from '../i18n/messages.ts';
import type { MemberProperties, PoleProperties } from '../types.ts';

export function poleTooltip(lang: Lang, pole: PoleProperties): string {
  return t(lang, 'tooltip.pole', { name: pole.shortName, sector: t(lang, `sector.${pole.sector}`) });
}

export function memberTooltip(lang: Lang, member: MemberProperties, poleName: string): string {
  return t(lang, 'tooltip.member', {
    organisation: member.organisation,
    kind: t(lang, `kind.${member.kind}`),
    commune: member.commune,
    pole: poleName,
  });
}
