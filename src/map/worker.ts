// SPDX-License-Identifier: MIT
// MapLibre 6 needs its worker URL once, or it silently draws no vector data (TOOLCHAIN.md).
// `?worker&url` keeps the worker a same-origin file with its shared chunk, as `worker-src 'self'` wants.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
