// SPDX-License-Identifier: MIT
// The lifecycle of a project-list import for <poles-projects>: reads the file, runs the worker,
// keeps the progress, the result or the failure, and ignores the answer of an import that a newer
// one replaced or that ends after the element left the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PoleRef } from '../../data/import-headers.ts';
import { importProjectsInWorker } from '../../data/projects/import-client.ts';
import type { ProjectImportResult, ProjectImportStep } from '../../data/projects/parse.ts';

export class ProjectsImportController implements ReactiveController {
  progress: (ProjectImportStep & { file: string }) | null = null;
  result: ProjectImportResult | null = null;
  failure: string | null = null;
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.generation++;
  }

  async load(file: File, poles: readonly PoleRef[]): Promise<void> {
    const mine = ++this.generation;
    this.progress = { phase: 'decode', done: 0, total: file.size, file: file.name };
    this.failure = null;
    this.host.requestUpdate();
    try {
      const bytes = await file.arrayBuffer();
      const result = await importProjectsInWorker(bytes, file.name, poles, (step) => {
        if (mine !== this.generation) return;
        this.progress = { ...step, file: file.name };
        this.host.requestUpdate();
      });
      if (mine !== this.generation) return;
      this.result = result;
    } catch (error) {
      if (mine !== this.generation) return;
      this.failure = error instanceof Error ? error.message : String(error);
    }
    this.progress = null;
    this.host.requestUpdate();
  }
}
