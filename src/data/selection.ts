// SPDX-License-Identifier: MIT
// What a view shows, derived from the dataset (pure).
import type { Feature, MemberProperties, PointGeometry, PoleProperties } from '../types.ts';

export type PoleFeature = Feature<PoleProperties>;
export type PlacedPoleFeature = Feature<PoleProperties, PointGeometry>;
export type MemberFeature = Feature<MemberProperties, PointGeometry>;

/** The pôles of `poles` that have a documented HQ, so a place on the map. */
export function placed(poles: PoleFeature[]): PlacedPoleFeature[] {
  return poles.filter((f): f is PlacedPoleFeature => f.geometry !== null);
}

/** Sorts pôles by their usual name, the French way (accents and case ignored). */
export function byName(a: PoleFeature, b: PoleFeature): number {
  return a.properties.shortName.localeCompare(b.properties.shortName, 'fr', { sensitivity: 'base' });
}
