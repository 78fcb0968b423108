// SPDX-License-Identifier: MIT
// The set-up of the e2e files that drive host pages embedding <poles-map>: a Chromium and the host
// server under the strict policy (and the app's server when a test compares with the app), started
// before the file's tests and closed after them. Each of those files repeated it.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveDist, type Served } from '../harness.ts';
import { serveHost } from './server.ts';
import { STRICT_POLICY } from './embed-page.ts';

export interface HostSuite {
  browser: Browser;
  /** Serves tests/e2e/hosts and the embed under STRICT_POLICY. */
  host: Served;
}

export interface HostAndAppSuite extends HostSuite {
  /** The built app (serveDist()). */
  preview: Served;
}

/**
 * Registers the hooks that fill the returned object: read its fields in tests and hooks only (at
 * module level they are not set yet). Later beforeAll hooks of the file run after these (vitest runs
 * them in order), so they may use the browser and the servers.
 */
export function hostSuite(): HostSuite;
export function hostSuite(options: { preview: true }): HostAndAppSuite;
export function hostSuite(options: { preview?: boolean } = {}): HostSuite & Partial<HostAndAppSuite> {
  const suite = {} as HostSuite & Partial<HostAndAppSuite>;
  beforeAll(async () => {
    suite.browser = await launchChromium();
    if (options.preview) suite.preview = await serveDist();
    suite.host = await serveHost({ csp: STRICT_POLICY });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.host?.close();
    await suite.preview?.close();
  });
  return suite;
}
