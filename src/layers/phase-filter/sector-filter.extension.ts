// SPDX-License-Identifier: MIT
// deck.gl's DataFilterExtension with fixed category keys: each datum's category is its sector's key
// (sectorKey()), written to the GPU as it is. deck.gl's own extension maps each category value to
// a key of its choosing through a function it calls per datum on every upload, even for a packed
// attribute: with 100,000 imported sites that held the page in one task (issue 14). With fixed keys,
// the members layer hands the categories over packed (layers/members/pack.ts) like its other
// attributes, and deck.gl copies them.
import type { Layer, LayerContext } from '@deck.gl/core';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { SECTORS, type Sector } from '../../types.ts';

/** The key of sites whose pôle (and so sector) is unknown: no filter holds it. */
export const NO_SECTOR_KEY = SECTORS.length;

const KEYS = new Map<string, number>(SECTORS.map((sector, key) => [sector, key]));

/** A sector's category key on the GPU: its index in SECTORS; NO_SECTOR_KEY when unknown. */
export const sectorKey = (sector: Sector | undefined): number => KEYS.get(sector ?? '') ?? NO_SECTOR_KEY;

/** Category size 1: one key per datum, `filterCategories` keys among sectorKey()'s. */
export class SectorFilterExtension extends DataFilterExtension {
  static override extensionName = 'SectorFilterExtension';

  override initializeState(this: Layer<DataFilterExtensionProps>, context: LayerContext, extension: this) {
    super.initializeState.call(this, context, extension);
    const attributes = this.getAttributeManager();
    // The same attribute without deck.gl's per-datum key mapping (`transform`).
    attributes?.remove(['filterCategoryValues']);
    attributes?.add({
      filterCategoryValues: {
        size: 1,
        stepMode: 'dynamic',
        accessor: 'getFilterCategory',
        type: 'uint32',
      },
    });
  }

  /** The key is the category itself (the bit of the filter's mask). */
  override _getCategoryKey(this: Layer<DataFilterExtensionProps>, category: number | string): number {
    return Number(category);
  }
}
