// SPDX-License-Identifier: MIT
// What a view shows, derived from the dataset (pure).
import type { Feature, MemberProperties, PointGeometry, PoleProperties, PolesFile } from '../types.ts';
import { isLabelledIn } from './phases.ts';

export type PoleFeature = Feature<PoleProperties>;
export type PlacedPoleFeature = Feature<PoleProperties, PointGeometry>;
export type MemberFeature = Feature<MemberProperties, PointGeometry>;

/** The pôles labelled in `year`, HQ documented or not, in the file's order. */
export function polesLabelledIn(poles: PolesFile, year: number): PoleFeature[] {
  return poles.features.filter((f) =>
    isLabelledIn({ labelledYear: f.properties.labelledYear, endedYear: f.properties.endedYear }, year),
  );
}

/** The pôles of `poles` that have a documented HQ, so a place on the map. */
export function placed(poles: PoleFeature[]): PlacedPoleFeature[] {
  return poles.filter((f): f is PlacedPoleFeature => f.geometry !== null);
}

/** The member sites of the given pôles. */
export function membersOf(members: MemberFeature[], poles: PoleFeature[]): MemberFeature[] {
  const ids = new Set(poles.map((p) => p.id));
  return members.filter((m) => ids.has(m.properties.pole));
}

/** Sorts pôles by their usual name, the French way (accents and case ignored). */
export function byName(a: PoleFeature, b: PoleFeature): number {
  return a.properties.shortName.localeCompare(b.properties.shortName, 'fr', { sensitivity: 'base' });
}
