// SPDX-License-Identifier: MIT
import { chunkFileName } from './scripts/chunk-names.ts';
import { licenceNotices } from './scripts/licence-notices.ts';
import { SW_FILE, serviceWorkerBuild } from './scripts/service-worker-build.ts';
import { defineConfig } from 'vite';

const notices = licenceNotices();

// Relative base: the built app works from any folder (a sub-path of a regional site, a file share).
export default defineConfig({
  base: './',
  // dist/THIRD-PARTY-NOTICES.txt: the licences of the packages bundled, workers included.
  // dist/sw.js: the service worker of the app and the presenter, with its precache list and version.
  plugins: [notices.main, serviceWorkerBuild()],
  worker: { plugins: () => [notices.worker] },
  build: {
    target: 'es2022',
    sourcemap: false,
    // MapLibre alone is ~800 kB minified; its size is watched by the bundle budget, not this warning.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The app, the iframe page for CMSs without scripts, the embedding demo and the big-screen
      // presenter, and their service worker. The embed module itself (dist/embed/) has its own
      // build: vite.embed.config.ts, which has no service worker.
      input: {
        index: 'index.html',
        embed: 'embed.html',
        demo: 'demo.html',
        present: 'present.html',
        sw: 'src/sw/sw.ts',
      },
      output: {
        chunkFileNames: chunkFileName,
        // The worker keeps one name across builds: the browser compares its bytes to find a new version.
        entryFileNames: (chunk) => (chunk.name === 'sw' ? SW_FILE : 'assets/[name]-[hash].js'),
      },
    },
  },
  preview: { port: 4173, strictPort: false },
});
