// SPDX-License-Identifier: MIT
// present.html: the presenter for a big screen. <poles-presenter> is registered here rather than in
// define.ts, so that the app's first download does not carry the presenter. The tour is the default
// one, the editor's (`?local-tour`) or a file (`?tour=<url>`): the element is defined once it is
// there, so that the default tour never flashes before the chosen one; a tour that cannot be read
// is refused with its problems (tour-failure.ts).
import './engine-preload.ts';
import '../define.ts';
import { PolesPresenter } from '../elements/poles-presenter/poles-presenter.component.ts';
import { fetchTour, localTour, tourSource, type TourSource } from '../tour/source.ts';
import { browserStorage } from '../tour/store.ts';
import type { Tour } from '../tour/tour.ts';
import { registerServiceWorker } from './service-worker.ts';
import { showTourFailure } from './tour-failure.ts';

/** The chosen tour, or null for the default one (the element's own). */
async function chosenTour(source: TourSource): Promise<Tour | null> {
  if (source.kind === 'local') return localTour(browserStorage());
  if (source.kind === 'url') return fetchTour(source.url);
  return null;
}

const element = document.querySelector('poles-presenter');
// `present.html?presenter`: the presenter view (key P opens it), in step with the stage.
if (new URLSearchParams(window.location.search).has('presenter')) element?.setAttribute('speaker', '');

/** Where the tour comes from; null (and the failure shown) when `?tour=` is no http(s) URL. */
function chosenSource(): TourSource | null {
  try {
    return tourSource(window.location.search, window.location.href);
  } catch (error) {
    showTourFailure(element, error);
    return null;
  }
}

const source = chosenSource();
if (source)
  chosenTour(source).then(
    (tour) => {
      // Set before the upgrade: lit keeps a property set on the element before its definition.
      if (tour && element) (element as PolesPresenter).tour = tour;
      customElements.define('poles-presenter', PolesPresenter);
    },
    (error: unknown) => showTourFailure(element, error),
  );
// The tour of `?tour=` works offline too once visited with the network, like the data (precached).
registerServiceWorker(source?.kind === 'url' ? [source.url] : []);
