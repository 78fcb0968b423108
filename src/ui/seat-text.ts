// SPDX-License-Identifier: MIT
// A pôle's seat in year Y as text: the commune, "Bellignat ou Lyon selon les sources" when sources
// disagree (never resolved), or null when no seat is documented.
import { seatIn } from '../data/time/seat.ts';
import { t, type Lang } from '../i18n/messages.ts';
import type { PoleProperties } from '../types.ts';

/** `pole`: as in poles.geojson, or as it stands in a year (poleAt): both give the same answer. */
export function seatText(lang: Lang, pole: PoleProperties, year: number): string | null {
  const seat = seatIn(pole.hqHistory, pole.hqCommune !== null, year);
  switch (seat.kind) {
    case 'base':
      return pole.hqCommune;
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
