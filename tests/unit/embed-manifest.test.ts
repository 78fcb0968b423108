// SPDX-License-Identifier: MIT
// custom-elements.json: committed, regenerated here in memory from the sources (`npm run cem`
// rewrites it), and carrying the public contract of the embedded elements.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANIFEST_PATH, buildManifest, renderManifest } from '../../scripts/custom-elements.ts';

const declaration = (tagName: string) =>
  buildManifest()
    .modules.flatMap((m) => m.declarations)
    .find((d) => d.tagName === tagName)!;
const names = (items: { name: string }[]) => items.map((i) => i.name);

describe('custom-elements.json', () => {
  it('is up to date with the sources (run `npm run cem`)', async () => {
    expect(readFileSync(MANIFEST_PATH, 'utf8')).toBe(await renderManifest());
  });

  it('describes the attributes, events, parts and custom properties of <poles-map>', () => {
    const map = declaration('poles-map');
    expect(names(map.attributes)).toEqual(
      expect.arrayContaining([
        'pole',
        'region',
        'sector',
        'phase',
        'view',
        'lang',
        'ui',
        'members-src',
        'basemap',
      ]),
    );
    expect(map.attributes.find((a) => a.name === 'members-src')).toMatchObject({ fieldName: 'membersSrc' });
    expect(map.members.filter((m) => m.attribute).every((m) => m.reflects)).toBe(true);
    expect(names(map.events)).toEqual(expect.arrayContaining(['pole-select', 'view-change', 'error']));
    expect(names(map.cssParts)).toEqual(expect.arrayContaining(['map', 'legend', 'attribution', 'insets']));
    expect(map.cssProperties).toContainEqual(
      expect.objectContaining({ name: '--poles-map-min-height', default: '320px' }),
    );
    expect(map.members).toContainEqual(expect.objectContaining({ kind: 'method', name: 'project' }));
    expect(map.members).toContainEqual(
      expect.objectContaining({ kind: 'field', name: 'ready', readonly: true }),
    );
    // Lifecycle callbacks and private state are not API.
    expect(names(map.members)).not.toContain('render');
    expect(names(map.members)).not.toContain('failure');
  });

  it('describes <poles-links> and where both elements are defined', () => {
    const links = declaration('poles-links');
    expect(names(links.attributes)).toEqual(
      expect.arrayContaining(['view', 'phase', 'group-by', 'selected']),
    );
    expect(names(links.events)).toContain('link-select');
    const definitions = buildManifest().modules.find((m) => m.path === 'src/embed.ts')!.exports;
    expect(definitions.map((e) => [e.kind, e.name])).toEqual([
      ['custom-element-definition', 'poles-map'],
      ['custom-element-definition', 'poles-links'],
    ]);
  });
});
