// SPDX-License-Identifier: MIT
// A tiny static server standing for a site that embeds the map: a second origin (another loopback
// port than `vite preview`), whose host pages (tests/e2e/hosts/*.html) carry a Content-Security-Policy
// as a RESPONSE HEADER, as a real site's would, and which serves dist/embed/ under /embed/.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import type { Served } from '../harness.ts';

const HOSTS_DIR = resolve('tests/e2e/hosts');
const EMBED_DIR = resolve('dist/embed');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
};

export interface HostOptions {
  /** Content-Security-Policy header of the HTML pages; none when null. */
  csp: string | null;
  /** Where the pages load the embed from: replaces `%EMBED%` in them. @default '/embed/' */
  embedBase?: string;
  /** Sends `Access-Control-Allow-Origin: *`, as a server publishing the embed to other sites must. */
  cors?: boolean;
  /** Another folder served under /built/ (a page built by a test). */
  built?: string;
}

/** The file `path` under `root`, or null when it escapes `root` or does not exist. */
function fileUnder(root: string, path: string): string | null {
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root + '/') || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

/** Starts a host on 127.0.0.1 (a free port): /x.html from tests/e2e/hosts, /embed/… from dist/embed. */
export async function serveHost(options: HostOptions): Promise<Served> {
  if (!existsSync(join(EMBED_DIR, 'poles-map.js'))) {
    throw new Error('dist/embed/ is missing: run `npm run build` first');
  }
  const embedBase = options.embedBase ?? '/embed/';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    let file: string | null = null;
    if (path.startsWith('/embed/')) file = fileUnder(EMBED_DIR, path.slice('/embed/'.length));
    else if (path.startsWith('/built/') && options.built) file = fileUnder(options.built, path.slice(7));
    else file = fileUnder(HOSTS_DIR, path.slice(1));
    if (!file || file.endsWith('.ts')) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-store' };
    if (options.cors) headers['Access-Control-Allow-Origin'] = '*';
    let body: Buffer | string = readFileSync(file);
    if (type.startsWith('text/html')) {
      body = body.toString('utf8').replaceAll('%EMBED%', embedBase);
      if (options.csp) headers['Content-Security-Policy'] = options.csp;
    }
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        // Keep-alive connections from the browser would hold close() open.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * Builds the host page `name` of tests/e2e/hosts and its script (from the sources, with Vite) into a
 * new temporary folder, to be served under /built/: for an element that no built page of ours holds.
 */
export async function buildHostPage(name: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'poles-host-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: HOSTS_DIR,
    base: './',
    build: { outDir, target: 'es2022', rolldownOptions: { input: join(HOSTS_DIR, name) } },
  });
  return outDir;
}
