// SPDX-License-Identifier: MIT
// The HTML attributes of <poles-map>, as an embedder writes them, turned into a view state. A bad
// value is reported (the caller warns once) and replaced by the default: never a crash or a blank box.
import { FIRST_YEAR, LAST_YEAR } from '../../data/time/scope.ts';
import { REGIONS_2015, REGIONS_2016 } from '../../geo/regions.ts';
import { LANGS, type Lang } from '../../i18n/messages.ts';
import { DEFAULT_STATE, EMPTY_FILTERS, type ViewState } from '../../state/view-state.ts';
import { SECTORS, type Sector } from '../../types.ts';
import { safeHttpUrl } from '../../ui/safe-url.ts';

/** What the `view` attribute offers: member sites, their density, or the partnerships. */
export const EMBED_VIEWS = ['sites', 'density', 'links'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export const UI_MODES = ['minimal', 'full'] as const;
export type UiMode = (typeof UI_MODES)[number];

export interface RawAttributes {
  pole: string | null;
  region: string | null;
  sector: string | null;
  phase: string | null;
  view: string | null;
  lang: string | null;
  ui: string | null;
  membersSrc: string | null;
  basemap: string | null;
}

/** No attribute set. */
export const NO_ATTRIBUTES: RawAttributes = {
  pole: null,
  region: null,
  sector: null,
  phase: null,
  view: null,
  lang: null,
  ui: null,
  membersSrc: null,
  basemap: null,
};

export interface ParsedAttributes {
  state: ViewState;
  ui: UiMode;
  /** Absolute URL of the member list to geocode, or null. */
  membersSrc: string | null;
  /** Absolute http(s) URL of an online MapLibre style, or null for our offline base map. */
  basemap: string | null;
  /** `[attribute, value]` pairs that were not understood (the defaults were used). */
  rejected: [string, string][];
}

const POLE_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** A 2016 région code, or a pre-2016 code mapped to the 2016 région it was merged into. */
export function region2016Of(code: string): string | null {
  if (code in REGIONS_2016) return code;
  const former = Object.values(REGIONS_2015).find((r) => r.code === code);
  return former?.region2016 ?? null;
}

function stateOfView(view: EmbedView): Pick<ViewState, 'view' | 'layer'> {
  if (view === 'links') return { view: 'links', layer: 'sites' };
  return { view: 'map', layer: view === 'density' ? 'hexbin' : 'sites' };
}

/** The view attribute that describes a state (the inverse of stateOfView). */
export function embedViewOf(state: Pick<ViewState, 'view' | 'layer'>): EmbedView {
  if (state.view === 'links') return 'links';
  return state.layer === 'hexbin' ? 'density' : 'sites';
}

export function parseAttributes(raw: RawAttributes, baseUrl: string): ParsedAttributes {
  const rejected: [string, string][] = [];
  const check = <T>(name: string, value: string | null, parse: (v: string) => T | null): T | null => {
    if (value === null || value === '') return null;
    const parsed = parse(value.trim());
    if (parsed === null) rejected.push([name, value]);
    return parsed;
  };
  const year = check('phase', raw.phase, (v) => {
    const n = /^\d{4}$/.test(v) ? Number(v) : NaN;
    return n >= FIRST_YEAR && n <= LAST_YEAR ? n : null;
  });
  const region = check('region', raw.region, (v) => region2016Of(v.padStart(2, '0')));
  const sector = check('sector', raw.sector, (v) =>
    (SECTORS as readonly string[]).includes(v) ? (v as Sector) : null,
  );
  const view = check('view', raw.view, (v) =>
    (EMBED_VIEWS as readonly string[]).includes(v) ? (v as EmbedView) : null,
  );
  const lang = check('lang', raw.lang, (v) => {
    const code = v.toLowerCase().slice(0, 2);
    return (LANGS as readonly string[]).includes(code) ? (code as Lang) : null;
  });
  const ui = check('ui', raw.ui, (v) => ((UI_MODES as readonly string[]).includes(v) ? (v as UiMode) : null));
  const pole = check('pole', raw.pole, (v) => (POLE_ID.test(v) ? v : null));
  const absolute = (v: string) => {
    try {
      return safeHttpUrl(new URL(v, baseUrl).href);
    } catch {
      return null;
    }
  };
  return {
    state: {
      ...DEFAULT_STATE,
      ...stateOfView(view ?? 'sites'),
      year: year ?? DEFAULT_STATE.year,
      filters: { ...EMPTY_FILTERS, regions: region ? [region] : [], sectors: sector ? [sector] : [] },
      pole,
      lang: lang ?? DEFAULT_STATE.lang,
    },
    ui: ui ?? 'full',
    membersSrc: check('members-src', raw.membersSrc, absolute),
    basemap: check('basemap', raw.basemap, absolute),
    rejected,
  };
}
