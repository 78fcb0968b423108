// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { SELECTED_COLOUR, stageBars } from '../../src/diagrams/stage-bars/layout.ts';
import { decodeHash } from '../../src/state/hash.ts';
import { stopFigures } from '../../src/tour/figures.ts';
import { PARTNERSHIP_KINDS } from '../../src/types.ts';
import { publicFiguresData } from '../fixtures/figures-data.ts';

const data = publicFiguresData();
const state = (hash: string) => decodeHash(hash).state;

describe('stageBars', () => {
  it('counts the partnerships of the state by kind, as many as the caption’s {edges}', () => {
    const view = state('#v=1&view=links&year=2019');
    const bars = stageBars(data, view);
    expect(bars.mode).toBe('kinds');
    expect(bars.bars.reduce((sum, b) => sum + b.value, 0)).toBe(stopFigures(data, view).edges);
    expect(Math.max(...bars.bars.map((b) => b.share))).toBe(1);
    // In the legend's order of the kinds.
    expect(bars.bars.map((b) => b.key)).toEqual(
      PARTNERSHIP_KINDS.filter((k) => bars.bars.some((b) => b.key === k)),
    );
  });

  it('shows the partner countries when a country is selected, the selected one emphasised and as {selectedEdges} says', () => {
    const view = state('#v=1&view=links&year=2008&link=country:CA&links=all');
    const bars = stageBars(data, view, 8);
    expect(bars.mode).toBe('countries');
    expect(bars.bars.length).toBeLessThanOrEqual(8);
    const canada = bars.bars.find((b) => b.key === 'CA')!;
    expect(canada).toMatchObject({ emphasis: true, colour: SELECTED_COLOUR });
    expect(canada.value).toBe(stopFigures(data, view).selectedEdges);
    expect(bars.bars.filter((b) => b.emphasis)).toHaveLength(1);
    expect(bars.more).toBeGreaterThan(0);
  });

  it('keeps the selected country among the bars even when it has few partnerships', () => {
    const view = state('#v=1&view=links&year=2019&link=country:CA&links=all');
    const bars = stageBars(data, view, 1);
    expect(bars.bars.map((b) => b.key)).toEqual(['CA']);
  });
});
