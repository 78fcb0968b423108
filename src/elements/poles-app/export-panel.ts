// SPDX-License-Identifier: MIT
// The app's "Exporter la vue" panel: PNG pictures of the map (1920×1080 and 3840×2160) and the rows
// shown as CSV or GeoJSON.
import { html, nothing } from 'lit';
import type { Dataset } from '../../data/dataset.ts';
import type { TableExport } from '../../export/download.ts';
import { exportFileName, type ExportPreset } from '../../export/size.ts';
import { t, type Lang } from '../../i18n/messages.ts';
import type { ViewState } from '../../state/view-state.ts';
import type { PartnershipProject } from '../../data/projects/format.ts';

// The exporters (PNG composition, an offscreen map, CSV writers) load on the first click only.
const exporters = () => import('../../export/download.ts');

export interface ExportPanelOptions {
  lang: Lang;
  data: Dataset;
  state: ViewState;
  /** A line under the picture's title: what the view shows. */
  summary: string;
  /** CSS size of the on-screen map, so that the picture keeps its framing. */
  screen: () => { width: number; height: number };
  /** Status of the PNG export under way or last done; null before any. */
  status: string | null;
  busy: boolean;
  onStatus: (status: string | null, busy: boolean) => void;
  /** Partnership projects drawn on the map, drawn in the picture too. @default null */
  projects?: readonly PartnershipProject[] | null;
}

export function renderExportPanel(o: ExportPanelOptions) {
  const png = async (preset: ExportPreset) => {
    o.onStatus(t(o.lang, 'export.working'), true);
    try {
      const { downloadPng } = await exporters();
      await downloadPng({
        data: o.data,
        state: o.state,
        preset,
        title: t(o.lang, 'app.title'),
        subtitle: [o.summary],
        screen: o.screen(),
        projects: o.projects ?? null,
      });
      o.onStatus(t(o.lang, 'export.done', { file: exportFileName('png', o.state, preset) }), false);
    } catch (error) {
      o.onStatus(
        t(o.lang, 'export.failed', { message: error instanceof Error ? error.message : String(error) }),
        false,
      );
    }
  };
  const table = async (kind: TableExport) => (await exporters()).downloadShown(kind, o.data, o.state);
  return html`<details class="export">
    <summary>${t(o.lang, 'export.label')}</summary>
    <div role="group" aria-label=${t(o.lang, 'export.label')}>
      <button type="button" ?disabled=${o.busy} @click=${() => png('1080p')}>
        ${t(o.lang, 'export.png')}
      </button>
      <button type="button" ?disabled=${o.busy} @click=${() => png('4k')}>
        ${t(o.lang, 'export.png4k')}
      </button>
      <button type="button" @click=${() => table('poles-csv')}>${t(o.lang, 'export.polesCsv')}</button>
      <button type="button" @click=${() => table('sites-csv')}>${t(o.lang, 'export.sitesCsv')}</button>
      <button type="button" @click=${() => table('geojson')}>${t(o.lang, 'export.geojson')}</button>
    </div>
    ${o.status ? html`<p class="note" role="status">${o.status}</p>` : nothing}
  </details>`;
}
