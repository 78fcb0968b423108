// SPDX-License-Identifier: MIT
// Hover texts of the lineage diagram: plain strings (drawn with .text() or in a <title>), built from
// the structured facts, never from the research tables' English sentences.
import { t, type Lang } from '../../i18n/messages.ts';
import type { LineageBand, LineageLayout, LineageRun } from './layout.ts';

/** A name by id: the successor's name as its band first gives it. */
export function bandNames(layout: LineageLayout): (id: string) => string {
  const names = new Map(layout.bands.map((b) => [b.id, b.firstName]));
  return (id) => names.get(id) ?? id;
}

function runText(lang: Lang, run: LineageRun, nameOf: (id: string) => string): string {
  if (run.status === 'unknown') return t(lang, 'lineage.tooltip.unknown', { from: String(run.from) });
  const span = t(lang, 'lineage.tooltip.labelled', { from: String(run.from), to: String(run.to) });
  const date = run.endEvent?.date ?? t(lang, 'lineage.tooltip.noDate');
  const end =
    run.end === 'merged'
      ? t(lang, 'lineage.tooltip.merged', { name: nameOf(run.successor ?? ''), date })
      : run.end === 'delabelled'
        ? t(lang, 'lineage.tooltip.delabelled', { date })
        : run.end === 'ended'
          ? t(lang, 'lineage.tooltip.ended')
          : run.end === 'open'
            ? t(lang, 'lineage.tooltip.open')
            : null;
  return end ? `${span}, ${end}` : span;
}

/** The whole story of a band: names, runs, renamings, the lineages merged into it. */
export function bandText(lang: Lang, band: LineageBand, layout: LineageLayout): string {
  const nameOf = bandNames(layout);
  const head = band.firstName === band.lastName ? band.firstName : `${band.firstName} → ${band.lastName}`;
  const founders = layout.links
    .filter((l) => l.to === band.id)
    .map((l) =>
      t(lang, 'lineage.tooltip.merger', {
        names: l.group.predecessors.map(nameOf).join(' + '),
        date: l.group.event.date,
      }),
    );
  const renames = band.renames.map(({ event }) =>
    t(lang, 'lineage.tooltip.rename', { date: event.date, from: event.rename!.from, to: event.rename!.to }),
  );
  return [head, ...band.runs.map((r) => runText(lang, r, nameOf)), ...renames, ...new Set(founders)].join(
    '\n',
  );
}
