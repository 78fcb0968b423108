// SPDX-License-Identifier: MIT
// The territory names must read at 4.5:1 or better on every fill they can lie on: each class of the
// choropleth palette at every class count, the no-data grey, the base map, the gap layers and the
// sector and member-kind colours of the points beneath them. The halo lies between name and fill.
import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOUR, YL_GN_BU } from '../../src/analysis/classes.ts';
import { LABEL_COLOUR, LABEL_HALO_ALPHA } from '../../src/layers/labels/labels.ts';
import { GAP_COMMUNE, GAP_TERRITORY_FILL, GAP_TERRITORY_LINE } from '../../src/layers/gaps/gaps.colours.ts';
import { contrastRatio, over } from '../../src/theme/contrast.ts';
import { BASEMAP, MEMBER_KIND_COLOURS, SECTOR_COLOURS, hexToRgb, type Rgb } from '../../src/theme/palette.ts';

const fills: [string, Rgb][] = [
  ...Object.entries(YL_GN_BU).flatMap(([n, colours]) =>
    colours.map((c, i): [string, Rgb] => [`YlGnBu ${n} classes, class ${i + 1}`, hexToRgb(c)]),
  ),
  ['no data', hexToRgb(NO_DATA_COLOUR)],
  ...Object.entries(BASEMAP).map(([k, c]): [string, Rgb] => [`base map ${k}`, hexToRgb(c)]),
  ...Object.entries(SECTOR_COLOURS).map(([k, c]): [string, Rgb] => [`sector ${k}`, hexToRgb(c)]),
  ...Object.entries(MEMBER_KIND_COLOURS).map(([k, c]): [string, Rgb] => [`member kind ${k}`, hexToRgb(c)]),
  ...[GAP_TERRITORY_FILL, GAP_TERRITORY_LINE, GAP_COMMUNE].map(([r, g, b]): [string, Rgb] => [
    `gap ${r},${g},${b}`,
    [r, g, b],
  ]),
];

describe('territory names over any fill', () => {
  it.each(fills)('read at 4.5:1 or better over %s', (_, fill) => {
    const halo = over([255, 255, 255], LABEL_HALO_ALPHA, fill);
    expect(contrastRatio(hexToRgb(LABEL_COLOUR), halo)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes WCAG contrast: black on white is 21:1, grey #767676 on white 4.54:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([118, 118, 118], [255, 255, 255])).toBeCloseTo(4.54, 2);
  });
});
