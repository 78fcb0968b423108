// SPDX-License-Identifier: MIT
// Owns the import of a member list given by <poles-map members-src>: the worker run (aborted when the
// attribute changes or the element goes), the status line read out to screen readers, and the report
// of the rows that could not be placed.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { importMembersInWorker, MemberListError, type ImportProgress } from '../data/import-client.ts';
import type { UnplacedImportRow } from '../data/member-import.ts';
import { t, type Lang } from '../i18n/messages.ts';
import type { MembersFile, PoleProperties } from '../types.ts';

/** Rows listed in the report; the rest are counted. */
export const REPORT_LIMIT = 100;
/** The status line changes at most this often while rows are placed (screen readers read each change). */
const PROGRESS_EVERY_MS = 500;

export interface ImportRequest {
  url: string;
  communesUrl: URL;
  poles: readonly PoleProperties[];
  lang: Lang;
}

export class MemberImportController implements ReactiveController {
  status: string | null = null;
  unplaced: readonly UnplacedImportRow[] = [];
  private abort: AbortController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onMembers: (members: MembersFile) => void,
    private readonly onError: (message: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Starts importing `request.url`, aborting the import under way; `null` stops and clears. */
  run(request: ImportRequest | null): void {
    this.abort?.abort();
    this.abort = null;
    this.unplaced = [];
    this.status = null;
    this.host.requestUpdate();
    if (request) void this.import(request);
  }

  private async import({ url, communesUrl, poles, lang }: ImportRequest): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    const file = decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
    let shown = 0;
    const show = (text: string) => {
      if (this.abort !== abort) return;
      this.status = text;
      this.host.requestUpdate();
    };
    show(t(lang, 'import.reading', { file }));
    const onProgress = ({ phase, done, total }: ImportProgress) => {
      if (phase !== 'place' || Date.now() - shown < PROGRESS_EVERY_MS) return;
      shown = Date.now();
      show(t(lang, 'import.progress', { done, total }));
    };
    try {
      const { members, report } = await importMembersInWorker(
        { url, poles, communesUrl, signal: abort.signal },
        onProgress,
      );
      if (this.abort !== abort) return;
      this.unplaced = report.unplaced;
      show(
        t(lang, 'import.done', {
          file,
          placed: report.placed,
          rows: report.rows,
          unplaced: report.unplaced.length,
        }),
      );
      // The list's own ids (m1, m2...) would clash with the documented sites': they get a prefix.
      this.onMembers({ ...members, features: members.features.map((f) => ({ ...f, id: `import-${f.id}` })) });
    } catch (error) {
      if (abort.signal.aborted) return;
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof MemberListError) this.unplaced = error.rows;
      show(t(lang, 'import.failed', { message }));
      this.onError(message);
    }
  }
}
