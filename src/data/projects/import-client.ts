// SPDX-License-Identifier: MIT
// The page's side of the project-list import: hands the file's bytes to a module worker
// (src/workers/projects.worker.ts), forwards its progress and settles once; the worker is
// terminated on every outcome, so an import never leaves a thread behind.
import projectsWorkerUrl from '../../workers/projects.worker.ts?worker&url';
import { isProjectsMessage, type ProjectsRequest } from '../../workers/projects-protocol.ts';
import type { PoleRef } from '../import-headers.ts';
import type { ProjectImportResult, ProjectImportStep } from './parse.ts';

export function importProjectsInWorker(
  bytes: ArrayBuffer,
  fileName: string,
  poles: readonly PoleRef[],
  onProgress: (step: ProjectImportStep) => void,
): Promise<ProjectImportResult> {
  const worker = new Worker(new URL(projectsWorkerUrl, import.meta.url), { type: 'module', name: 'projects-import' });
  return new Promise<ProjectImportResult>((resolve, reject) => {
    const settle = (outcome: () => void): void => {
      worker.onmessage = worker.onerror = null;
      worker.terminate();
      outcome();
    };
    worker.onmessage = ({ data }: MessageEvent) => {
      if (!isProjectsMessage(data)) return settle(() => reject(new Error(`${fileName}: unexpected message from the worker`)));
      if (data.type === 'progress') onProgress(data);
      else if (data.type === 'result') settle(() => resolve(data.result));
      else settle(() => reject(new Error(data.message)));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      settle(() => reject(new Error(`${fileName}: the import worker failed (${event.message || 'it could not start'})`)));
    };
    const request: ProjectsRequest = {
      type: 'import-projects',
      bytes,
      fileName,
      poles: poles.map(({ id, name, shortName }) => ({ id, name, shortName })),
    };
    worker.postMessage(request, [bytes]);
  });
}
