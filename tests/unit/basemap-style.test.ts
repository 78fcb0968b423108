// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { REGION_LINE_LAYERS, regionLineChanges } from '../../src/map/basemap-style.ts';

const NOW = REGION_LINE_LAYERS['2016'];
const FORMER = REGION_LINE_LAYERS['2015'];

/** The changes as a map: the order of the calls does not matter. */
const changes = (regionMap: '2016' | '2015', style: Record<string, string | undefined>) =>
  new Map(regionLineChanges(regionMap, (layer) => (layer in style ? style[layer] : null)));

describe('regionLineChanges', () => {
  it('changes nothing on the first draw of the 2016 map, whose line layer is left unset', () => {
    // Setting it to 'visible' anyway made MapLibre tile the régions a second time at startup.
    expect(changes('2016', { [NOW]: undefined, [FORMER]: 'none' })).toEqual(new Map());
  });

  it('swaps the two line layers for the former régions, and back', () => {
    expect(changes('2015', { [NOW]: undefined, [FORMER]: 'none' })).toEqual(
      new Map([
        [NOW, 'none'],
        [FORMER, 'visible'],
      ]),
    );
    expect(changes('2016', { [NOW]: 'none', [FORMER]: 'visible' })).toEqual(
      new Map([
        [NOW, 'visible'],
        [FORMER, 'none'],
      ]),
    );
  });

  it('leaves out the layers an online style does not have', () => {
    expect(changes('2015', {})).toEqual(new Map());
  });
});
