// SPDX-License-Identifier: MIT
// public/data/projects.json: a list of partnership projects checked by the data build
// (`npm run data -- --projects <file>`), written only when a list is given. The rows set aside stay
// in it with their reasons, so that the app can show them as the import in the browser does.
import type { PartnershipProject } from './format.ts';
import type { ProjectImportResult, RejectedProjectRow } from './parse.ts';
import { isSyntheticProjectList } from './sourced.ts';

export interface ProjectsFile {
  /** The imported file's name. */
  file: string;
  /** True when the list is the seeded synthetic sample: the app marks it so everywhere. */
  synthetic: boolean;
  projects: PartnershipProject[];
  rejected: RejectedProjectRow[];
}

export function projectsFileOf(result: ProjectImportResult): ProjectsFile {
  return {
    file: result.file,
    synthetic: isSyntheticProjectList(result.projects),
    projects: result.projects,
    rejected: result.rejected,
  };
}
