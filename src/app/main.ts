// SPDX-License-Identifier: MIT
// The standalone app: registers the elements; index.html holds <poles-app>.
import './engine-preload.ts';
import '../define.ts';
import { registerServiceWorker } from './service-worker.ts';

registerServiceWorker();
