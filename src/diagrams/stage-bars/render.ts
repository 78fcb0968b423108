// SPDX-License-Identifier: MIT
// Draws the stage's bars (layout.ts) as an SVG whose lengths are in em and percents of its width:
// its text takes the type size of the page's style (24 px at 1080p on the stage) and the bars the
// width of their box, with no measuring, no script-set style and no viewBox that would shrink them.
import { html, svg } from 'lit';
import { plural, t, type Lang, type MessageKey } from '../../i18n/messages.ts';
import { countryName } from '../texts.ts';
import type { StageBars } from './layout.ts';

/** Height of a row, and of a bar in it, in em. */
const ROW = 1.6;
const BAR = 1.1;
/** Where the names end and the bars start, and the longest bar, in % of the width. */
const NAMES = 40;
const BARS_FROM = 42;
const BARS_MAX = 46;

export function renderStageBars(lang: Lang, bars: StageBars, title: string) {
  const name = (key: string) =>
    bars.mode === 'countries' ? countryName(lang, key) : t(lang, `links.kind.${key}` as MessageKey);
  return html`<figure class="stage-bars">
    <figcaption>${title}</figcaption>
    <svg role="img" aria-label=${title} width="100%" height=${`${bars.bars.length * ROW + 0.4}em`}>
      ${bars.bars.map((bar, i) => {
        const y = i * ROW;
        return svg`<g class=${bar.emphasis ? 'emphasis' : ''}>
          <text x=${`${NAMES}%`} y=${`${y + BAR / 2}em`} dy="0.35em" text-anchor="end">${name(bar.key)}</text>
          <rect x=${`${BARS_FROM}%`} y=${`${y}em`} width=${`${Math.max(bar.share * BARS_MAX, 0.3)}%`} height=${`${BAR}em`} fill=${bar.colour}></rect>
          <text x=${`${BARS_FROM + bar.share * BARS_MAX}%`} dx="0.3em" y=${`${y + BAR / 2}em`} dy="0.35em">${bar.value}</text>
        </g>`;
      })}
    </svg>
    ${bars.more ? html`<p class="more">${plural(lang, 'presenter.bars.more', bars.more)}</p>` : ''}
  </figure>`;
}
