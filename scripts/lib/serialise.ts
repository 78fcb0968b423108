// SPDX-License-Identifier: MIT
// Byte-stable JSON for the committed outputs: objects are built in a fixed key order, coordinates
// are already rounded, and big collections get one feature per line so that git diffs stay readable.

const enc = new TextEncoder();

/** Features encoded per block: a big list never exists as one string nor as one string per feature. */
const BLOCK = 2000;

/**
 * One feature per line; `map` is applied to each feature as it is written (no mapped copy of the
 * list). Returns the file's parts, which are hashed and written one after another, never joined.
 */
export function featureCollectionBytes<T>(
  features: readonly T[],
  map: (f: T) => unknown = (f) => f,
): Uint8Array[] {
  const parts = [enc.encode('{"type":"FeatureCollection","features":[\n')];
  for (let i = 0; i < features.length; i += BLOCK) {
    const lines = features.slice(i, i + BLOCK).map((f) => JSON.stringify(map(f)));
    parts.push(enc.encode(lines.join(',\n') + (i + BLOCK < features.length ? ',\n' : '')));
  }
  parts.push(enc.encode('\n]}\n'));
  return parts;
}

export function listBytes(key: string, items: readonly unknown[]): Uint8Array {
  return enc.encode(`{${JSON.stringify(key)}:[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]}\n`);
}

/** One top-level key per line (columnar files such as communes.json). */
export function columnsBytes(obj: Record<string, unknown>): Uint8Array {
  const lines = Object.entries(obj).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return enc.encode(`{\n${lines.join(',\n')}\n}\n`);
}

/** One top-level key per line, and one item per line for array values (small tables such as territories.json). */
export function sectionsBytes(obj: Record<string, unknown>): Uint8Array {
  const lines = Object.entries(obj).map(([k, v]) =>
    Array.isArray(v) && v.length > 0
      ? `${JSON.stringify(k)}:[\n${v.map((i) => JSON.stringify(i)).join(',\n')}\n]`
      : `${JSON.stringify(k)}:${JSON.stringify(v)}`,
  );
  return enc.encode(`{\n${lines.join(',\n')}\n}\n`);
}

export function compactBytes(value: unknown): Uint8Array {
  return enc.encode(JSON.stringify(value) + '\n');
}

export function prettyBytes(value: unknown): Uint8Array {
  return enc.encode(JSON.stringify(value, null, 2) + '\n');
}
