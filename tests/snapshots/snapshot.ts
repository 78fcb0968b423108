// SPDX-License-Identifier: MIT
// Plot-style SVG snapshots: serialise an SVG node deterministically (one element per line, numbers
// in attributes rounded to 2 decimals, generated ids re-indexed), compare it with the committed file
// in tests/output/, and leave `<name>-changed.svg` next to it when it differs (gitignored).
import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

// A path, not a URL: under jsdom the global URL is jsdom's, which node:url does not accept.
const OUTPUT = resolve(dirname(fileURLToPath(import.meta.url)), '../output');

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Numbers rounded to 2 decimals, without trailing zeros or negative zero. */
export function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d+(?:e-?\d+)?/gi, (n) => {
    const r = Math.round(Number(n) * 100) / 100;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

function print(node: Node, depth: number, ids: Map<string, string>, out: string[]): void {
  const pad = '  '.repeat(depth);
  if (node.nodeType === node.TEXT_NODE) {
    if (node.textContent!.trim()) out.push(pad + escapeText(node.textContent!));
    return;
  }
  if (node.nodeType !== node.ELEMENT_NODE) return;
  const el = node as Element;
  const attrs = [...el.attributes]
    .map((a) => {
      let value = a.value;
      if (a.name === 'id') value = ids.get(value)!;
      else
        value = roundNumbers(
          value.replace(/#([\w-]+)/g, (whole, id: string) => (ids.has(id) ? `#${ids.get(id)}` : whole)),
        );
      return ` ${a.name}="${escapeAttr(value)}"`;
    })
    .join('');
  const tag = el.tagName.toLowerCase();
  const children = [...el.childNodes];
  if (children.length === 0) out.push(`${pad}<${tag}${attrs}/>`);
  else if (children.every((c) => c.nodeType === c.TEXT_NODE)) {
    out.push(`${pad}<${tag}${attrs}>${escapeText(el.textContent ?? '')}</${tag}>`);
  } else {
    out.push(`${pad}<${tag}${attrs}>`);
    for (const child of children) print(child, depth + 1, ids, out);
    out.push(`${pad}</${tag}>`);
  }
}

/** The normalised text of an SVG node. */
export function serialize(root: Element): string {
  const ids = new Map<string, string>();
  for (const el of root.querySelectorAll('[id]')) ids.set(el.id, `id-${ids.size}`);
  const out: string[] = [];
  print(root, 0, ids, out);
  return `${out.join('\n')}\n`;
}

/** Compares `root` with tests/output/<name>.svg; writes <name>-changed.svg on a mismatch. */
export async function expectSnapshot(root: Element, name: string): Promise<void> {
  const text = serialize(root);
  const changed = resolve(OUTPUT, `${name}-changed.svg`);
  try {
    await expect(text).toMatchFileSnapshot(resolve(OUTPUT, `${name}.svg`));
    if (existsSync(changed)) unlinkSync(changed);
  } catch (error) {
    writeFileSync(changed, text);
    throw error;
  }
}
