// SPDX-License-Identifier: MIT
// The `cam` field of the hash (issue 14): only `lon,lat,zoom` in plain decimals and in range opens the
// map there; anything else is dropped and reported, and the map keeps its default framing.
import { describe, expect, it } from 'vitest';
import { decodeHash, parseCamera } from '../../src/state/hash.ts';

describe('cam in the hash', () => {
  it('reads lon,lat,zoom in plain decimals, signed or not', () => {
    expect(parseCamera('1.4442,43.6045,6.50')).toEqual({ lon: 1.4442, lat: 43.6045, zoom: 6.5 });
    expect(parseCamera('-4.5,+48.39,.5')).toEqual({ lon: -4.5, lat: 48.39, zoom: 0.5 });
    expect(parseCamera(' 2 , 46 , 5 ')).toEqual({ lon: 2, lat: 46, zoom: 5 });
  });

  it.each([
    ['cam=,,', ',,'],
    ['an empty part', '2,,5'],
    ['an empty value', ''],
    ['two parts', '2,46'],
    ['a bearing and a pitch', '2,46,5,30,40'],
    ['a hex literal', '0x10,46,5'],
    ['a binary literal', '2,0b101,5'],
    ['an exponent', '2,46,5e0'],
    ['NaN', 'NaN,46,5'],
    ['Infinity', '2,Infinity,5'],
    ['a lone sign or dot', '-,46,.'],
    ['a longitude beyond 180°', '180.5,46,5'],
    ['a latitude beyond 85°', '2,-85.1,5'],
    ['a negative zoom', '2,46,-1'],
    ['a zoom beyond 18', '2,46,18.5'],
  ])('refuses %s (%s): default framing, the field reported', (_, value) => {
    expect(parseCamera(value)).toBeUndefined();
    const { state, rejected } = decodeHash(`#v=1&year=2010&cam=${value}`);
    expect(state.camera).toBeNull();
    expect(state.year).toBe(2010);
    expect(rejected).toEqual(['cam']);
  });
});
