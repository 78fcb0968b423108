// SPDX-License-Identifier: MIT
// The page side of the worker import, driven through a fake worker: progress is forwarded, the
// promise settles once, and the worker is terminated on every outcome (no thread left behind).
import { describe, expect, it } from 'vitest';
import { importMembersInWorker, MemberListError, type WorkerLike } from '../../src/data/import-client.ts';
import {
  errorMessage,
  fileNameOf,
  isWorkerMessage,
  type ImportRequest,
  type WorkerMessage,
} from '../../src/workers/protocol.ts';
import type { MemberImportReport } from '../../src/data/member-import.ts';
import type { MembersFile } from '../../src/types.ts';

const POLES = [{ id: 'minalogic', name: 'Minalogic', shortName: 'Minalogic', theme: 'not sent' }];
const COMMUNES_URL = 'https://example.test/data/communes.json';

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  requests: { message: ImportRequest; transfer: Transferable[] }[] = [];
  terminated = 0;
  postMessage(message: ImportRequest, transfer: Transferable[]): void {
    this.requests.push({ message, transfer });
  }
  terminate(): void {
    this.terminated++;
  }
  /** The worker answers (as it would, asynchronously). */
  send(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
}

function createFake(): { worker: FakeWorker; create: () => WorkerLike } {
  const worker = new FakeWorker();
  return { worker, create: () => worker };
}

/** Lets the client's awaits (reading bytes) run, so that the worker exists. */
const started = () => new Promise((r) => setTimeout(r, 0));

const REPORT: MemberImportReport = {
  file: 'list.csv',
  encoding: 'utf-8',
  delimiter: 'comma',
  columns: {
    organisation: 'Nom',
    insee: null,
    postalCode: null,
    commune: 'Ville',
    pole: 'Pôle',
    siret: null,
    kind: null,
  },
  rows: 2,
  placed: 1,
  unplaced: [{ row: 3, organisation: 'X', pole: 'Minalogic', reason: 'unknown commune "Y"' }],
  duplicates: [],
  overLimit: 0,
};
const RESULT: WorkerMessage = {
  type: 'result',
  report: REPORT,
  unplacedByPole: [['minalogic', 1]],
};

const FEATURE = (id: string): MembersFile['features'][number] => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [1.44, 43.6] },
  properties: {
    pole: 'minalogic',
    organisation: id,
    kind: 'pme',
    role: null,
    commune: 'Grenoble',
    insee: '38185',
    departement: '38',
    region: '84',
    siteBasis: 'imported',
    year: null,
    evidence: null,
    poleNameInSource: 'Minalogic',
    source: 'list.csv',
    siret: null,
  },
});

describe('the worker protocol', () => {
  it('recognises the three messages and rejects anything else', () => {
    expect(isWorkerMessage({ type: 'progress', phase: 'place', done: 2000, total: 100000 })).toBe(true);
    expect(isWorkerMessage(RESULT)).toBe(true);
    expect(isWorkerMessage({ type: 'members', features: [] })).toBe(true);
    expect(isWorkerMessage({ type: 'members', features: {} })).toBe(false);
    expect(isWorkerMessage({ type: 'error', message: 'x', rows: REPORT.unplaced })).toBe(true);
    expect(isWorkerMessage({ type: 'progress', phase: 'later', done: 1, total: 2 })).toBe(false);
    expect(isWorkerMessage({ type: 'progress', phase: 'place', done: -1, total: 2 })).toBe(false);
    expect(isWorkerMessage({ type: 'error', message: 'x', rows: [{ row: 'one' }] })).toBe(false);
    expect(isWorkerMessage({ type: 'result', report: null, unplacedByPole: [] })).toBe(false);
    expect(isWorkerMessage('result')).toBe(false);
    expect(isWorkerMessage(null)).toBe(false);
  });

  it('turns a thrown error into a message, with its rows when it has them', () => {
    expect(errorMessage(new Error('boom'))).toEqual({ type: 'error', message: 'boom' });
    expect(errorMessage('plain')).toEqual({ type: 'error', message: 'plain' });
    const withRows = Object.assign(new Error('none placed'), { rows: REPORT.unplaced });
    expect(errorMessage(withRows)).toEqual({ type: 'error', message: 'none placed', rows: REPORT.unplaced });
  });

  it('names a list after the last segment of its URL', () => {
    expect(fileNameOf('https://a.test/x/liste%20PME.csv?v=2')).toBe('liste PME.csv');
    expect(fileNameOf('/fixtures/semicolon.csv', 'https://a.test/app/')).toBe('semicolon.csv');
    expect(fileNameOf('https://a.test/')).toBe('members.csv');
  });
});

describe('importMembersInWorker', () => {
  it('sends a copy of the bytes and the pôle references only, forwards progress, resolves and terminates', async () => {
    const { worker, create } = createFake();
    const bytes = new TextEncoder().encode('Nom,Ville,Pôle\n');
    const progress: unknown[] = [];
    const done = importMembersInWorker(
      { bytes, fileName: 'list.csv', poles: POLES, communesUrl: COMMUNES_URL },
      (p) => progress.push(p),
      create,
    );
    await started();
    const [{ message, transfer }] = worker.requests as [{ message: ImportRequest; transfer: Transferable[] }];
    expect(message.poles).toEqual([{ id: 'minalogic', name: 'Minalogic', shortName: 'Minalogic' }]);
    expect(message.communesUrl).toBe(COMMUNES_URL);
    expect(transfer).toEqual([message.bytes]);
    // The caller's array is not the transferred one: it stays readable.
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(new Uint8Array(message.bytes)).toEqual(bytes);
    worker.send({ type: 'progress', phase: 'place', done: 2000, total: 4000 });
    worker.send({ type: 'members', features: [FEATURE('m1')] });
    worker.send({ type: 'members', features: [FEATURE('m2'), FEATURE('m3')] });
    worker.send(RESULT);
    const outcome = await done;
    // The batches, joined in order.
    expect(outcome.members.features.map((f) => f.id)).toEqual(['m1', 'm2', 'm3']);
    expect(progress).toEqual([{ phase: 'place', done: 2000, total: 4000 }]);
    expect(outcome.report).toEqual(REPORT);
    expect(outcome.unplacedByPole).toEqual(new Map([['minalogic', 1]]));
    expect(worker.terminated).toBe(1);
    expect(worker.onmessage).toBeNull();
    // A late message after the result changes nothing.
    worker.send({ type: 'error', message: 'late' });
    expect(worker.terminated).toBe(1);
  });

  it('rejects with the rows of an unusable list, and terminates', async () => {
    const { worker, create } = createFake();
    const done = importMembersInWorker(
      { bytes: new ArrayBuffer(4), poles: POLES, communesUrl: COMMUNES_URL },
      undefined,
      create,
    );
    await started();
    worker.send({ type: 'error', message: 'list.csv: no row could be placed', rows: REPORT.unplaced });
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MemberListError);
    expect((error as MemberListError).rows).toEqual(REPORT.unplaced);
    expect(worker.terminated).toBe(1);
  });

  it('terminates the worker on abort and rejects with an AbortError', async () => {
    const { worker, create } = createFake();
    const controller = new AbortController();
    const done = importMembersInWorker(
      { bytes: new ArrayBuffer(4), poles: POLES, communesUrl: COMMUNES_URL, signal: controller.signal },
      undefined,
      create,
    );
    await started();
    controller.abort();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(1);
  });

  it('starts no worker when already aborted', async () => {
    const { worker, create } = createFake();
    const signal = AbortSignal.abort();
    await expect(
      importMembersInWorker({ bytes: new ArrayBuffer(1), poles: POLES, signal }, undefined, create),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.requests).toHaveLength(0);
  });

  it('rejects and terminates when the worker crashes, sends garbage, or the progress callback throws', async () => {
    const crash = createFake();
    const crashed = importMembersInWorker(
      { bytes: new ArrayBuffer(1), fileName: 'a.csv', poles: POLES },
      undefined,
      crash.create,
    );
    await started();
    let prevented = false;
    crash.worker.onerror?.({
      message: 'SyntaxError',
      preventDefault: () => (prevented = true),
    } as unknown as ErrorEvent);
    await expect(crashed).rejects.toThrow('a.csv: the import worker failed (SyntaxError)');
    expect(prevented).toBe(true);
    expect(crash.worker.terminated).toBe(1);

    const garbage = createFake();
    const garbled = importMembersInWorker(
      { bytes: new ArrayBuffer(1), poles: POLES },
      undefined,
      garbage.create,
    );
    await started();
    garbage.worker.send({ type: 'result' });
    await expect(garbled).rejects.toThrow(/unexpected message/);
    expect(garbage.worker.terminated).toBe(1);

    const throwing = createFake();
    const thrown = importMembersInWorker(
      { bytes: new ArrayBuffer(1), poles: POLES },
      () => {
        throw new Error('ui gone');
      },
      throwing.create,
    );
    await started();
    throwing.worker.send({ type: 'progress', phase: 'decode', done: 0, total: 1 });
    await expect(thrown).rejects.toThrow('ui gone');
    expect(throwing.worker.terminated).toBe(1);
  });

  it('reports an HTTP failure of the list by file name, without starting a worker', async () => {
    const { worker, create } = createFake();
    const realFetch = globalThis.fetch;
    globalThis.fetch = async () => new Response('nope', { status: 404 });
    try {
      await expect(
        importMembersInWorker({ url: 'https://a.test/lists/missing.csv', poles: POLES }, undefined, create),
      ).rejects.toThrow('missing.csv: HTTP 404');
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(worker.requests).toHaveLength(0);
  });
});
