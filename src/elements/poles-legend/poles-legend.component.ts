// SPDX-License-Identifier: MIT
import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { cssom } from '../../ui/cssom.ts';
import type { LegendModel } from './legend-model.ts';

/**
 * The legend of a classed map layer: title, one swatch per class with its range, the unit and the
 * source. Texts come ready in the page language and are bound as text, never as HTML.
 *
 * @csspart legend - the legend box.
 * @cssproperty --poles-legend-note-size - size of the unit and source lines. @default 0.88em
 * @cssproperty --poles-legend-swatch-width - width of a class's swatch. @default 18px
 * @cssproperty --poles-legend-swatch-height - height of a class's swatch. @default 12px
 */
export class PolesLegend extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .title {
      margin: 0 0 4px;
      font-weight: 600;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      align-items: center;
      gap: 6px;
      font-variant-numeric: tabular-nums;
    }
    .swatch {
      flex: none;
      width: var(--poles-legend-swatch-width, 18px);
      height: var(--poles-legend-swatch-height, 12px);
      border: 1px solid rgba(0, 0, 0, 0.25);
    }
    .unit,
    .source {
      margin: 4px 0 0;
      font-size: var(--poles-legend-note-size, 0.88em);
      color: #57606a;
    }
  `;

  /** What to show; nothing is drawn when null. @default null */
  @property({ attribute: false }) model: LegendModel | null = null;

  protected override render() {
    const model = this.model;
    if (!model) return nothing;
    return html`<div part="legend" role="group" aria-labelledby="legend-title">
      <p class="title" id="legend-title">${model.title}</p>
      <ul>
        ${model.entries.map(
          (e) =>
            html`<li>
              <span class="swatch" aria-hidden="true" ${cssom({ background: e.colour })}></span>${e.text}
            </li>`,
        )}
      </ul>
      ${model.unit ? html`<p class="unit">${model.unit}</p>` : nothing}
      ${model.basis ? html`<p class="unit basis">${model.basis}</p>` : nothing}
      <p class="source">${model.source}</p>
    </div>`;
  }
}
