// SPDX-License-Identifier: MIT
// A Vite plugin that writes THIRD-PARTY-NOTICES.txt next to the bundles of a build: for every npm
// package whose code ends up in an output chunk (the workers' included), its name, version, licence
// and full licence text, read from node_modules. MapLibre (BSD-3-Clause), lit (BSD-3-Clause) and
// the MIT/ISC packages ask for their notice to travel with the code; the bundles carry it this way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

export interface PackageRef {
  name: string;
  /** The package's folder (…/node_modules/<name>). */
  dir: string;
}

/** The package a bundled module belongs to, from its id (null for our own code and virtual modules). */
export function packageOf(moduleId: string): PackageRef | null {
  const path = moduleId.replace(/^\0/, '').replace(/\?.*$/, '').replace(/\\/g, '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = path.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  if (!name || name.startsWith('.')) return null;
  return { name, dir: path.slice(0, at + '/node_modules/'.length) + name };
}

export interface Notice {
  name: string;
  version: string;
  licence: string;
  text: string;
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** Name, version, licence and licence text of a package, as its folder gives them. */
export function noticeOf(pkg: PackageRef): Notice {
  const json = JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as {
    version?: string;
    license?: string | { type?: string };
  };
  const licence = typeof json.license === 'string' ? json.license : (json.license?.type ?? 'unknown');
  const files = existsSync(pkg.dir)
    ? readdirSync(pkg.dir)
        .filter((f) => LICENCE_FILE.test(f))
        .sort()
    : [];
  const text = files.map((f) => readFileSync(join(pkg.dir, f), 'utf8').trim()).join('\n\n');
  return {
    name: pkg.name,
    version: json.version ?? 'unknown',
    licence,
    text: text || `(The package ships no licence file; its package.json declares ${licence}.)`,
  };
}

export function formatNotices(notices: readonly Notice[]): string {
  const sorted = [...notices].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const head = [
    'Third-party software in these files',
    '',
    'The code of this folder includes the following npm packages, each under its own licence, whose',
    'full text follows. The project itself is under the MIT licence (LICENSE in its repository).',
    '',
    ...sorted.map((n) => `- ${n.name} ${n.version} (${n.licence})`),
  ];
  const bodies = sorted.map((n) => `${'='.repeat(78)}\n${n.name} ${n.version} (${n.licence})\n\n${n.text}`);
  return `${[head.join('\n'), ...bodies].join('\n\n')}\n`;
}

interface BundleChunk {
  type: 'chunk' | 'asset';
  moduleIds?: readonly string[];
}

/**
 * The plugin, and its part for the workers' own builds (`worker.plugins`): both collect the packages
 * of their chunks; the main build, which finishes after its workers, writes the file.
 */
export function licenceNotices(): { main: Plugin; worker: Plugin } {
  const packages = new Map<string, PackageRef>();
  const collect = (bundle: Record<string, BundleChunk>): void => {
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') continue;
      for (const id of output.moduleIds ?? []) {
        const pkg = packageOf(id);
        if (pkg && !packages.has(pkg.dir)) packages.set(pkg.dir, pkg);
      }
    }
  };
  return {
    worker: {
      name: 'poles-licence-notices-worker',
      generateBundle(_options, bundle) {
        collect(bundle);
      },
    },
    main: {
      name: 'poles-licence-notices',
      apply: 'build',
      generateBundle(_options, bundle) {
        collect(bundle);
        const notices = [...packages.values()].map(noticeOf);
        this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: formatNotices(notices) });
      },
    },
  };
}
