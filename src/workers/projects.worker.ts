// SPDX-License-Identifier: MIT
// Module worker that checks a list of partnership projects off the main thread, posting its progress.
// One request per worker: the page terminates it after the answer.
import { importProjectRows } from '../data/projects/parse.ts';
import { errorText } from './protocol.ts';
import type { ProjectsRequest, ProjectsWorkerMessage } from './projects-protocol.ts';

// The project's lib is DOM, not WebWorker: the little of the worker scope used is declared here.
interface WorkerScope {
  postMessage(message: ProjectsWorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ProjectsRequest>) => void): void;
}
declare const self: WorkerScope;

self.addEventListener('message', (event: MessageEvent<ProjectsRequest>) => {
  const request = event.data;
  if (request?.type !== 'import-projects') return;
  try {
    const steps = importProjectRows(new Uint8Array(request.bytes), request.fileName, request.poles);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return self.postMessage({ type: 'result', result: step.value });
      self.postMessage({ type: 'progress', ...step.value });
    }
  } catch (error) {
    self.postMessage({ type: 'error', message: errorText(error) });
  }
});
