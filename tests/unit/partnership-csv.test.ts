// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv.ts';
import { csvField } from '../../src/data/csv.ts';
import { CSV_COLUMNS, partnershipsCsv } from '../../src/data/partnership-csv.ts';
import { indexPoles } from '../../src/data/partnership-graph.ts';
import { hostileData, partnershipsFixture, polesFixture } from '../fixtures/partnerships/fixture.ts';

describe('CSV export', () => {
  it('quotes fields with quotes, commas and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('guards cells a spreadsheet would evaluate, but not numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+33')).toBe("'+33");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-118.24)).toBe('-118.24');
  });

  it('writes a header and one record per edge that a CSV parser reads back intact', () => {
    const edges = partnershipsFixture.edges.slice(0, 3);
    const text = partnershipsCsv(edges, indexPoles(polesFixture));
    expect(text.endsWith('\r\n')).toBe(true);
    const { records, issues } = parseCsv(text);
    expect(issues).toEqual([]);
    expect(records[0]!.fields).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(4);
    expect(records[1]!.fields.slice(0, 3)).toEqual(['e2', 'gamma', 'Pôle Gamma Végétal']);
  });

  it('keeps hostile strings as text', () => {
    const hostile = hostileData.partnerships.edges.at(-1)!;
    const text = partnershipsCsv([hostile], indexPoles(hostileData.poles));
    const fields = parseCsv(text).records[1]!.fields;
    expect(fields[CSV_COLUMNS.indexOf('target_name')]).toBe(hostile.targetName);
    expect(fields[CSV_COLUMNS.indexOf('sources')]).toBe('javascript:window.__xss=3');
  });
});
