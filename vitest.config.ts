// SPDX-License-Identifier: MIT
import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests in Node (pure data, geo, layout code), and end-to-end tests that
// drive Debian's Chromium against the built app (`vite build` runs first, see package.json).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          // One browser at a time: SwiftShader WebGL is CPU-bound on 2 cores.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
