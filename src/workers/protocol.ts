// SPDX-License-Identifier: MIT
// The messages between the page (src/data/import-client.ts) and the member-import worker. Pure and
// free of DOM and worker globals, so both sides and the unit tests share one definition, and a
// malformed message (a stale worker, a browser extension posting to us) is recognised as such.
import type { PoleRef } from '../data/import-headers.ts';
import type { MemberImportReport, UnplacedImportRow } from '../data/member-import.ts';
import type { CommunesFile, MembersFile } from '../types.ts';

/**
 * Members per message of the result. One message of 100,000 features takes the page ~0.6 s to
 * deserialise (measured, SwiftShader machine): in batches of 1,000, each is a task of ~10 ms between
 * which the page keeps answering.
 */
export const MEMBERS_PER_MESSAGE = 1000;

/** 'communes': loading the commune table; then the steps of the import itself. */
export type ImportPhase = 'communes' | 'decode' | 'parse' | 'place';
export const IMPORT_PHASES: readonly ImportPhase[] = ['communes', 'decode', 'parse', 'place'];

/** Page → worker. `bytes` is transferred (the sender's buffer is detached). */
export interface ImportRequest {
  type: 'import';
  bytes: ArrayBuffer;
  fileName: string;
  /** Data rows past this are not loaded (counted in the report). */
  maxRows: number;
  /** Prefixed to each member's id. */
  idPrefix: string;
  poles: PoleRef[];
  /** An absolute URL of communes.json (a worker resolves relative URLs against its own script). */
  communesUrl?: string;
  /** The commune table itself, when the page already has it. */
  communes?: CommunesFile;
}

export interface ProgressMessage {
  type: 'progress';
  phase: ImportPhase;
  done: number;
  total: number;
}

/** A batch of the imported members, in order; the result message follows the last batch. */
export interface MembersMessage {
  type: 'members';
  features: MembersFile['features'];
}

export interface ResultMessage {
  type: 'result';
  report: MemberImportReport;
  /** Map entries: a Map survives structured cloning, but a plain array is easier to check. */
  unplacedByPole: [string, number][];
}

export interface ErrorMessage {
  type: 'error';
  message: string;
  /** The rows that could not be used, with their line and reason, when the list had some. */
  rows?: UnplacedImportRow[];
}

export type WorkerMessage = ProgressMessage | MembersMessage | ResultMessage | ErrorMessage;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function isRow(v: unknown): v is UnplacedImportRow {
  const r = v as UnplacedImportRow | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    isCount(r.row) &&
    typeof r.organisation === 'string' &&
    typeof r.pole === 'string' &&
    typeof r.reason === 'string'
  );
}

/** Whether `data` is a message our worker sends (shallow checks: the worker is ours, features are not walked). */
export function isWorkerMessage(data: unknown): data is WorkerMessage {
  if (typeof data !== 'object' || data === null) return false;
  // Every field of every message, unchecked: the switch below checks those of the message's type.
  const m = data as {
    [K in 'type' | 'phase' | 'done' | 'total' | 'features' | 'unplacedByPole' | 'message' | 'rows']?: unknown;
  } & {
    report?: { unplaced?: unknown } | null;
  };
  switch (m.type) {
    case 'progress':
      return IMPORT_PHASES.includes(m.phase as ImportPhase) && isCount(m.done) && isCount(m.total);
    case 'members':
      return Array.isArray(m.features);
    case 'result':
      return (
        typeof m.report === 'object' &&
        m.report !== null &&
        Array.isArray(m.report.unplaced) &&
        Array.isArray(m.unplacedByPole)
      );
    case 'error':
      return (
        typeof m.message === 'string' &&
        (m.rows === undefined || (Array.isArray(m.rows) && m.rows.every(isRow)))
      );
    default:
      return false;
  }
}

/** What went wrong, in words, whatever was thrown. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return 'unknown error';
}

/** The error message for a failure, with its rows when the thrown error carries them. */
export function errorMessage(error: unknown): ErrorMessage {
  const rows = (error as { rows?: unknown } | null)?.rows;
  const message: ErrorMessage = { type: 'error', message: errorText(error) };
  if (Array.isArray(rows) && rows.every(isRow)) message.rows = [...rows];
  return message;
}

/** The file name to report for a URL: its last path segment, decoded ("liste%20PME.csv" → "liste PME.csv"). */
export function fileNameOf(url: string | URL, base?: string): string {
  const { pathname } = new URL(url, base);
  const last = pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last) || 'members.csv';
  } catch {
    return last || 'members.csv';
  }
}

/**
 * The URL when its path, query or fragment holds a `%` not followed by two hex digits (a literal `%`
 * left unescaped): such a URL names a file nobody meant, and decoding it throws. `null` when well-formed.
 */
export function malformedPercent(url: string): string | null {
  return /%(?![0-9a-f]{2})/i.test(url) ? url : null;
}

/** The fraction done over the whole import (phases weigh by their share of the time, roughly measured). */
export function overallFraction(p: Pick<ProgressMessage, 'phase' | 'done' | 'total'>): number {
  const weights: Record<ImportPhase, [start: number, span: number]> = {
    communes: [0, 0.2],
    decode: [0.2, 0.05],
    parse: [0.25, 0.15],
    place: [0.4, 0.6],
  };
  const [start, span] = weights[p.phase];
  const within = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  return start + span * within;
}
