// SPDX-License-Identifier: MIT
// A walk over the raw bytes of a comma-separated file, field by field, as parseCsv reads it. It runs
// before decoding, so that what must never reach the parser is caught first and without copying:
// a field too long to be a value (a 50 MB field costs no more than its bytes), control characters,
// and the field of a byte that is not UTF-8 (the decoder only knows the byte's offset).

/** Longest field the reference tables accept, in characters (the longest real value is ~1,500). */
export const MAX_FIELD_CHARS = 10_000;

export interface FieldSpot {
  /** 1-based line of the byte, as a text editor counts lines. */
  line: number;
  /** 1-based field position within its record. */
  field: number;
}

export interface FieldProblem extends FieldSpot {
  kind: 'control' | 'oversize';
  /** The control character's code point (for `control`). */
  code?: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;

/** Problems are capped: a file of NUL bytes must not make a list as long as itself. */
const MAX_PROBLEMS = 100;

/**
 * Walks `bytes` and reports, at most once per field, a control character (C0 other than tab and line
 * ends inside a quoted field, DEL, C1) and a field longer than `maxChars` characters.
 */
export function scanFields(bytes: Uint8Array, maxChars = MAX_FIELD_CHARS): FieldProblem[] {
  const problems: FieldProblem[] = [];
  walk(bytes, maxChars, (p) => {
    problems.push(p);
    return problems.length < MAX_PROBLEMS;
  });
  return problems;
}

/** The line and field of a byte offset (e.g. of the first byte that is not UTF-8). */
export function fieldAt(bytes: Uint8Array, offset: number): FieldSpot {
  return walk(bytes, Number.POSITIVE_INFINITY, () => true, offset);
}

function walk(
  bytes: Uint8Array,
  maxChars: number,
  report: (p: FieldProblem) => boolean,
  stopAt = bytes.length,
): FieldSpot {
  let line = 1;
  let field = 1;
  let quoted = false;
  let atStart = true;
  let chars = 0;
  let flagged = { control: false, oversize: false };
  const n = Math.min(stopAt, bytes.length);
  const flag = (kind: FieldProblem['kind'], code?: number): boolean => {
    if (flagged[kind]) return true;
    flagged[kind] = true;
    return report(code === undefined ? { line, field, kind } : { line, field, kind, code });
  };
  const nextField = (): void => {
    field++;
    atStart = true;
    chars = 0;
    flagged = { control: false, oversize: false };
  };
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (atStart) {
      atStart = false;
      if (b === QUOTE) {
        quoted = true;
        continue;
      }
    }
    if (quoted && b === QUOTE) {
      if (bytes[i + 1] === QUOTE) i++;
      else {
        quoted = false;
        continue;
      }
    } else if (!quoted && b === COMMA) {
      nextField();
      continue;
    } else if (b === LF || b === CR) {
      if (b === CR && bytes[i + 1] === LF) i++;
      line++;
      if (!quoted) {
        nextField();
        field = 1;
        continue;
      }
    } else if (b < 0x20 || b === 0x7f || (b === 0xc2 && bytes[i + 1]! >= 0x80 && bytes[i + 1]! <= 0x9f)) {
      if (!(quoted && b === TAB) && !flag('control', b === 0xc2 ? bytes[i + 1] : b)) break;
    }
    // Characters, not bytes: UTF-8 continuation bytes do not count.
    if ((b & 0xc0) !== 0x80 && ++chars > maxChars && !flag('oversize')) break;
  }
  return { line, field };
}
