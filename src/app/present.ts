// SPDX-License-Identifier: MIT
// present.html: the presenter for a big screen. <poles-presenter> is registered here rather than in
// define.ts, so that the app's first download does not carry the presenter.
import './engine-preload.ts';
import '../define.ts';
import { PolesPresenter } from '../elements/poles-presenter/poles-presenter.component.ts';

customElements.define('poles-presenter', PolesPresenter);
