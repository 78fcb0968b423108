// SPDX-License-Identifier: MIT
// present.html: the presenter for a big screen. <poles-presenter> is registered here rather than in
// define.ts, so that the app's first download does not carry the presenter.
import './engine-preload.ts';
import '../define.ts';
import { PolesPresenter } from '../elements/poles-presenter/poles-presenter.component.ts';

// `present.html?presenter`: the presenter view (key P opens it), in step with the stage.
if (new URLSearchParams(window.location.search).has('presenter'))
  document.querySelector('poles-presenter')?.setAttribute('speaker', '');
customElements.define('poles-presenter', PolesPresenter);
