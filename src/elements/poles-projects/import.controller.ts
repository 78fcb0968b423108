// SPDX-License-Identifier: MIT
// The lifecycle of a project-list import for <poles-projects>: reads the file, runs the worker,
// keeps the progress, the result or the failure, and ignores the answer of an import that a newer
// one replaced or that ends after the element left the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchDataFile } from '../../data/dataset.ts';
import type { PoleRef } from '../../data/import-headers.ts';
import type { ProjectsFile } from '../../data/projects/file.ts';
import type { Manifest } from '../../types.ts';
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

  hostConnected(): void {
    void this.loadBuilt();
  }

  hostDisconnected(): void {
    this.generation++;
  }

  /**
   * The list the data build wrote (`npm run data -- --projects <file>`), when its manifest lists one:
   * asking for projects.json otherwise would be a request bound to fail.
   */
  private async loadBuilt(): Promise<void> {
    const mine = this.generation;
    try {
      const manifest = await fetchDataFile<Manifest>('manifest.json');
      if (!manifest.files.some((f) => f.file === 'projects.json')) return;
      const file = await fetchDataFile<ProjectsFile>('projects.json');
      if (mine !== this.generation || this.result) return;
      this.result = {
        file: file.file,
        encoding: 'utf-8',
        projects: file.projects,
        rejected: file.rejected,
        rows: 0,
      };
      this.host.requestUpdate();
    } catch {
      // No built list: the panel offers the import, as without one.
    }
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
