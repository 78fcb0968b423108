// SPDX-License-Identifier: MIT
// The view state in a versioned URL hash (`#v=1&year=2010&sector=mer`): only what differs from the
// defaults is written, and a broken or unknown hash resets politely (each bad field is dropped and
// reported, never thrown).
import { LANGS, type Lang } from '../i18n/messages.ts';
import {
  CATEGORIES_2005,
  CONFIDENCES,
  EVIDENCES,
  MEMBER_KINDS,
  PARTNERSHIP_KINDS,
  SECTORS,
} from '../types.ts';
import { BREAKDOWNS, STATUSES, type BreakdownKey } from '../data/projects/scale.ts';
import { COUNT_BASES } from '../analysis/count-basis.ts';
import { SITE_BASES } from '../data/time/at-year.ts';
import { FIRST_YEAR, LAST_YEAR } from '../data/time/scope.ts';
import {
  DEFAULT_STATE,
  DIAGRAMS,
  LAYERS,
  LEVELS,
  LINK_YEARS,
  METRICS,
  NORMS,
  VIEWS,
  type Camera,
  type Filters,
  type ViewState,
} from './view-state.ts';

export const HASH_VERSION = 1;

const LIST_KEYS: Record<keyof Filters, { param: string; allowed: readonly string[] | RegExp }> = {
  sectors: { param: 'sector', allowed: SECTORS },
  categories: { param: 'category', allowed: CATEGORIES_2005 },
  regions: { param: 'region', allowed: /^\d{2}$/ },
  kinds: { param: 'kind', allowed: MEMBER_KINDS },
  evidence: { param: 'evidence', allowed: EVIDENCES },
  confidence: { param: 'confidence', allowed: CONFIDENCES },
  partnershipKinds: { param: 'pkind', allowed: PARTNERSHIP_KINDS },
};

const ID = /^[a-z0-9][a-z0-9:._-]{0,80}$/i;

/** `state` as a hash string, `#v=1` followed by the fields that differ from the defaults. */
export function encodeHash(state: ViewState): string {
  const p = new URLSearchParams({ v: String(HASH_VERSION) });
  const d = DEFAULT_STATE;
  if (state.view !== d.view) p.set('view', state.view);
  if (state.layer !== d.layer) p.set('layer', state.layer);
  if (state.metric !== d.metric) p.set('metric', state.metric);
  if (state.level !== d.level) p.set('level', state.level);
  if (state.norm !== d.norm) p.set('norm', state.norm);
  if (state.year !== d.year) p.set('year', String(state.year));
  for (const [key, { param }] of Object.entries(LIST_KEYS) as [keyof Filters, { param: string }][]) {
    if (state.filters[key].length) p.set(param, [...state.filters[key]].sort().join(','));
  }
  if (state.pole) p.set('pole', state.pole);
  if (state.link) p.set('link', state.link);
  if (state.camera) {
    const { lon, lat, zoom } = state.camera;
    p.set('cam', `${lon.toFixed(4)},${lat.toFixed(4)},${zoom.toFixed(2)}`);
  }
  if (state.lang !== d.lang) p.set('lang', state.lang);
  if (state.diagram !== d.diagram) p.set('diagram', state.diagram);
  if (state.gapKm !== d.gapKm) p.set('gap', String(state.gapKm));
  if (state.hexKm !== d.hexKm) p.set('hex', String(state.hexKm));
  if (state.evoA !== d.evoA || state.evoB !== d.evoB) p.set('evo', `${state.evoA}-${state.evoB}`);
  if (state.evoNet) p.set('evonet', '1');
  if (state.siteYears !== d.siteYears) p.set('sites', state.siteYears);
  if (state.countBasis !== d.countBasis) p.set('basis', state.countBasis);
  if (state.linkYears !== d.linkYears) p.set('links', state.linkYears);
  if (state.undated !== d.undated) p.set('undated', state.undated ? '1' : '0');
  if (state.project) p.set('proj', state.project);
  if (state.projectsRow !== null) p.set('pbreak', `${state.projectsBy}:${state.projectsRow}`);
  else if (state.projectsBy !== d.projectsBy) p.set('pbreak', state.projectsBy);
  if (state.stage) p.set('stage', state.stage);
  // URLSearchParams writes ',' and ':' as %2C and %3A; both are safe in a fragment and easier to read.
  return `#${p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}

export interface DecodedHash {
  state: ViewState;
  /** Names of the fields that were present but not understood (dropped, defaults kept). */
  rejected: string[];
}

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function intIn(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/** `A-B`, two years of the data with A < B. */
function yearPair(value: string | null): [number, number] | undefined {
  const m = /^(\d{4})-(\d{4})$/.exec(value ?? '');
  if (!m) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a >= FIRST_YEAR && b <= LAST_YEAR && a < b ? [a, b] : undefined;
}

/** A value of the imported projects list (an id, a breakdown row): printable text up to 120 long. */
function listValue(value: string | null): string | undefined {
  // eslint-disable-next-line no-control-regex
  return value !== null && value.length <= 120 && !/[\u0000-\u001f\u007f]/.test(value) ? value : undefined;
}

/**
 * `<dimension>` or `<dimension>:<row>` (the row may itself hold ':', as a foreign region's
 * `CA:Québec`; empty, it is the "unknown" row).
 */
function projectsBreakdown(value: string | null): { by: BreakdownKey; row: string | null } | undefined {
  if (value === null) return undefined;
  const colon = value.indexOf(':');
  const by = pick(colon < 0 ? value : value.slice(0, colon), BREAKDOWNS);
  const row = colon < 0 ? null : listValue(value.slice(colon + 1));
  return by && row !== undefined ? { by, row } : undefined;
}

/** A plain decimal: no hex (`0x10`), exponent (`1e3`), `Infinity`, `NaN` or empty part, which Number() accepts. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * `lon,lat,zoom` as encodeHash writes it; anything else (`cam=,,`, a missing or extra part, a
 * bearing or pitch: the map is always north-up and flat, hex, out of range) is refused whole, so that
 * the map keeps its default framing instead of opening at 0°, 0°, zoom 0.
 */
export function parseCamera(value: string | null): Camera | undefined {
  const parts = value?.split(',');
  if (!parts || parts.length !== 3 || !parts.every((p) => DECIMAL.test(p.trim()))) return undefined;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 18) return undefined;
  return { lon, lat, zoom };
}

/** Reads a hash; an empty, foreign or future-version hash gives the defaults. */
export function decodeHash(hash: string): DecodedHash {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const rejected: string[] = [];
  if (!p.has('v')) return { state: DEFAULT_STATE, rejected: hash.replace(/^#/, '') ? ['v'] : [] };
  if (p.get('v') !== String(HASH_VERSION)) return { state: DEFAULT_STATE, rejected: ['v'] };
  const read = <T>(param: string, parse: (v: string | null) => T | undefined, fallback: T): T => {
    if (!p.has(param)) return fallback;
    const value = parse(p.get(param));
    if (value === undefined) {
      rejected.push(param);
      return fallback;
    }
    return value;
  };
  const d = DEFAULT_STATE;
  const filters = { ...d.filters };
  for (const [key, { param, allowed }] of Object.entries(LIST_KEYS) as [
    keyof Filters,
    { param: string; allowed: readonly string[] | RegExp },
  ][]) {
    const values = read(param, (v) => (v ? v.split(',').filter(Boolean) : undefined), [] as string[]);
    const ok = values.filter((v) => (allowed instanceof RegExp ? allowed.test(v) : allowed.includes(v)));
    if (ok.length !== values.length) rejected.push(param);
    (filters as Record<string, string[]>)[key] = [...new Set(ok)].sort();
  }
  const id = (v: string | null) => (v !== null && ID.test(v) ? v : undefined);
  const [evoA, evoB] = read('evo', yearPair, [d.evoA, d.evoB] as [number, number]);
  const projects = read('pbreak', projectsBreakdown, { by: d.projectsBy, row: d.projectsRow });
  return {
    state: {
      view: read('view', (v) => pick(v, VIEWS), d.view),
      layer: read('layer', (v) => pick(v, LAYERS), d.layer),
      metric: read('metric', (v) => pick(v, METRICS), d.metric),
      level: read('level', (v) => pick(v, LEVELS), d.level),
      norm: read('norm', (v) => pick(v, NORMS), d.norm),
      year: read('year', (v) => intIn(v, FIRST_YEAR, LAST_YEAR), d.year),
      filters,
      pole: read('pole', id, d.pole),
      link: read('link', id, d.link),
      camera: read('cam', parseCamera, d.camera),
      lang: read('lang', (v) => pick<Lang>(v, LANGS), d.lang),
      diagram: read('diagram', (v) => pick(v, DIAGRAMS), d.diagram),
      gapKm: read('gap', (v) => intIn(v, 1, 200), d.gapKm),
      hexKm: read('hex', (v) => intIn(v, 2, 100), d.hexKm),
      evoA,
      evoB,
      evoNet: read('evonet', (v) => (v === '1' ? true : undefined), d.evoNet),
      siteYears: read('sites', (v) => pick(v, SITE_BASES), d.siteYears),
      countBasis: read('basis', (v) => pick(v, COUNT_BASES), d.countBasis),
      linkYears: read('links', (v) => pick(v, LINK_YEARS), d.linkYears),
      undated: read('undated', (v) => (v === '1' ? true : v === '0' ? false : undefined), d.undated),
      project: read('proj', (v) => (v ? listValue(v) : undefined), d.project),
      projectsBy: projects.by,
      projectsRow: projects.row,
      stage: read('stage', (v) => pick(v, STATUSES), d.stage),
    },
    rejected,
  };
}
