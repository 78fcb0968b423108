// @vitest-environment jsdom
// SPDX-License-Identifier: MIT
// The snippets of the "Partager / Intégrer" dialog: what each view becomes as <poles-map> attributes,
// the exact text offered, attribute escaping (a pôle id cannot break out of its attribute), and
// agreement with the iframe page (hash) and with <poles-map>'s own attribute parser.
import { describe, expect, it } from 'vitest';
import { parseAttributes, NO_ATTRIBUTES } from '../../src/elements/poles-map/attributes.ts';
import {
  embedAttributes,
  escapeAttribute,
  iframeSnippet,
  scriptSnippet,
  viewLink,
} from '../../src/elements/poles-share/snippets.ts';
import { decodeHash, encodeHash } from '../../src/state/hash.ts';
import { DEFAULT_STATE, EMPTY_FILTERS, type ViewState } from '../../src/state/view-state.ts';

const BASE = new URL('https://example.org/poles/');
const view = (patch: Partial<ViewState>, filters: Partial<ViewState['filters']> = {}): ViewState => ({
  ...DEFAULT_STATE,
  ...patch,
  filters: { ...EMPTY_FILTERS, ...filters },
});
const parse = (snippet: string) => new DOMParser().parseFromString(snippet, 'text/html');

describe('embedAttributes', () => {
  it('writes only the language for the default view', () => {
    expect(embedAttributes(DEFAULT_STATE)).toEqual({ attributes: [['lang', 'fr']], dropped: [] });
  });

  it('maps the pôle, one région, one sector, the year and the layer to attributes', () => {
    const state = view(
      { pole: 'minalogic', year: 2010, layer: 'hexbin', lang: 'en' },
      { regions: ['84'], sectors: ['numerique'] },
    );
    expect(embedAttributes(state)).toEqual({
      attributes: [
        ['pole', 'minalogic'],
        ['region', '84'],
        ['sector', 'numerique'],
        ['phase', '2010'],
        ['view', 'density'],
        ['lang', 'en'],
      ],
      dropped: [],
    });
    expect(embedAttributes(view({ view: 'links' })).attributes).toContainEqual(['view', 'links']);
  });

  it('leaves out what no attribute carries, and says so with the hash names', () => {
    const state = view(
      { layer: 'choropleth', metric: 'sites', camera: { lon: 2, lat: 46, zoom: 5 }, link: 'pole:x' },
      { regions: ['84', '76'], kinds: ['pme'] },
    );
    const { attributes, dropped } = embedAttributes(state);
    // Two régions: the embed shows all of France rather than one région of the two.
    expect(attributes).toEqual([['lang', 'fr']]);
    expect(dropped).toEqual(['region', 'layer', 'kind', 'metric', 'link', 'cam']);
    // The projects panel's selection is the app's (the embed has no projects panel).
    const projects = view({ project: 'SYN-003', projectsRow: 'CA:Québec', stage: 'abouti' }, {});
    expect(embedAttributes(projects).dropped).toEqual(['proj', 'pbreak', 'stage']);
  });

  it('gives attributes that <poles-map> reads back to the same view, with nothing rejected', () => {
    const state = view({ pole: 'minalogic', year: 2012, layer: 'hexbin', lang: 'en' }, { regions: ['84'] });
    const raw = { ...NO_ATTRIBUTES, ...Object.fromEntries(embedAttributes(state).attributes) };
    const parsed = parseAttributes(raw, BASE.href);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.state).toMatchObject({
      pole: 'minalogic',
      year: 2012,
      view: 'map',
      layer: 'hexbin',
      lang: 'en',
      filters: { regions: ['84'], sectors: [] },
    });
  });

  it('gives the iframe page (which reads the hash) the attributes of the script embed', () => {
    const state = view({ pole: 'minalogic', year: 2008, lang: 'en' }, { sectors: ['numerique'] });
    expect(embedAttributes(decodeHash(encodeHash(state)).state)).toEqual(embedAttributes(state));
  });
});

describe('the snippets', () => {
  const state = view({ pole: 'pole-mer-bretagne-atlantique', year: 2010 }, { regions: ['53'] });

  it('writes the module script and the element with its attributes', () => {
    expect(scriptSnippet(state, BASE)).toBe(
      '<script type="module" src="https://example.org/poles/embed/poles-map.js"></script>\n' +
        '<poles-map pole="pole-mer-bretagne-atlantique" region="53" phase="2010" lang="fr"></poles-map>',
    );
  });

  it('writes an iframe of embed.html with the view in its hash, & escaped, and a title', () => {
    const snippet = iframeSnippet(state, BASE, 'Carte des "pôles"');
    expect(snippet).toContain('embed.html#v=1&amp;year=2010&amp;region=53&amp;pole=');
    const iframe = parse(snippet).querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(`https://example.org/poles/embed.html${encodeHash(state)}`);
    expect(iframe.getAttribute('title')).toBe('Carte des "pôles"');
    expect(iframe.hasAttribute('style')).toBe(false);
  });

  it('links to the app with every field of the view', () => {
    const full = view({ layer: 'choropleth', camera: { lon: 2, lat: 46, zoom: 5 } }, { kinds: ['pme'] });
    const link = viewLink(full, BASE);
    expect(link.startsWith('https://example.org/poles/#v=1&')).toBe(true);
    expect(decodeHash(new URL(link).hash).state).toEqual(full);
  });

  it('keeps a hostile pôle id inside its attribute', () => {
    const hostile = `x" onload="window.__xss=1"><script>window.__xss=2</script><b a='`;
    const document = parse(scriptSnippet(view({ pole: hostile }), BASE));
    const map = document.querySelector('poles-map')!;
    expect(map.getAttribute('pole')).toBe(hostile);
    expect(map.getAttributeNames()).toEqual(['pole', 'lang']);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.querySelector('b')).toBeNull();
  });

  it('escapes the five characters that matter in an attribute', () => {
    expect(escapeAttribute(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
  });
});
