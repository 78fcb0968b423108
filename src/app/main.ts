// SPDX-License-Identifier: MIT
// The standalone app: registers the elements; index.html holds <poles-app>.
import '../define.ts';
import { preloadEngine } from '../controllers/map.controller.ts';

// Now, while <poles-app> has started loading its data, rather than when its map first renders.
preloadEngine();
