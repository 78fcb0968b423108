// SPDX-License-Identifier: MIT
// The app's "Présenter": the view on screen as a tour of one stop, opened in present.html with the
// view's hash in the query (`present.html?state=v%3D1%26year%3D2010`), so that the stop survives a
// reload and reaches the presenter view's window too. Its title and caption are figures computed
// from the data for that view, never words about it that could be wrong.
import { t } from '../i18n/messages.ts';
import { encodeHash } from '../state/hash.ts';
import type { ViewState } from '../state/view-state.ts';
import type { TourStopJson } from './tour.ts';

/** The query parameter of present.html that holds the view to present. */
export const STATE_PARAM = 'state';

/**
 * The tour JSON of one stop showing `hash` (an app hash, `#` optional). The language is the
 * presenter's, and the camera is left out: the stage frames the view's subject for its own size.
 */
export function currentViewTour(hash: string): { stops: TourStopJson[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('lang');
  params.delete('cam');
  const text = (key: 'presenter.current.title' | 'presenter.current.caption') => ({
    fr: t('fr', key),
    en: t('en', key),
  });
  return {
    stops: [
      {
        state: `#${params.toString()}`,
        title: text('presenter.current.title'),
        caption: text('presenter.current.caption'),
      },
    ],
  };
}

/** The address of present.html showing `state`, relative to the app's page, in its language. */
export function presentHref(state: ViewState): string {
  const query = new URLSearchParams({ [STATE_PARAM]: encodeHash(state).slice(1) });
  return `present.html?${query.toString()}#stop=1&lang=${state.lang}`;
}
