// SPDX-License-Identifier: MIT
// Dates of the project stages as people write them: a year (2008), a month (2008-05, 05/2008) or a
// day (2008-05-22, 22/05/2008). Kept at the precision given, as an ISO string, so that a year stays
// a year and is never shown as 1 January.

export type DateParse = { ok: true; date: string } | { ok: false; reason: string };

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses one date; years outside 1950-2100 are refused as typing errors. */
export function parseProjectDate(value: string): DateParse {
  const v = value.trim();
  let y: number;
  let m: number | null = null;
  let d: number | null = null;
  let match: RegExpMatchArray | null;
  if ((match = /^(\d{4})$/.exec(v))) y = Number(match[1]);
  else if ((match = /^(\d{4})-(\d{1,2})$/.exec(v))) [y, m] = [Number(match[1]), Number(match[2])];
  else if ((match = /^(\d{1,2})\/(\d{4})$/.exec(v))) [m, y] = [Number(match[1]), Number(match[2])];
  else if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return { ok: false, reason: `"${v}" is not a date (write 2008, 2008-05, 2008-05-22 or 22/05/2008)` };
  if (y < 1950 || y > 2100) return { ok: false, reason: `year ${y} is out of range (1950-2100)` };
  if (m !== null && (m < 1 || m > 12)) return { ok: false, reason: `"${v}": month ${m} does not exist` };
  if (d !== null && (d < 1 || d > daysIn(y, m!))) return { ok: false, reason: `"${v}": day ${d} does not exist` };
  return { ok: true, date: m === null ? String(y) : d === null ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}` };
}

/** The year of a parsed date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));

/**
 * Whether `a` can come before (or on) `b` at their precisions: 2008 and 2008-05 are compatible, as
 * the year holds the month. Only a comparison of the common prefix is meaningful.
 */
export function notAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}
