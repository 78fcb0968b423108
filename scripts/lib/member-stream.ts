// SPDX-License-Identifier: MIT
// `--members <file.csv>` read in bounded memory: the file is read a megabyte at a time and handed to
// importMemberList (src/data/member-import.ts, shared with the browser) in blocks of whole records,
// each behind the header, so that neither the whole text nor all its parsed records ever exist at
// once; only the placed sites are kept. Row numbers, ids and counts are those of one import of the
// whole file.
import { closeSync, openSync, readSync } from 'node:fs';
import { decodeUtf16, decodeWindows1252, detectUtf16, type Encoding } from '../../src/data/encoding.ts';
import { createPoleMatcher, type PoleRef } from '../../src/data/import-headers.ts';
import {
  importMemberList,
  NothingPlacedError,
  type MemberImportResult,
  type UnplacedImportRow,
} from '../../src/data/member-import.ts';
import type { CommuneIndex } from '../../src/geo/commune-index.ts';

const READ_BYTES = 1 << 20;
/** Characters of records handed to importMemberList at once. */
export const BLOCK_CHARS = 4 << 20;

/** Reads a file a chunk at a time. */
function* chunks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(READ_BYTES);
    for (let n; (n = readSync(fd, buffer, 0, READ_BYTES, null)) > 0;) yield buffer.slice(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * UTF-16 when its first chunk says so (BOM or NUL bytes), else UTF-8 if the whole file is valid
 * UTF-8 (checked as it streams), else Windows-1252, as decodeLenient decides.
 */
function detectEncoding(path: string): Encoding {
  for (const chunk of chunks(path)) {
    const utf16 = detectUtf16(chunk);
    if (utf16) return utf16.endian === 'le' ? 'utf-16le' : 'utf-16be';
    break;
  }
  const fatal = new TextDecoder('utf-8', { fatal: true });
  try {
    for (const chunk of chunks(path)) fatal.decode(chunk, { stream: true });
    fatal.decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The text of the file, decoded as it streams (a BOM dropped). */
function* texts(path: string, encoding: Encoding): Generator<string> {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    yield* utf16Texts(path, encoding === 'utf-16le' ? 'le' : 'be');
    return;
  }
  const utf8 = new TextDecoder('utf-8');
  let first = true;
  for (const chunk of chunks(path)) {
    const body =
      first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;
    first = false;
    yield encoding === 'utf-8' ? utf8.decode(body, { stream: true }) : decodeWindows1252(body);
  }
  if (encoding === 'utf-8') yield utf8.decode();
}

/** UTF-16 code units as they stream: a byte cut off by a chunk's end waits for the next chunk. */
function* utf16Texts(path: string, endian: 'le' | 'be'): Generator<string> {
  let carry: Uint8Array = new Uint8Array(0);
  let first = true;
  for (const chunk of chunks(path)) {
    let body = carry.length ? concat(carry, chunk) : chunk;
    if (first && detectUtf16(body)?.bom) body = body.subarray(2);
    first = false;
    const even = body.length & ~1;
    carry = body.slice(even);
    yield decodeUtf16(body.subarray(0, even), endian);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Blocks of whole records, each of at least `blockChars` characters (but the last): a block ends
 * at a line end outside quotes (a quote toggles, so "" toggles twice).
 */
function* recordBlocks(path: string, encoding: Encoding, blockChars: number): Generator<string> {
  let pending = '';
  let quoted = false;
  for (const text of texts(path, encoding)) {
    const scanFrom = pending.length;
    pending += text;
    let start = 0;
    for (let i = scanFrom; i < pending.length; i++) {
      const ch = pending.charCodeAt(i);
      if (ch === 0x22) quoted = !quoted;
      else if (ch === 0x0a && !quoted && i + 1 - start >= blockChars) {
        yield pending.slice(start, i + 1);
        start = i + 1;
      }
    }
    pending = pending.slice(start);
  }
  if (pending !== '') yield pending;
}

const lineEnds = (s: string): number => s.split('\n').length - 1;

/** importMemberList of a file, read in blocks; the same result as one call on the whole file. */
export function importMemberFile(
  path: string,
  fileName: string,
  poles: readonly PoleRef[],
  communes: CommuneIndex,
  blockChars = BLOCK_CHARS,
): MemberImportResult {
  const encoding = detectEncoding(path);
  const utf8 = new TextEncoder();
  let header: string | null = null;
  let result: MemberImportResult | null = null;
  const unplaced: UnplacedImportRow[] = [];
  const unplacedByPole = new Map<string, number>();
  const matchPole = createPoleMatcher(poles);
  let rows = 0;
  let blockLine = 1;
  let firstFailure: NothingPlacedError | null = null;
  for (const block of recordBlocks(path, encoding, blockChars)) {
    // The first block holds the header (and any blank lines before it); later ones get it in front.
    const head = header ?? '';
    header ??= block.slice(0, block.indexOf('\n') + 1 || block.length);
    const shift = blockLine - 1 - lineEnds(head);
    let part: MemberImportResult | null = null;
    let partUnplaced: readonly UnplacedImportRow[];
    try {
      part = importMemberList(utf8.encode(head + block), fileName, poles, communes);
      partUnplaced = part.report.unplaced;
    } catch (e) {
      if (!(e instanceof NothingPlacedError)) throw e;
      firstFailure ??= e;
      partUnplaced = e.rows;
    }
    for (const u of partUnplaced) unplaced.push({ ...u, row: u.row + shift });
    const before = rows;
    // Where nothing was placed, every data row of the block is an unplaced one.
    rows += part ? part.report.rows : partUnplaced.length;
    blockLine += lineEnds(block);
    if (!part) {
      for (const u of partUnplaced) {
        const pole = placementFailure(u) ? matchPole(u.pole) : null;
        if (pole) unplacedByPole.set(pole, (unplacedByPole.get(pole) ?? 0) + 1);
      }
      continue;
    }
    for (const f of part.members.features) f.id = `m${before + Number(String(f.id).slice(1))}`;
    for (const [pole, n] of part.unplacedByPole)
      unplacedByPole.set(pole, (unplacedByPole.get(pole) ?? 0) + n);
    if (!result) result = part;
    else for (const f of part.members.features) result.members.features.push(f);
  }
  if (!result) {
    // The first block's message names the file's first unplaced rows (blocks hold thousands of
    // rows): only its count of data rows is the block's, not the file's.
    const message = firstFailure!.message
      .replace(/^.*?: /, '')
      .replace(/\(\d+ data rows/, `(${rows} data rows`);
    throw new NothingPlacedError(fileName, message, unplaced);
  }
  result.unplacedByPole = unplacedByPole;
  result.report = {
    ...result.report,
    encoding,
    rows,
    placed: result.members.features.length,
    unplaced,
  };
  return result;
}

/**
 * Whether a row was refused by the commune placement, after its pôle was recognised (the rows that
 * importMemberList counts per pôle), rather than by an earlier check.
 */
function placementFailure(u: UnplacedImportRow): boolean {
  return !/^(malformed CSV|expected \d+ fields|empty organisation name|empty pôle|unknown pôle)/.test(
    u.reason,
  );
}
