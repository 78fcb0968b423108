// SPDX-License-Identifier: MIT
// The text parts of <poles-evolutions>: the reconciliation, the table of lineages, the mergers and
// the régions' net change, as lit templates (data strings are text, links pass the allow-list).
import { html, nothing } from 'lit';
import type { Evolution } from '../../data/time/evolutions.ts';
import type { RegionNetChange } from '../../data/time/region-change.ts';
import { plural, t, type Lang } from '../../i18n/messages.ts';
import { signed } from '../../map/evolutions.ts';
import { safeHttpUrl } from '../../ui/safe-url.ts';
import type { EvolutionTable } from './poles-evolutions.model.ts';
import { regionRows } from './poles-evolutions.model.ts';

type Select = (id: string) => void;

export function renderReconciliation(lang: Lang, evolution: Evolution) {
  const r = evolution.reconciliation;
  const a = String(r.a.year);
  const b = String(r.b.year);
  const left = r.left.merged + r.left.delabelled + r.left.ended + r.left.toUnknown;
  const joined = r.joined.new + r.joined.relabelled + r.joined.fromUnknown;
  return html`<div class="reconcile" role="status">
    <p class="identity">
      ${t(lang, 'evo.reconcile', { a, b, countA: r.a.labelled, countB: r.b.labelled, left, joined })}
    </p>
    <p class="note">${t(lang, 'evo.reconcile.left', r.left)}</p>
    <p class="note">${t(lang, 'evo.reconcile.joined', r.joined)}</p>
    ${
      r.a.unknown || r.b.unknown
        ? html`<p class="note">
            ${t(lang, 'evo.reconcile.unknown', { a, b, ua: r.a.unknown, ub: r.b.unknown })}
          </p>`
        : nothing
    }
  </div>`;
}

/** The date, as a link to the source of the event (or label period) that dates the change. */
function dateCell(lang: Lang, date: string | null, source: string | null) {
  const text = date ?? t(lang, 'evo.noDate');
  if (!source) return date ? text : t(lang, 'evo.noSource');
  return html`<a href=${source} target="_blank" rel="noopener noreferrer" title=${t(lang, 'evo.source')}
    >${text}</a
  >`;
}

const poleButton = (id: string, name: string, onSelect: Select) =>
  html`<button type="button" class="pole" data-pole=${id} @click=${() => onSelect(id)}>${name}</button>`;

export function renderTable(lang: Lang, evolution: Evolution, table: EvolutionTable, onSelect: Select) {
  const a = String(evolution.a);
  const b = String(evolution.b);
  // In a box of its own that scrolls sideways when the panel is narrower than the table (a phone).
  return html`<div class="table-box">
      <table class="lineages">
        <caption>
          ${t(lang, 'evo.table.caption', { a, b })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t(lang, 'evo.col.kind')}</th>
            <th scope="col">${t(lang, 'evo.col.pole')}</th>
            <th scope="col">${t(lang, 'evo.col.other')}</th>
            <th scope="col">${t(lang, 'evo.col.date')}</th>
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            (row) =>
              html`<tr data-kind=${row.kind} data-pole=${row.id}>
                <td>${t(lang, `evo.kind.${row.kind}`)}</td>
                <td>${poleButton(row.id, row.name, onSelect)}</td>
                <td>${row.other}</td>
                <td>${dateCell(lang, row.date, row.source)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      table.unchanged.length
        ? html`<details class="unchanged">
            <summary>${plural(lang, 'evo.unchanged', table.unchanged.length)}</summary>
            <p>
              ${table.unchanged.map((u, i) => html`${i ? ', ' : ''}${poleButton(u.id, u.name, onSelect)}`)}
            </p>
          </details>`
        : nothing
    }`;
}

export function renderMergers(lang: Lang, evolution: Evolution, onSelect: Select) {
  if (!evolution.mergers.length) return nothing;
  const nameOf = evolution.nameOf;
  return html`<h3>${t(lang, 'evo.mergers')}</h3>
    <ul class="mergers">
      ${evolution.mergers.map((m) => {
        const source = safeHttpUrl(m.event.sources[0]);
        return html`<li data-successor=${m.successor}>
          ${m.predecessors.map((id, i) => html`${i ? ' + ' : ''}${poleButton(id, nameOf(id), onSelect)}`)} →
          ${poleButton(m.successor, nameOf(m.successor), onSelect)}
          (${m.event.date}${
            source
              ? html`,
                  <a href=${source} target="_blank" rel="noopener noreferrer">${t(lang, 'evo.source')}</a>`
              : nothing
          })
        </li>`;
      })}
    </ul>`;
}

export function renderRegions(
  lang: Lang,
  evolution: Evolution,
  change: RegionNetChange,
  net: boolean,
  onNet: (on: boolean) => void,
) {
  const a = String(evolution.a);
  const b = String(evolution.b);
  return html`<h3>
      ${t(lang, 'evo.regions.heading', { level: t(lang, `evo.regions.level.${change.level}`) })}
    </h3>
    <label class="net"
      ><input
        type="checkbox"
        name="evonet"
        .checked=${net}
        @change=${(e: Event) => onNet((e.target as HTMLInputElement).checked)}
      />${t(lang, 'evo.map.net')}</label
    >
    <table class="regions">
      <thead>
        <tr>
          <th scope="col">${t(lang, 'evo.regions.col.region')}</th>
          <th scope="col">${a}</th>
          <th scope="col">${b}</th>
          <th scope="col">${t(lang, 'evo.regions.col.net')}</th>
        </tr>
      </thead>
      <tbody>
        ${regionRows(change).map(
          (r) =>
            html`<tr data-region=${r.code}>
              <th scope="row">${r.name}</th>
              <td>${r.a}</td>
              <td>${r.b}</td>
              <td>${signed(lang, r.net)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p class="note">
      ${t(lang, 'evo.regions.apart', { a, b, na: change.apart.a.length, nb: change.apart.b.length })}
    </p>
    <p class="note">${t(lang, 'evo.regions.disputed')}</p>`;
}
