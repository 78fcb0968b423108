// SPDX-License-Identifier: MIT
// Elements that only some views show, defined on first need: each is its own chunk (named view.* by
// the builds, see scripts/chunk-names.ts), so that the default map does not download the diagrams,
// the no-WebGL map, the tables or the profile. Until defined, a tag in a template is an unknown
// element; lit keeps the properties set on it and the element renders them once upgraded.
const LOADERS = {
  'pole-profile': () => import('./pole-profile/pole-profile.component.ts').then((m) => m.PoleProfile),
  'poles-early-map': () =>
    import('./poles-early-map/poles-early-map.component.ts').then((m) => m.PolesEarlyMap),
  'poles-evolutions': () =>
    import('./poles-evolutions/poles-evolutions.component.ts').then((m) => m.PolesEvolutions),
  'poles-fallback': () => import('./poles-fallback/poles-fallback.component.ts').then((m) => m.PolesFallback),
  'poles-finder': () => import('./poles-finder/poles-finder.component.ts').then((m) => m.PolesFinder),
  'poles-gaps': () => import('./poles-gaps/poles-gaps.component.ts').then((m) => m.PolesGaps),
  'poles-legend': () => import('./poles-legend/poles-legend.component.ts').then((m) => m.PolesLegend),
  'poles-links': () => import('./poles-links/poles-links.component.ts').then((m) => m.PolesLinks),
  'poles-projects': () => import('./poles-projects/poles-projects.component.ts').then((m) => m.PolesProjects),
  'poles-table': () => import('./poles-table/poles-table.component.ts').then((m) => m.PolesTable),
  'poles-tour-editor': () =>
    import('./poles-tour-editor/poles-tour-editor.component.ts').then((m) => m.PolesTourEditor),
} satisfies Record<string, () => Promise<CustomElementConstructor>>;

export type LazyTag = keyof typeof LOADERS;

const pending = new Map<LazyTag, Promise<void>>();

/**
 * Defines `tag` (once; at most one download), resolving when it is defined. A failed download is
 * reported on the console and tried again on the next need, e.g. when the network is back.
 */
export function need(tag: LazyTag): Promise<void> {
  let loading = pending.get(tag);
  if (!loading) {
    loading = LOADERS[tag]().then(
      (ctor) => {
        // Another script of ours on the page (the app and the embed module) may have defined it.
        if (!customElements.get(tag)) customElements.define(tag, ctor);
      },
      (error: unknown) => {
        pending.delete(tag);
        console.error(`<${tag}> could not be loaded:`, error);
        throw error;
      },
    );
    pending.set(tag, loading);
  }
  return loading;
}

/** Defines every element in `tags` whose condition holds; nothing waits for them. */
export function needWhen(tags: Partial<Record<LazyTag, boolean>>): void {
  for (const [tag, wanted] of Object.entries(tags) as [LazyTag, boolean][]) {
    if (wanted) need(tag).catch(() => undefined);
  }
}
