// SPDX-License-Identifier: MIT
// present.html: the presenter for a big screen. <poles-presenter> is registered here rather than in
// define.ts, so that the app's first download does not carry the presenter.
import '../define.ts';
import { preloadEngine } from '../controllers/map.controller.ts';
import { PolesPresenter } from '../elements/poles-presenter/poles-presenter.component.ts';

customElements.define('poles-presenter', PolesPresenter);
// Its stage is a map: the engine download starts now rather than when the map first renders.
preloadEngine();
