// SPDX-License-Identifier: MIT
// The members layer's per-site attributes packed into typed arrays ahead of deck.gl, a slice at a
// time: deck.gl then uploads them as they are (binary attributes, `data.attributes`) instead of
// calling its accessors 100,000 times in one frame, which held the page for half a second with a
// big imported list (issue 14). The values are the layer's own accessors' (the same functions its
// tests check), and the data stays the array of sites, so that picking still gives the site. A zoom
// changes the positions alone (repositioned()).
import type { ScatterplotLayer } from '@deck.gl/layers';
import type { MemberSite } from './members.layer.ts';

/** Sites packed between two pauses of packSteps(). */
export const PACK_SLICE = 4000;

type ArrayType = Float32ArrayConstructor | Uint8ArrayConstructor | Uint32ArrayConstructor;

/**
 * The accessors packed, with the size and type of the attribute deck.gl fills from each: a binary
 * value of another size would go through deck.gl's per-datum path again. The positions are not
 * among them: they change with the zoom and come from site-positions.ts.
 * The sector's key is written as it is: the filter's keys are fixed (sector-filter.extension.ts).
 */
const PACKED: readonly [accessor: string, size: number, type: ArrayType][] = [
  ['getRadius', 1, Float32Array],
  ['getFillColor', 4, Uint8Array],
  ['getLineColor', 4, Uint8Array],
  ['getLineWidth', 1, Float32Array],
  ['getSiteShape', 1, Float32Array],
  ['getFilterValue', 2, Float32Array],
  ['getFilterCategory', 1, Uint32Array],
];

interface Binary {
  value: Float64Array | Float32Array | Uint8Array | Uint32Array;
  size: number;
}

/** The sites with their packed attributes (deck.gl reads `data.attributes`, picks `data[index]`). */
export type PackedSites = MemberSite[] & { attributes: Record<string, Binary> };

type Accessor = (site: MemberSite, info: { index: number; data: unknown; target: number[] }) => unknown;

/** `sites` as deck.gl data with packed `attributes`: a new array, so that deck.gl sees new data. */
function withAttributes(sites: readonly MemberSite[], attributes: Record<string, Binary>): PackedSites {
  const data = sites.slice() as PackedSites;
  Object.defineProperty(data, 'attributes', { value: attributes });
  return data;
}

/**
 * `layer` (createMembersLayer) with its attributes packed, in steps: a pause (yield) every `slice`
 * sites, for map/sliced.ts. Accessors that are constants are left to deck.gl. `positions` are the
 * sites' positions at the map's zoom (site-positions.ts: deck.gl's 3D positions).
 */
export function* packSteps(
  layer: ScatterplotLayer<MemberSite>,
  positions: Float64Array,
  slice = PACK_SLICE,
): Generator<void, ScatterplotLayer<MemberSite>, void> {
  const sites = layer.props.data as readonly MemberSite[];
  const props = layer.props as unknown as Record<string, unknown>;
  const packed = PACKED.flatMap(([name, size, Type]) => {
    const accessor = props[name];
    return typeof accessor === 'function'
      ? [{ name, size, accessor: accessor as Accessor, value: new Type(sites.length * size) }]
      : [];
  });
  const info = { index: 0, data: sites, target: [] as number[] };
  for (let i = 0; i < sites.length; i++) {
    if (i % slice === slice - 1) yield;
    info.index = i;
    for (const p of packed) {
      const v = p.accessor(sites[i]!, info);
      if (p.size === 1) p.value[i] = v as number;
      // A colour without alpha is opaque, as deck.gl reads it; a position without height is at 0.
      else
        for (let j = 0; j < p.size; j++) p.value[i * p.size + j] = (v as number[])[j] ?? (j === 3 ? 255 : 0);
    }
  }
  const attributes: Record<string, Binary> = Object.fromEntries([
    ...packed.map((p) => [p.name, { value: p.value, size: p.size }]),
    ['getPosition', { value: positions, size: 3 }],
  ]);
  // deck.gl reads the attributes instead of calling the accessors.
  return layer.clone({ data: withAttributes(sites, attributes) });
}

/**
 * `layer` (createMembersLayer, the same sites and looks as `packed`, at another zoom) with the
 * attributes of `packed` but its positions: deck.gl then uploads the positions alone, every other
 * attribute being the same array (the zoom's re-layout, on every frame of a zoom).
 */
export function repositioned(
  layer: ScatterplotLayer<MemberSite>,
  packed: ScatterplotLayer<MemberSite>,
  positions: Float64Array,
): ScatterplotLayer<MemberSite> {
  const { attributes } = packed.props.data as PackedSites;
  const sites = layer.props.data as readonly MemberSite[];
  return layer.clone({
    data: withAttributes(sites, { ...attributes, getPosition: { value: positions, size: 3 } }),
  });
}
