// SPDX-License-Identifier: MIT
// One row of the benchmark table: a figure of ours against the bare baseline of the same run.
export interface Row {
  item: string;
  measure: string;
  unit: 'B gzip' | 'ms' | 'fps';
  ours: number | null;
  bare: number | null;
  /** ours / bare, or null when one side was not measured. */
  ratio: number | null;
  /** e.g. "<= 1.15"; null when the brief sets no target. */
  target: string | null;
  pass: boolean | null;
  note?: string;
}

/** A row whose ratio is compared with `max` (at most) or `min` (at least). */
export function row(
  item: string,
  measure: string,
  unit: Row['unit'],
  ours: number | null,
  bare: number | null,
  limit: { max?: number; min?: number } = {},
  note?: string,
): Row {
  const ratio = ours !== null && bare !== null && bare > 0 ? ours / bare : null;
  let target: string | null = null;
  let pass: boolean | null = null;
  if (limit.max !== undefined) {
    target = `<= ${limit.max}`;
    pass = ratio === null ? null : ratio <= limit.max;
  } else if (limit.min !== undefined) {
    target = `>= ${limit.min}`;
    pass = ratio === null ? null : ratio >= limit.min;
  }
  return { item, measure, unit, ours, bare, ratio, target, pass, ...(note ? { note } : {}) };
}

function figure(value: number | null, unit: Row['unit']): string {
  if (value === null) return '-';
  if (unit === 'B gzip') return `${(value / 1024).toFixed(1)} KiB`;
  if (unit === 'fps') return `${value.toFixed(2)} fps`;
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`;
}

/** The table as Markdown, for the terminal and the README alike. */
export function markdownTable(rows: Row[]): string {
  const lines = [
    '| item | measure | ours | bare | ratio | target | ok |',
    '| --- | --- | --: | --: | --: | --: | :-: |',
  ];
  for (const r of rows) {
    const ok = r.pass === null ? '' : r.pass ? 'yes' : 'NO';
    const ratio = r.ratio === null ? '-' : `${r.ratio.toFixed(2)}×`;
    const measure = r.note ? `${r.measure} (${r.note})` : r.measure;
    lines.push(
      `| ${r.item} | ${measure} | ${figure(r.ours, r.unit)} | ${figure(r.bare, r.unit)} | ${ratio} | ${r.target ?? ''} | ${ok} |`,
    );
  }
  return lines.join('\n');
}
