// SPDX-License-Identifier: MIT
// The Évolutions part of the map view: from a comparison of two years (data/time/evolutions.ts)
// to the marks of the pôles that changed and their lines (a merger to its successor, a move from the
// former seat), the régions' net change as a choropleth, their legends and tooltips. Pure and free
// of deck.gl, so that it runs in Node tests.
import type { Geometry } from 'geojson';
import type { PoleFeature } from '../data/selection.ts';
import {
  compareYears,
  type Evolution,
  type LineageChange,
  type TimeTables,
} from '../data/time/evolutions.ts';
import { regionNetChange, type RegionNetChange } from '../data/time/region-change.ts';
import type { ViewState } from '../state/view-state.ts';
import type { PlacedSeat } from '../data/time/seat-place.ts';
import type { LegendModel } from '../elements/poles-legend/legend-model.ts';
import { plural, t, type Lang } from '../i18n/messages.ts';
import type { ChoroplethArea } from '../layers/choropleth/choropleth.layer.ts';
import {
  MARK_COLOURS,
  MARK_KINDS,
  NET_BREAKS,
  NET_COLOURS,
  type MarkKind,
} from '../layers/evolutions/evolutions.colours.ts';
import type { BasemapData } from './basemap-style.ts';
import { featuresOf, geometriesOf } from './concentration.ts';

export interface EvolutionMark {
  /** The pôle id (what picking reports). */
  id: string;
  kind: MarkKind;
  position: [number, number];
}

export interface EvolutionLine {
  id: string;
  kind: 'merged' | 'moved';
  from: [number, number];
  to: [number, number];
}

/** What the Évolutions layers draw (src/layers/evolutions). */
export interface EvolutionLayers {
  marks: EvolutionMark[];
  lines: EvolutionLine[];
  /** The régions' net change, when asked for. */
  net: { areas: ChoroplethArea[]; breaks: readonly number[]; colours: readonly string[] } | null;
  selectedId: string | null;
}

export interface EvolutionMapView {
  layers: EvolutionLayers;
  legends: LegendModel[];
  /** Lineages concerned by a change that have no seat to place in the year that matters. */
  unplaced: string[];
  tooltip(picked: { layer: string; id: string }): string | null;
}

const placeOf = (seat: PlacedSeat): [number, number] | null =>
  seat.state === 'decided' ? seat.place.coordinates : null;

/** The mark of a lineage and the year whose seat places it. */
function markOf(l: LineageChange): { kind: MarkKind; seat: PlacedSeat } {
  switch (l.kind) {
    case 'new':
    case 'relabelled':
    case 'from-unknown':
      return { kind: 'appeared', seat: l.seatB };
    case 'merged':
      return { kind: 'merged', seat: l.seatA };
    case 'delabelled':
    case 'ended':
      return { kind: 'disappeared', seat: l.seatA };
    case 'to-unknown':
    case 'still-unknown':
      return { kind: 'unknown', seat: l.statusA === 'labelled' ? l.seatA : l.seatB };
    default:
      return { kind: l.moved ? 'moved' : 'unchanged', seat: l.seatB };
  }
}

/** A net change as written: "+2", "−1", "0". */
export function signed(lang: Lang, n: number): string {
  const abs = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(Math.abs(n));
  return n > 0 ? `+${abs}` : n < 0 ? `−${abs}` : '0';
}

function netLegend(lang: Lang, a: string, b: string): LegendModel {
  const texts = [
    `≤ ${signed(lang, -3)}`,
    signed(lang, -2),
    signed(lang, -1),
    '0',
    signed(lang, 1),
    signed(lang, 2),
    `≥ ${signed(lang, 3)}`,
  ];
  return {
    title: t(lang, 'evo.net.title', { a, b }),
    unit: t(lang, 'evo.net.unit', { a, b }),
    source: t(lang, 'evo.net.source'),
    entries: texts.map((text, i) => ({ colour: NET_COLOURS[i]!, text })),
  };
}

export function evolutionMapView(
  evolution: Evolution,
  net: RegionNetChange | null,
  basemap: Pick<BasemapData, 'regions' | 'regions2015' | 'departements'>,
  options: { lang: Lang; selectedId: string | null },
): EvolutionMapView {
  const { lang } = options;
  const a = String(evolution.a);
  const b = String(evolution.b);
  const marks: EvolutionMark[] = [];
  const lines: EvolutionLine[] = [];
  const unplaced: string[] = [];
  const byId = new Map(evolution.lineages.map((l) => [l.id, l]));
  const kinds = new Map<string, MarkKind>();
  for (const l of evolution.lineages) {
    const { kind, seat } = markOf(l);
    kinds.set(l.id, kind);
    const position = placeOf(seat);
    if (!position) {
      if (kind !== 'unchanged') unplaced.push(l.id);
      continue;
    }
    marks.push({ id: l.id, kind, position });
    const from = placeOf(l.seatA);
    if (kind === 'moved' && from) lines.push({ id: `${l.id}:moved`, kind, from, to: position });
    const successor = l.successor ? byId.get(l.successor) : undefined;
    const to = successor ? placeOf(successor.seatB) : null;
    if (kind === 'merged' && to) lines.push({ id: `${l.id}:merged`, kind, from: position, to });
  }
  // Changes drawn over the unchanged pôles, in legend order.
  marks.sort((x, y) => MARK_KINDS.indexOf(y.kind) - MARK_KINDS.indexOf(x.kind) || x.id.localeCompare(y.id));
  const present = MARK_KINDS.filter((k) => marks.some((m) => m.kind === k));
  const markTexts: Record<MarkKind, string> = {
    appeared: t(lang, 'evo.mark.appeared', { b }),
    disappeared: t(lang, 'evo.mark.disappeared'),
    merged: t(lang, 'evo.mark.merged'),
    moved: t(lang, 'evo.mark.moved', { a }),
    unknown: t(lang, 'evo.mark.unknown'),
    unchanged: t(lang, 'evo.mark.unchanged'),
  };
  const legends: LegendModel[] = [];
  if (net) legends.push(netLegend(lang, a, b));
  legends.push({
    title: t(lang, 'evo.map.legend', { a, b }),
    unit: unplaced.length ? plural(lang, 'evo.mark.unplaced', unplaced.length) : null,
    source: t(lang, 'evo.net.source'),
    entries: present.map((k) => ({ colour: MARK_COLOURS[k], text: markTexts[k] })),
  });
  let areas: ChoroplethArea[] = [];
  const names = new Map<string, string>();
  if (net) {
    const geometries: Map<string, Geometry> = geometriesOf(net.level, basemap);
    for (const collection of [basemap.regions, basemap.regions2015]) {
      for (const f of collection.features)
        names.set(String(f.properties?.['code']), String(f.properties?.['nom']));
    }
    areas = featuresOf(net.regions, geometries, (r) => ({
      code: r.code,
      name: names.get(r.code) ?? r.code,
      value: r.net,
    }));
  }
  const netByCode = new Map(net?.regions.map((r) => [r.code, r]));
  return {
    layers: {
      marks,
      lines,
      net: net ? { areas, breaks: NET_BREAKS, colours: NET_COLOURS } : null,
      selectedId: options.selectedId,
    },
    legends,
    unplaced,
    tooltip(picked) {
      if (picked.layer === 'evolution-marks') {
        const l = byId.get(picked.id);
        const kind = kinds.get(picked.id);
        return l && kind ? t(lang, 'evo.tooltip', { name: l.nameB, kind: markTexts[kind] }) : null;
      }
      if (picked.layer === 'choropleth' && net) {
        const r = netByCode.get(picked.id);
        if (!r) return null;
        return t(lang, 'evo.net.tooltip', {
          name: names.get(r.code) ?? r.code,
          a,
          b,
          na: r.a,
          nb: r.b,
          net: signed(lang, r.net),
        });
      }
      return null;
    },
  };
}

/** The comparison of a state's two years, as the map draws it. */
export function evolutionOf(
  poles: readonly PoleFeature[],
  state: Pick<ViewState, 'evoA' | 'evoB' | 'evoNet' | 'lang' | 'pole'>,
  basemap: Pick<BasemapData, 'regions' | 'regions2015' | 'departements'>,
  time: TimeTables,
): EvolutionMapView {
  const evolution = compareYears(poles, time, state.evoA, state.evoB);
  return evolutionMapView(evolution, state.evoNet ? regionNetChange(evolution) : null, basemap, {
    lang: state.lang,
    selectedId: state.pole,
  });
}
