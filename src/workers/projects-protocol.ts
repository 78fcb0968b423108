// SPDX-License-Identifier: MIT
// The messages between the page (src/data/projects/import-client.ts) and the project-list worker
// (issue 17): one request, progress, then the result or an error. Pure, shared by both sides.
import type { PoleRef } from '../data/import-headers.ts';
import type { ProjectImportResult, ProjectImportStep } from '../data/projects/parse.ts';

export interface ProjectsRequest {
  type: 'import-projects';
  /** Transferred: the sender's buffer is detached. */
  bytes: ArrayBuffer;
  fileName: string;
  poles: PoleRef[];
}

export type ProjectsWorkerMessage =
  | ({ type: 'progress' } & ProjectImportStep)
  | { type: 'result'; result: ProjectImportResult }
  | { type: 'error'; message: string };

/** Shallow check of a message: the worker is ours, the rows are not walked. */
export function isProjectsMessage(data: unknown): data is ProjectsWorkerMessage {
  const m = data as {
    type?: unknown;
    done?: unknown;
    total?: unknown;
    result?: { projects?: unknown };
    message?: unknown;
  } | null;
  if (typeof m !== 'object' || m === null) return false;
  if (m.type === 'progress') return typeof m.done === 'number' && typeof m.total === 'number';
  if (m.type === 'result') return Array.isArray(m.result?.projects);
  return m.type === 'error' && typeof m.message === 'string';
}
