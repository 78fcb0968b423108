// SPDX-License-Identifier: MIT
// Owns the import of a member list given by <poles-map members-src>: the worker run (aborted when the
// attribute changes or the element goes, started again when it comes back: a host page moving the
// element, even within one task, must not stop the import for good), the status line read out to
// screen readers, and the report of the rows that could not be placed.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { importMembersInWorker, MemberListError, type ImportProgress } from '../data/import-client.ts';
import type { DuplicateImportRow, UnplacedImportRow } from '../data/member-import.ts';
import { MEMBER_LIST_LIMITS } from '../data/member-limits.ts';
import { plural, t, type Lang } from '../i18n/messages.ts';
import { fileNameOf, malformedPercent } from '../workers/protocol.ts';
import type { MembersFile, PoleProperties } from '../types.ts';

/** Rows listed in the report; the rest are counted. */
export const REPORT_LIMIT = 100;
/** Duplicate rows named in the status line; the rest are counted. */
const DUPLICATES_LISTED = 20;
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
  /** The import under way, until it settles. */
  private abort: AbortController | null = null;
  private request: ImportRequest | null = null;
  /** Whether the list replaced the documented sites (so that stopping gives them back). */
  private replaced = false;
  /** Set when a disconnection aborted the import: reconnecting starts it again. */
  private interrupted = false;

  /**
   * `onMembers` gets the imported sites, or `null` to go back to the documented ones (the list's
   * URL removed or failing after a list was shown).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onMembers: (members: MembersFile | null) => void,
    private readonly onError: (message: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.interrupted || !this.request) return;
    this.interrupted = false;
    this.start(this.request);
  }

  hostDisconnected(): void {
    // Aborting terminates the worker and the fetch: a removal for good leaves nothing running.
    if (!this.abort) return;
    this.interrupted = true;
    this.abort.abort();
    this.abort = null;
  }

  /** Starts importing `request.url`, aborting the import under way; `null` stops, clears and gives the documented sites back. */
  run(request: ImportRequest | null): void {
    this.request = request;
    this.interrupted = false;
    this.start(request);
  }

  private start(request: ImportRequest | null): void {
    this.abort?.abort();
    this.abort = null;
    this.unplaced = [];
    this.status = null;
    this.host.requestUpdate();
    if (request) void this.import(request);
    else this.restoreDocumented();
  }

  private restoreDocumented(): void {
    if (!this.replaced) return;
    this.replaced = false;
    this.onMembers(null);
  }

  /** The import under way failed: says why, fires `error` and gives the documented sites back. */
  private fail(lang: Lang, message: string, rows: readonly UnplacedImportRow[] = []): void {
    this.abort = null;
    this.unplaced = rows;
    this.status = t(lang, 'import.failed', { message });
    this.host.requestUpdate();
    this.onError(message);
    this.restoreDocumented();
  }

  private async import({ url, communesUrl, poles, lang }: ImportRequest): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    const file = fileNameOf(url);
    let shown = 0;
    const show = (text: string) => {
      if (this.abort !== abort) return;
      this.status = text;
      this.host.requestUpdate();
    };
    const badUrl = malformedPercent(url);
    if (badUrl) return this.fail(lang, t(lang, 'import.badUrl', { url: badUrl }));
    show(t(lang, 'import.reading', { file }));
    const onProgress = ({ phase, done, total }: ImportProgress) => {
      if (phase !== 'place' || Date.now() - shown < PROGRESS_EVERY_MS) return;
      shown = Date.now();
      show(t(lang, 'import.progress', { done, total }));
    };
    try {
      const { members, report } = await importMembersInWorker(
        // The list's own ids (m1, m2...) would clash with the documented sites': they get a prefix.
        { url, poles, communesUrl, signal: abort.signal, idPrefix: 'import-' },
        onProgress,
      );
      if (this.abort !== abort) return;
      this.unplaced = report.unplaced;
      const done = t(lang, 'import.done', {
        file,
        placed: report.placed,
        rows: report.rows,
        unplaced: report.unplaced.length,
      });
      const notes = [
        done,
        ...(report.duplicates.length ? [duplicatesText(lang, report.duplicates)] : []),
        ...(report.overLimit
          ? [plural(lang, 'import.overLimit', report.overLimit, { limit: MEMBER_LIST_LIMITS.rows })]
          : []),
      ];
      show(notes.join(' '));
      this.abort = null;
      this.replaced = true;
      this.onMembers(members);
    } catch (error) {
      if (abort.signal.aborted || this.abort !== abort) return;
      const message = error instanceof Error ? error.message : String(error);
      this.fail(lang, message, error instanceof MemberListError ? error.rows : []);
    }
  }
}

/** "3 duplicate rows … placed once: rows 5, 9, 12." (the first DUPLICATES_LISTED rows, then "…"). */
export function duplicatesText(lang: Lang, duplicates: readonly DuplicateImportRow[]): string {
  const listed = duplicates.slice(0, DUPLICATES_LISTED).map((d) => `${d.row} (= ${d.of})`);
  if (duplicates.length > DUPLICATES_LISTED) listed.push('…');
  return plural(lang, 'import.duplicates', duplicates.length, { rows: listed.join(', ') });
}
