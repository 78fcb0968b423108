// SPDX-License-Identifier: MIT
// The time tables of data/README.md (label_periods, official_counts, events, hq_history,
// count_notes): strict reading into typed rows, then the invariants the reference README states,
// each failure reported at file, row and column so that the build writes all outputs or none.
import type { CommuneIndex } from '../../geo/commune-index.ts';
import { CONFIDENCES, type Confidence, type PolesFile } from '../../types.ts';
import { pointOf } from '../assemble.ts';
import type { Cells } from '../cells.ts';
import type { ErrorCollector } from '../errors.ts';
import { rowsOf, type PoleRow } from '../tables.ts';
import { labelStatus, periodsByPole } from './label-status.ts';
import { AS_OF, FIRST_YEAR, LAST_YEAR } from './scope.ts';
import {
  EVENT_KINDS,
  SOURCE_FAMILIES,
  STATUS_AFTER,
  type CountNote,
  type HqRow,
  type LabelPeriod,
  type OfficialCount,
  type PoleEvent,
  type TimeFile,
} from './types.ts';

export const TIME_TABLE_FILES = {
  periods: 'label_periods.csv',
  counts: 'official_counts.csv',
  events: 'events.csv',
  hq: 'hq_history.csv',
  countNotes: 'count_notes.csv',
} as const;
export type TimeTable = keyof typeof TIME_TABLE_FILES;

/** Periods up to this year are derived from poles.csv and must agree with it (reference README). */
const POLES_CSV_AGREES_UNTIL = 2019;

const DATE = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD; returns its year (0 if invalid). */
function dateOf(c: Cells, column: string, optional = false): { date: string | null; year: number } {
  const v = optional ? c.opt(column) : c.text(column);
  if (v === null) return { date: null, year: 0 };
  const m = DATE.exec(v);
  if (!m) {
    if (v.trim() !== '') c.error(column, `"${v}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
    return { date: v, year: 0 };
  }
  return { date: v, year: Number(m[1]) };
}

const confidence = (c: Cells): Confidence => c.oneOf('confidence', CONFIDENCES);

type Located<T> = T & { line: number };

const PERIOD_COLUMNS = ['pole', 'from_year', 'to_year', 'label', 'status_after', 'source', 'confidence', 'note'];

export function parseLabelPeriods(file: string, bytes: Uint8Array, errors: ErrorCollector): Located<LabelPeriod>[] {
  return rowsOf(file, bytes, PERIOD_COLUMNS, errors, (c) => {
    const from = c.year('from_year');
    const to = c.year('to_year', true);
    const statusAfter = c.oneOf('status_after', STATUS_AFTER);
    if (to !== null && to !== 0 && to < from) c.error('to_year', `ends (${to}) before it starts (${from})`);
    if ((to === null) !== (statusAfter === 'labelled')) {
      c.error('status_after', 'an open period (empty to_year) has status_after labelled, and only an open one');
    }
    return {
      line: c.line,
      pole: c.text('pole'),
      from,
      to,
      label: c.text('label'),
      statusAfter,
      sources: c.urls('source'),
      confidence: confidence(c),
      note: c.opt('note'),
    };
  });
}

const COUNT_COLUMNS = ['year', 'date', 'count', 'what_is_counted', 'source_family', 'sources', 'quote', 'note'];

export function parseOfficialCounts(file: string, bytes: Uint8Array, errors: ErrorCollector): Located<OfficialCount>[] {
  return rowsOf(file, bytes, COUNT_COLUMNS, errors, (c) => {
    const raw = c.opt('count');
    const sourceFamily = c.oneOf('source_family', SOURCE_FAMILIES);
    if (raw !== null && !/^\d+$/.test(raw)) c.error('count', `"${raw}" is not a whole number`);
    if ((raw === null) !== (sourceFamily === 'none found')) {
      c.error('count', 'count is empty exactly when source_family is "none found"');
    }
    return {
      line: c.line,
      year: c.year('year'),
      date: dateOf(c, 'date').date ?? '',
      count: raw === null ? null : Number(raw),
      whatIsCounted: c.text('what_is_counted'),
      sourceFamily,
      sources: c.urls('sources'),
      quote: c.opt('quote'),
      note: c.opt('note'),
    };
  });
}

/**
 * "X renamed Y", "X known as Y", "X becomes Y"; a trailing bracket that starts in lower case is a
 * comment ("(general assembly of June 2023)"), one in capitals is part of the name ("(B4C)").
 */
export function parseRename(description: string): { from: string; to: string } | null {
  const m = /^(.+?) (?:renamed|known as|becomes) (.+?)(?: \([a-z][^()]*\))?$/.exec(description.trim());
  return m ? { from: m[1]!, to: m[2]! } : null;
}

const EVENT_COLUMNS = ['date', 'poles', 'kind', 'description', 'source', 'confidence', 'note'];

export function parseEvents(file: string, bytes: Uint8Array, errors: ErrorCollector): Located<PoleEvent>[] {
  return rowsOf(file, bytes, EVENT_COLUMNS, errors, (c) => {
    const { date, year } = dateOf(c, 'date');
    const kind = c.oneOf('kind', EVENT_KINDS);
    const poles = (c.opt('poles') ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const description = c.text('description');
    const rename = kind === 'rename' ? parseRename(description) : null;
    if (kind === 'rename' && rename === null) {
      c.error('description', `a rename is described as "<old name> renamed <new name>" (or "known as", "becomes"): "${description}"`);
    }
    if (kind === 'merger' && poles.length < 1) c.error('poles', 'a merger names the pôles it concerns');
    if ((kind === 'rename' || kind === 'hq-move' || kind === 'relabelled') && poles.length !== 1) {
      c.error('poles', `a ${kind} event concerns exactly one pôle`);
    }
    return {
      line: c.line,
      date: date ?? '',
      year,
      poles,
      kind,
      description,
      rename,
      note: c.opt('note'),
      sources: c.urls('source'),
      confidence: confidence(c),
    };
  });
}

const HQ_COLUMNS = ['pole', 'commune', 'insee', 'from_year', 'date', 'attested_year', 'status', 'confidence', 'source', 'note'];
type HqRaw = Omit<HqRow, 'coordinates' | 'departement' | 'region' | 'region2015'>;

export function parseHqHistory(file: string, bytes: Uint8Array, errors: ErrorCollector): Located<HqRaw>[] {
  return rowsOf(file, bytes, HQ_COLUMNS, errors, (c) => {
    const fromYear = c.year('from_year', true);
    const attestedYear = c.year('attested_year', true);
    const status = c.oneOf('status', ['documented', 'conflict'] as const);
    const conf = confidence(c);
    if (fromYear === null && attestedYear === null) c.error('attested_year', 'a seat needs from_year or attested_year');
    if (status === 'conflict' && conf === 'high') c.error('confidence', 'a side of a conflict is never high');
    return {
      line: c.line,
      pole: c.text('pole'),
      commune: c.text('commune'),
      insee: c.text('insee'),
      fromYear,
      date: dateOf(c, 'date', true).date,
      attestedYear,
      status,
      confidence: conf,
      sources: c.urls('source'),
      note: c.opt('note'),
    };
  });
}

export function parseCountNotes(file: string, bytes: Uint8Array, errors: ErrorCollector): Located<CountNote>[] {
  return rowsOf(file, bytes, ['year', 'why_fr', 'why_en'], errors, (c) => ({
    line: c.line,
    year: c.year('year'),
    fr: c.text('why_fr'),
    en: c.text('why_en'),
  }));
}

export interface TimeRows {
  periods: Located<LabelPeriod>[];
  counts: Located<OfficialCount>[];
  events: Located<PoleEvent>[];
  hq: Located<HqRaw>[];
  countNotes: Located<CountNote>[];
}

export function parseTimeTables(
  files: Record<TimeTable, string>,
  read: (k: TimeTable) => Uint8Array,
  errors: ErrorCollector,
): TimeRows {
  return {
    periods: parseLabelPeriods(files.periods, read('periods'), errors),
    counts: parseOfficialCounts(files.counts, read('counts'), errors),
    events: parseEvents(files.events, read('events'), errors),
    hq: parseHqHistory(files.hq, read('hq'), errors),
    countNotes: parseCountNotes(files.countNotes, read('countNotes'), errors),
  };
}

const strip = <T extends { line: number }>({ line: _line, ...rest }: T): Omit<T, 'line'> => rest;

/** Cross-table checks and geocoding; `region2015Of` maps a département to its pre-2016 région. */
export function assembleTime(
  rows: TimeRows,
  poles: readonly PoleRow[],
  files: Record<TimeTable | 'poles', string>,
  communes: CommuneIndex,
  region2015Of: ReadonlyMap<string, string>,
  errors: ErrorCollector,
): TimeFile {
  const poleIds = new Set(poles.map((p) => p.id));
  const known = (file: string, line: number, column: string, id: string): boolean => {
    if (poleIds.has(id)) return true;
    errors.add(file, line, column, `unknown pôle id "${id}" (not an id of ${files.poles})`);
    return false;
  };
  const inScope = (file: string, line: number, column: string, year: number): void => {
    if (year !== 0 && (year < FIRST_YEAR || year > LAST_YEAR)) {
      errors.add(file, line, column, `${year} is outside the years the data covers (${FIRST_YEAR}-${LAST_YEAR})`);
    }
  };

  for (const p of rows.periods) {
    known(files.periods, p.line, 'pole', p.pole);
    inScope(files.periods, p.line, 'from_year', p.from);
    if (p.to !== null) inScope(files.periods, p.line, 'to_year', p.to);
  }
  // Periods of one lineage never overlap.
  const byPole = periodsByPole(rows.periods);
  for (const list of byPole.values()) {
    const sorted = [...(list as Located<LabelPeriod>[])].sort((a, b) => a.from - b.from);
    sorted.slice(1).forEach((p, k) => {
      const prev = sorted[k]!;
      if (prev.to === null || prev.to >= p.from) {
        errors.add(files.periods, p.line, 'from_year', `overlaps the period of ${p.pole} on row ${prev.line} (${prev.from}-${prev.to ?? ''})`);
      }
    });
  }
  // Up to 2019 the periods give exactly the old rule on poles.csv (labelled_year ≤ Y < ended_year).
  for (const p of poles) {
    const periods = byPole.get(p.id) ?? [];
    for (let y = FIRST_YEAR; y <= POLES_CSV_AGREES_UNTIL; y++) {
      const old = p.labelledYear <= y && (p.endedYear === null || p.endedYear > y);
      if (old !== (labelStatus(periods, y) === 'labelled')) {
        const first = (periods as Located<LabelPeriod>[])[0];
        const [file, line, column] = first ? [files.periods, first.line, 'from_year'] : [files.poles, p.line, 'id'];
        errors.add(file, line, column, `${p.id} in ${y}: poles.csv (row ${p.line}) says ${old ? '' : 'not '}labelled, label_periods.csv says otherwise`);
        break;
      }
    }
  }

  for (const c of rows.counts) inScope(files.counts, c.line, 'year', c.year);
  const noted = new Map<number, number>();
  for (const n of rows.countNotes) {
    inScope(files.countNotes, n.line, 'year', n.year);
    const first = noted.get(n.year);
    if (first !== undefined) errors.add(files.countNotes, n.line, 'year', `${n.year} is already explained on row ${first}`);
    else noted.set(n.year, n.line);
  }
  for (const e of rows.events) {
    inScope(files.events, e.line, 'date', e.year);
    for (const id of e.poles) known(files.events, e.line, 'poles', id);
  }

  const hq: HqRow[] = [];
  for (const h of rows.hq) {
    if (!known(files.hq, h.line, 'pole', h.pole)) continue;
    const c = communes.get(h.insee);
    if (!c) {
      errors.add(files.hq, h.line, 'insee', communes.explainUnknownCode(h.insee));
      continue;
    }
    hq.push({
      ...strip(h),
      coordinates: pointOf(c).coordinates,
      departement: c.departement,
      region: c.region,
      region2015: region2015Of.get(c.departement) ?? null,
    });
  }

  const byYear = <T extends { year: number }>(a: T, b: T): number => a.year - b.year;
  return {
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    asOf: AS_OF,
    periods: rows.periods.map(strip).sort((a, b) => (a.pole < b.pole ? -1 : a.pole > b.pole ? 1 : a.from - b.from)),
    // Stable sorts: same year keeps the table's order.
    events: rows.events.map(strip).sort(byYear),
    hq: hq.sort((a, b) => (a.pole < b.pole ? -1 : a.pole > b.pole ? 1 : 0)),
    counts: rows.counts.map(strip).sort(byYear),
    countNotes: rows.countNotes.map(strip).sort(byYear),
  };
}

/** The pôles with their periods and seats over time, the facts the map needs for any year. */
export function withTime<T extends { poles: PolesFile }>(files: T, time: TimeFile): T {
  const periods = periodsByPole(time.periods);
  const features = files.poles.features.map((f) => ({
    ...f,
    properties: {
      ...f.properties,
      periods: (periods.get(f.properties.id) ?? []).map(({ from, to, statusAfter }) => ({ from, to, statusAfter })),
      hqHistory: time.hq.filter((h) => h.pole === f.properties.id),
    },
  }));
  return { ...files, poles: { ...files.poles, features } };
}
