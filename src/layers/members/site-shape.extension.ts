// SPDX-License-Identifier: MIT
// A site's shape in the one members layer: a named local site is a filled diamond, a site placed at
// its head office (its local site unknown) a white disc in a ring of its kind's colour. The diamond
// is the layer's circle with its corners discarded, in the picking pass too: what is picked is what
// is drawn. One layer with a per-site attribute rather than two layers: the sites keep one array,
// uploaded once, that the year filter reuses (phase-filter.ts).
import { LayerExtension, type Layer } from '@deck.gl/core';

/** Shader code: the shape travels from the vertex to the fragment shader. */
const siteShape = {
  name: 'siteShape',
  vs: /* glsl */ `in float instanceSiteShapes;\nout float siteShape_diamond;\n`,
  fs: /* glsl */ `in float siteShape_diamond;\n`,
  inject: {
    'vs:#main-end': /* glsl */ `siteShape_diamond = instanceSiteShapes;`,
    // geometry.uv is the position in the circle's unit square (scatterplot fragment shader).
    'fs:DECKGL_FILTER_COLOR': /* glsl */ `
      if (siteShape_diamond > 0.5 && abs(geometry.uv.x) + abs(geometry.uv.y) > 1.0) discard;`,
  },
};

export interface SiteShapeProps<D> {
  /** 1 draws the datum as a diamond, 0 as the layer's circle. */
  getSiteShape?: (d: D) => number;
}

export class SiteShapeExtension extends LayerExtension {
  static override extensionName = 'SiteShapeExtension';

  override getShaders() {
    return { modules: [siteShape] };
  }

  override initializeState(this: Layer<SiteShapeProps<unknown>>) {
    this.getAttributeManager()?.addInstanced({
      instanceSiteShapes: { size: 1, accessor: 'getSiteShape', defaultValue: 0 },
    });
  }
}

/** One instance for every members layer, so that they share a shader program. */
export const SITE_SHAPE = new SiteShapeExtension();
