// SPDX-License-Identifier: MIT
// Byte-level checks before CSV parsing: BOM, UTF-8 validity (with the line of the first bad byte),
// UTF-16 detection and a Windows-1252 fallback for lists exported by Excel. Pure functions over Uint8Array: they run in
// Node and in the browser alike, without relying on TextDecoder labels that small-ICU builds lack.

const BOM = [0xef, 0xbb, 0xbf] as const;

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1 when all is valid. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid UTF-8 too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line number of a byte offset (counts LF; a lone CR also ends a line). */
export function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

// ignoreBOM keeps a BOM as U+FEFF instead of silently dropping it: the strict reader reports it.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export type StrictDecode = { ok: true; text: string } | { ok: false; line: number; byte: number };

/** Decodes UTF-8 (a BOM, if any, is kept as U+FEFF so the caller can report it). */
export function decodeUtf8Strict(bytes: Uint8Array): StrictDecode {
  const bad = findInvalidUtf8(bytes);
  if (bad >= 0) return { ok: false, line: lineAtOffset(bytes, bad), byte: bytes[bad]! };
  return { ok: true, text: utf8.decode(bytes) };
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (€, ‚, ƒ, „, …, typographic quotes, Œ, œ...).
// Undefined slots (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as browsers do.
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    chunk.push(b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : String.fromCharCode(b));
    if (chunk.length === 8192) {
      out += chunk.join('');
      chunk.length = 0;
    }
  }
  return out + chunk.join('');
}

/**
 * UTF-16 as Excel's "Unicode text" and Windows tools write it: by its BOM (FF FE little-endian,
 * FE FF big-endian), else by its NUL bytes: Latin text in UTF-16 has a NUL in every other byte,
 * which no UTF-8 or Windows-1252 list has. Null when the bytes are not UTF-16.
 */
export function detectUtf16(bytes: Uint8Array): { endian: 'le' | 'be'; bom: boolean } | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { endian: 'le', bom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { endian: 'be', bom: true };
  const pairs = Math.min(bytes.length >> 1, 512);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  // Most code units of a list (letters, digits, delimiters) are below U+0100: their high byte is NUL.
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.1) return { endian: 'le', bom: false };
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.1) return { endian: 'be', bom: false };
  return null;
}

/** Decodes UTF-16 code units by hand (small-ICU builds lack the utf-16be label); an odd last byte is dropped. */
export function decodeUtf16(bytes: Uint8Array, endian: 'le' | 'be'): string {
  const [hi, lo] = endian === 'le' ? [1, 0] : [0, 1];
  const parts: string[] = [];
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    units.push((bytes[i + hi]! << 8) | bytes[i + lo]!);
    if (units.length === 8192) {
      parts.push(String.fromCharCode(...units));
      units.length = 0;
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface LenientDecode {
  text: string;
  encoding: Encoding;
  hadBom: boolean;
}

/** Lenient decoding for people's own lists: BOM stripped, UTF-16 if detected, UTF-8 if valid, else Windows-1252. */
export function decodeLenient(bytes: Uint8Array): LenientDecode {
  const utf16 = detectUtf16(bytes);
  if (utf16) {
    const text = decodeUtf16(utf16.bom ? bytes.subarray(2) : bytes, utf16.endian);
    return { text, encoding: utf16.endian === 'le' ? 'utf-16le' : 'utf-16be', hadBom: utf16.bom };
  }
  const hadBom = hasUtf8Bom(bytes);
  const body = hadBom ? bytes.subarray(3) : bytes;
  if (findInvalidUtf8(body) < 0) return { text: utf8.decode(body), encoding: 'utf-8', hadBom };
  return { text: decodeWindows1252(body), encoding: 'windows-1252', hadBom };
}
