// SPDX-License-Identifier: MIT
// Imported first by the pages' entries: ES modules run in import order, so the WebGL2 probe and the
// engine download start before the app's other modules are evaluated (~0.2 s on a slow machine),
// rather than after them. The map's first frame waits for that download.
import { preloadEngine } from '../controllers/map.controller.ts';

preloadEngine();
