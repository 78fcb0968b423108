// SPDX-License-Identifier: MIT
// Module worker that imports a member list off the main thread: decoding, CSV parsing and placing
// 100,000 rows take seconds, which would freeze the map. One request per worker: the page
// terminates it after the answer (src/data/import-client.ts), so nothing here outlives an import.
import { CommuneIndex } from '../geo/commune-index.ts';
import type { CommunesFile } from '../types.ts';
import { importMemberRows, PROGRESS_EVERY } from '../data/member-import.ts';
import { errorMessage, MEMBERS_PER_MESSAGE, type ImportRequest, type WorkerMessage } from './protocol.ts';

// The project's lib is DOM (not WebWorker, whose globals clash with it): the little of the worker
// scope used here is declared at module scope.
interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
}
declare const self: WorkerScope;

const post = (message: WorkerMessage): void => self.postMessage(message);

async function loadCommunes(request: ImportRequest): Promise<CommunesFile> {
  if (request.communes) return request.communes;
  if (!request.communesUrl) throw new Error('no commune table given (communes or communesUrl)');
  const response = await fetch(request.communesUrl);
  if (!response.ok) throw new Error(`${new URL(request.communesUrl).pathname}: HTTP ${response.status}`);
  return (await response.json()) as CommunesFile;
}

async function run(request: ImportRequest): Promise<void> {
  post({ type: 'progress', phase: 'communes', done: 0, total: 1 });
  const communes = CommuneIndex.fromFile(await loadCommunes(request));
  post({ type: 'progress', phase: 'communes', done: 1, total: 1 });
  const steps = importMemberRows(
    new Uint8Array(request.bytes),
    request.fileName,
    request.poles,
    communes,
    PROGRESS_EVERY,
    request.maxRows,
  );
  // postMessage queues each step for the page at once: the loop needs no pause for them to show.
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      const { members, report, unplacedByPole } = step.value;
      const { features } = members;
      for (let i = 0; i < features.length; i += MEMBERS_PER_MESSAGE) {
        const batch = features.slice(i, i + MEMBERS_PER_MESSAGE);
        post({ type: 'members', features: batch.map((f) => ({ ...f, id: `${request.idPrefix}${f.id}` })) });
      }
      post({ type: 'result', report, unplacedByPole: [...unplacedByPole] });
      return;
    }
    post({ type: 'progress', ...step.value });
  }
}

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  if (event.data?.type !== 'import') return;
  run(event.data).catch((error: unknown) => post(errorMessage(error)));
});
