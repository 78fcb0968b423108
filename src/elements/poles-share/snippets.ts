// SPDX-License-Identifier: MIT
// What <poles-share> offers to copy, built from a view state (pure, no DOM): the link to the view,
// the script + <poles-map> snippet and the <iframe> snippet. The embed page (embed.html) reads its
// hash with the same attribute mapping, so an iframe and a script embed of one view show the same.
import { encodeHash } from '../../state/hash.ts';
import { DEFAULT_STATE, type ViewState } from '../../state/view-state.ts';
import { embedViewOf } from '../poles-map/attributes.ts';

/** The <poles-map> attributes that describe a view, in the order the snippets write them. */
export const VIEW_ATTRIBUTES = ['pole', 'region', 'sector', 'phase', 'view', 'lang'] as const;
export type ViewAttribute = (typeof VIEW_ATTRIBUTES)[number];

export interface EmbedAttributes {
  attributes: [ViewAttribute, string][];
  /**
   * Hash fields of the view that no attribute carries (the embed shows its default instead), named
   * as in the URL hash. The link to the app keeps them all.
   */
  dropped: string[];
}

/**
 * `value` made safe inside a double-quoted HTML attribute: a pôle id or a URL can never close the
 * attribute, open a tag or start an entity.
 */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const FILTERS_WITHOUT_ATTRIBUTE = [
  ['categories', 'category'],
  ['kinds', 'kind'],
  ['evidence', 'evidence'],
  ['confidence', 'confidence'],
] as const;

/**
 * The attributes of a <poles-map> showing `state`. One région and one sector fit an attribute: with
 * more, the attribute is left out, so that the embed shows more than the view rather than less.
 */
export function embedAttributes(state: ViewState): EmbedAttributes {
  const attributes: [ViewAttribute, string][] = [];
  const dropped: string[] = [];
  if (state.pole) attributes.push(['pole', state.pole]);
  const one = (values: readonly string[], name: 'region' | 'sector') => {
    if (values.length === 1) attributes.push([name, values[0]!]);
    else if (values.length > 1) dropped.push(name);
  };
  one(state.filters.regions, 'region');
  one(state.filters.sectors, 'sector');
  if (state.year !== DEFAULT_STATE.year) attributes.push(['phase', String(state.year)]);
  const view = embedViewOf(state);
  if (view !== 'sites') attributes.push(['view', view]);
  // Written even when French: without it the embed would follow the host page's language.
  attributes.push(['lang', state.lang]);

  if (state.view === 'map' && !['sites', 'hexbin'].includes(state.layer)) dropped.push('layer');
  for (const [key, param] of FILTERS_WITHOUT_ATTRIBUTE) if (state.filters[key].length) dropped.push(param);
  const d = DEFAULT_STATE;
  if (state.metric !== d.metric) dropped.push('metric');
  if (state.level !== d.level) dropped.push('level');
  if (state.norm !== d.norm) dropped.push('norm');
  if (state.link) dropped.push('link');
  if (state.camera) dropped.push('cam');
  if (state.gapKm !== d.gapKm) dropped.push('gap');
  if (state.hexKm !== d.hexKm) dropped.push('hex');
  // The Évolutions view is the app's: an embed shows the map of one year.
  if (state.view === 'evolutions') dropped.push('view', 'evo');
  if (state.evoNet) dropped.push('evonet');
  if (state.diagram !== d.diagram) dropped.push('diagram');
  // The projects panel (and the list a user imports into it) is the app's.
  if (state.project) dropped.push('proj');
  if (state.projectsRow !== null || state.projectsBy !== d.projectsBy) dropped.push('pbreak');
  if (state.stage) dropped.push('stage');
  return { attributes, dropped };
}

// `base` is the folder where the app, embed.html and embed/ are published (an http(s) URL ending in /).

/** The link to the app showing `state` (every field kept). */
export function viewLink(state: ViewState, base: URL): string {
  return new URL(encodeHash(state), base).href;
}

/** The module script and the <poles-map> element, for pages that accept scripts. */
export function scriptSnippet(state: ViewState, base: URL): string {
  const src = new URL('embed/poles-map.js', base).href;
  const attributes = embedAttributes(state)
    .attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return (
    `<script type="module" src="${escapeAttribute(src)}"></script>\n` + `<poles-map${attributes}></poles-map>`
  );
}

/**
 * The <iframe> of embed.html with the view in its hash, for CMSs that forbid scripts. No `style`
 * attribute: a host page whose policy forbids inline styles would drop it (and report a violation).
 */
export function iframeSnippet(state: ViewState, base: URL, title: string): string {
  const src = new URL(`embed.html${encodeHash(state)}`, base).href;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="480" loading="lazy"></iframe>`
  );
}
