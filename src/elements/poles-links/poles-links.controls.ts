// SPDX-License-Identifier: MIT
// The element's controls: view, grouping by, matrix order, grouping mode, exports. Native selects
// and buttons, so keyboard and screen readers work without extra code.
import { html, nothing } from 'lit';
import type { GroupingMode } from '../../data/partnership-graph.ts';
import type { GroupBy } from '../../diagrams/categories.ts';
import type { MatrixOrder } from '../../diagrams/matrix/layout.ts';
import { t, type Lang, type MessageKey } from '../../i18n/messages.ts';
import { GROUPING_MODES, GROUP_BYS, ORDERS, VIEWS, type LinksView } from './poles-links.model.ts';

export interface ControlsState {
  view: LinksView;
  groupBy: GroupBy;
  order: MatrixOrder;
  grouping: GroupingMode;
}

export interface ControlsOptions {
  lang: Lang;
  state: ControlsState;
  canExport: boolean;
  onChange: (name: keyof ControlsState, value: string) => void;
  onExportSvg: () => void;
  onExportCsv: () => void;
}

function select(
  options: ControlsOptions,
  name: keyof ControlsState,
  label: MessageKey,
  values: readonly string[],
  text: (value: string) => string,
) {
  return html`<label>
    ${t(options.lang, label)}
    <select
      name=${name}
      @change=${(e: Event) => options.onChange(name, (e.target as HTMLSelectElement).value)}
    >
      ${values.map((v) => html`<option value=${v} ?selected=${v === options.state[name]}>${text(v)}</option>`)}
    </select>
  </label>`;
}

export function renderControls(options: ControlsOptions) {
  const { lang, state } = options;
  const graphView = state.view !== 'international';
  // The matrix's category orders colour by their own category; its other orders use group-by.
  const showGroupBy =
    state.view === 'chord' ||
    (state.view === 'matrix' && (state.order === 'degree' || state.order === 'cluster'));
  return html`<div class="controls" part="controls">
    ${select(options, 'view', 'links.view', VIEWS, (v) => t(lang, `links.view.${v as LinksView}`))}
    ${
      showGroupBy
        ? select(options, 'groupBy', 'links.groupBy', GROUP_BYS, (v) =>
            t(lang, `links.groupBy.${v as 'sector'}`),
          )
        : nothing
    }
    ${
      state.view === 'matrix'
        ? select(options, 'order', 'links.order', ORDERS, (v) => t(lang, `links.order.${v as 'sector'}`))
        : nothing
    }
    ${
      graphView
        ? select(options, 'grouping', 'links.grouping', GROUPING_MODES, (v) =>
            t(lang, `links.grouping.${v as 'pairs'}`),
          )
        : nothing
    }
    <span class="exports">
      <button type="button" ?disabled=${!options.canExport} @click=${options.onExportSvg}>
        ${t(lang, 'links.export.svg')}
      </button>
      <button type="button" ?disabled=${!options.canExport} @click=${options.onExportCsv}>
        ${t(lang, 'links.export.csv')}
      </button>
    </span>
  </div>`;
}
