// SPDX-License-Identifier: MIT
// The page's side of the member-list import: reads the list (bytes or a URL), hands it to a module
// worker (src/workers/member-import.worker.ts) so that a 100,000-row list never freezes the map,
// forwards its progress and settles once. The worker is terminated on every outcome (result, error,
// abort, crash), so an import never leaves a thread behind (ENGINEERING.md B.6).
import importWorkerUrl from '../workers/member-import.worker.ts?worker&url';
import type { PoleRef } from './import-headers.ts';
import type { MemberImportReport, UnplacedImportRow } from './member-import.ts';
import { MEMBER_LIST_LIMITS } from './member-limits.ts';
import type { CommunesFile, MembersFile } from '../types.ts';
import {
  errorText,
  fileNameOf,
  isWorkerMessage,
  type ImportRequest,
  type ProgressMessage,
} from '../workers/protocol.ts';

export interface ImportInput {
  /** The list's bytes (copied: the caller's buffer stays usable). Give `bytes` or `url`. */
  bytes?: ArrayBuffer | Uint8Array;
  /** Where to fetch the list, relative to the page. */
  url?: string | URL;
  /** The name shown in the report and stored as each member's source; defaults to the URL's file name. */
  fileName?: string;
  /** The pôles the rows may name (id, short name or name). */
  poles: readonly PoleRef[];
  /** communes.json, relative to the page: the worker fetches and parses it off the main thread. */
  communesUrl?: string | URL;
  /** The commune table, when the page already has it (cloned to the worker: prefer communesUrl). */
  communes?: CommunesFile;
  /** Aborting terminates the worker and rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
  /** Prefixed to each member's id (`m1` → `import-m1`), so that they cannot clash with other sites'. */
  idPrefix?: string;
  /** The list's limits; MEMBER_LIST_LIMITS unless a test gives smaller ones. */
  limits?: { rows: number; bytes: number };
}

export interface ImportOutcome {
  members: MembersFile;
  report: MemberImportReport;
  /** Rows whose pôle was recognised but whose site could not be placed, per pôle id. */
  unplacedByPole: Map<string, number>;
}

export type ImportProgress = Omit<ProgressMessage, 'type'>;

/** A list that cannot be used, with the rows that could not be placed when there were some. */
export class MemberListError extends Error {
  constructor(
    message: string,
    readonly rows: readonly UnplacedImportRow[] = [],
  ) {
    super(message);
    this.name = 'MemberListError';
  }
}

/** The part of `Worker` used here, so that tests can drive the protocol without a real thread. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
}

/**
 * A new import worker. Vite bundles it as a file next to the module: same-origin for the app, as a
 * strict CSP (`worker-src 'self'`) wants. When the module is served from another origin (an embed),
 * a Worker cannot be started from its URL, so it is started from a same-origin Blob that imports it,
 * as MapLibre does for its own worker (the embedder's policy then needs `worker-src blob:`).
 */
export function createImportWorker(): WorkerLike {
  const url = new URL(importWorkerUrl, import.meta.url);
  const options: WorkerOptions = { type: 'module', name: 'member-import' };
  if (url.origin === location.origin) return new Worker(url, options);
  const blob = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  try {
    return new Worker(blob, options);
  } finally {
    URL.revokeObjectURL(blob);
  }
}

function pageBase(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}

/** A list past the byte limit: refused before it is read (or as soon as the read passes the limit). */
function tooLarge(fileName: string, bytes: number | null, limit: number): MemberListError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new MemberListError(
    `${fileName}: ${bytes === null ? 'more than' : mb(bytes) + ', more than'} ${mb(limit)}, the limit of a member list; the list was not read`,
  );
}

/** The body of `response`, read in chunks and stopped as soon as it passes `limit` bytes. */
async function readCapped(response: Response, fileName: string, limit: number): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) {
    await response.body?.cancel();
    throw tooLarge(fileName, declared, limit);
  }
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(fileName, null, limit);
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}

/** The list's bytes in a buffer of our own, which can be transferred to the worker without a copy. */
async function readBytes(
  input: ImportInput,
  fileName: string,
  base: string | undefined,
  limit: number,
): Promise<ArrayBuffer> {
  if (input.bytes && input.bytes.byteLength > limit) throw tooLarge(fileName, input.bytes.byteLength, limit);
  if (input.bytes instanceof ArrayBuffer) return input.bytes.slice(0);
  if (input.bytes) return input.bytes.slice().buffer as ArrayBuffer;
  if (input.url === undefined) throw new TypeError('importMembersInWorker: give `bytes` or `url`');
  let response: Response;
  try {
    response = await fetch(new URL(input.url, base), { signal: input.signal });
  } catch (error) {
    if (input.signal?.aborted) throw input.signal.reason;
    throw new MemberListError(`${fileName}: ${errorText(error)}`);
  }
  if (!response.ok) throw new MemberListError(`${fileName}: HTTP ${response.status}`);
  try {
    return await readCapped(response, fileName, limit);
  } catch (error) {
    if (input.signal?.aborted) throw input.signal.reason;
    if (error instanceof MemberListError) throw error;
    throw new MemberListError(`${fileName}: ${errorText(error)}`);
  }
}

/**
 * Imports a member list in a worker. `onProgress` gets `{phase, done, total}` for each phase
 * ('communes', 'decode', 'parse', 'place': rows, at least every 2,000). Rejects with a
 * MemberListError (its `rows` list the unusable rows when nothing could be placed), or with the
 * signal's reason when aborted.
 */
export async function importMembersInWorker(
  input: ImportInput,
  onProgress?: (progress: ImportProgress) => void,
  createWorker: () => WorkerLike = createImportWorker,
): Promise<ImportOutcome> {
  const { signal } = input;
  signal?.throwIfAborted();
  const base = pageBase();
  const fileName = input.fileName ?? (input.url !== undefined ? fileNameOf(input.url, base) : 'members.csv');
  const limits = input.limits ?? MEMBER_LIST_LIMITS;
  const bytes = await readBytes(input, fileName, base, limits.bytes);
  signal?.throwIfAborted();
  const request: ImportRequest = {
    type: 'import',
    bytes,
    fileName,
    maxRows: limits.rows,
    idPrefix: input.idPrefix ?? '',
    // Only what the matcher reads: whole pôle features would be cloned for nothing.
    poles: input.poles.map(({ id, name, shortName }) => ({ id, name, shortName })),
  };
  if (input.communesUrl !== undefined) request.communesUrl = new URL(input.communesUrl, base).href;
  if (input.communes) request.communes = input.communes;

  return new Promise<ImportOutcome>((resolve, reject) => {
    const worker = createWorker();
    let settled = false;
    const features: MembersFile['features'] = [];
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
      outcome();
    };
    const fail = (error: unknown) => settle(() => reject(error));
    const onAbort = () => fail(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.onmessage = ({ data }) => {
      if (!isWorkerMessage(data)) return fail(new MemberListError(`${fileName}: unexpected message from the import worker`));
      if (data.type === 'progress') {
        const { phase, done, total } = data;
        try {
          onProgress?.({ phase, done, total });
        } catch (error) {
          fail(error);
        }
      } else if (data.type === 'members') {
        for (const f of data.features) features.push(f);
      } else if (data.type === 'error') {
        fail(new MemberListError(data.message, data.rows ?? []));
      } else {
        const members: MembersFile = { type: 'FeatureCollection', features };
        settle(() => resolve({ members, report: data.report, unplacedByPole: new Map(data.unplacedByPole) }));
      }
    };
    worker.onerror = (event) => {
      // Handled here: without preventDefault the browser also logs it as an uncaught error.
      event.preventDefault();
      fail(new MemberListError(`${fileName}: the import worker failed (${event.message || 'it could not start'})`));
    };
    worker.onmessageerror = () => fail(new MemberListError(`${fileName}: the import worker's answer could not be read`));
    worker.postMessage(request, [bytes]);
  });
}
