// SPDX-License-Identifier: MIT
// The limits of a member list (issue 14): past the byte limit the list is refused before it is read
// (named in the message, no worker started); data rows past the row limit are not loaded, counted.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importMembersInWorker, type WorkerLike } from '../../src/data/import-client.ts';
import { importMemberRows, type MemberImportResult } from '../../src/data/member-import.ts';
import { MEMBER_LIST_LIMITS } from '../../src/data/member-limits.ts';
import type { CommuneIndex } from '../../src/geo/commune-index.ts';
import { plural } from '../../src/i18n/messages.ts';
import { fixtureCommunes } from './support.ts';

const POLES = [{ id: 'minalogic', name: 'Minalogic', shortName: 'Minalogic' }];
const csv = (text: string): Uint8Array => new TextEncoder().encode(text);

let communes: CommuneIndex;
beforeAll(() => {
  communes = fixtureCommunes();
});

function run(text: string, maxRows: number): MemberImportResult {
  const steps = importMemberRows(csv(text), 'list.csv', POLES, communes, 2000, maxRows);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

describe('the row limit', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `Org ${i + 1};38185;minalogic`);

  it('loads the first rows up to the limit and counts the others', () => {
    const { report, members } = run(['Nom;Code commune;Pôle', ...rows(5)].join('\n'), 3);
    expect(members.features.map((f) => f.properties.organisation)).toEqual(['Org 1', 'Org 2', 'Org 3']);
    expect(report).toMatchObject({ rows: 3, placed: 3, overLimit: 2 });
  });

  it('does not count blank lines as rows, and a list within the limit has none over it', () => {
    const text = ['Nom;Code commune;Pôle', '', rows(3)[0], '', ...rows(3).slice(1), ''].join('\n');
    expect(run(text, 3).report).toMatchObject({ rows: 3, placed: 3, overLimit: 0 });
    expect(run(text, 2).report).toMatchObject({ rows: 2, overLimit: 1 });
  });

  it('is said in the status line, in both languages', () => {
    expect(plural('fr', 'import.overLimit', 2, { limit: 100_000 })).toBe(
      '2 lignes au-delà de la limite de 100\u202f000 lignes d’une liste n’ont pas été chargées.',
    );
    expect(plural('en', 'import.overLimit', 1, { limit: 100_000 })).toBe(
      '1 row past the limit of 100,000 rows per list was not loaded.',
    );
  });
});

describe('the byte limit', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A worker factory that records whether it was called. */
  function noWorker() {
    const made: WorkerLike[] = [];
    return { made, create: () => (made.push({} as WorkerLike), made[0]!) };
  }

  it('is documented at 100,000 rows and 20 MB', () => {
    expect(MEMBER_LIST_LIMITS).toEqual({ rows: 100_000, bytes: 20 * 1024 * 1024 });
  });

  it('refuses bytes given over the limit, without a worker', async () => {
    const { made, create } = noWorker();
    const input = {
      bytes: new Uint8Array(2048),
      fileName: 'big.csv',
      poles: POLES,
      limits: { rows: 10, bytes: 1024 },
    };
    await expect(importMembersInWorker(input, undefined, create)).rejects.toThrow(
      'big.csv: 0.0 MB, more than 0.0 MB, the limit of a member list; the list was not read',
    );
    expect(made).toHaveLength(0);
  });

  it('refuses a URL whose declared length is over the limit, without reading it', async () => {
    const { made, create } = noWorker();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    vi.stubGlobal(
      'fetch',
      async () => new Response(body, { headers: { 'content-length': String(30 * 1024 * 1024) } }),
    );
    await expect(
      importMembersInWorker({ url: 'https://a.test/lists/huge.csv', poles: POLES }, undefined, create),
    ).rejects.toThrow(
      'huge.csv: 30.0 MB, more than 20.0 MB, the limit of a member list; the list was not read',
    );
    expect(made).toHaveLength(0);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a URL of unknown length once past the limit', async () => {
    const { made, create } = noWorker();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(256));
      },
    });
    vi.stubGlobal('fetch', async () => new Response(body));
    const input = {
      url: 'https://a.test/lists/endless.csv',
      poles: POLES,
      limits: { rows: 10, bytes: 1024 },
    };
    await expect(importMembersInWorker(input, undefined, create)).rejects.toThrow(
      'endless.csv: more than 0.0 MB, the limit of a member list; the list was not read',
    );
    expect(made).toHaveLength(0);
    expect(pulled).toBeLessThan(10);
  });
});
