// SPDX-License-Identifier: MIT
// Byte-stable JSON for the committed outputs: objects are built in a fixed key order, coordinates
// are already rounded, and big collections get one feature per line so that git diffs stay readable.

const enc = new TextEncoder();

export function featureCollectionBytes(features: readonly unknown[]): Uint8Array {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return enc.encode(`{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
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
