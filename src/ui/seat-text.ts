// SPDX-License-Identifier: MIT
// A pôle's seat in year Y as text: the commune, "Bellignat ou Lyon selon les sources" when sources
// disagree (never resolved), or null when no seat is documented.
import type { PoleFeature } from '../data/selection.ts';
import { seatOf } from '../data/time/at-year.ts';
import { t, type Lang } from '../i18n/messages.ts';

export function seatText(lang: Lang, pole: PoleFeature, year: number): string | null {
  const seat = seatOf(pole, year);
  switch (seat.kind) {
    case 'base':
      return pole.properties.hqCommune;
    case 'moved':
      return seat.row.commune;
    case 'conflict':
      return t(lang, 'profile.hqConflict', {
        sides: seat.sides.map((h) => h.commune).join(t(lang, 'profile.or')),
      });
    case 'none':
      return null;
  }
}
