// SPDX-License-Identifier: MIT
// The current Code officiel géographique from @etalab/decoupage-administratif (MIT): départements
// and régions of communes, postal codes, and what became of retired commune codes. Read with fs
// rather than imported, so that TypeScript does not type-check 8 MB of JSON literals.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface CogCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  zone?: string;
  departement?: string;
  region?: string;
  /** For a commune déléguée/associée: the commune it belongs to now. */
  chefLieu?: string;
  /** For an arrondissement municipal: its commune (Paris, Lyon, Marseille). */
  commune?: string;
  codesPostaux?: string[];
  /** Population légale, on communes actuelles only (the package states no census year: data/README.md). */
  population?: number;
}

export interface CogDepartement {
  code: string;
  nom: string;
  region: string;
}

export interface Cog {
  /** `name@version`, recorded in the manifest. */
  package: string;
  communes: CogCommune[];
  departements: CogDepartement[];
}

const PACKAGE = '@etalab/decoupage-administratif';

export function loadCog(): Cog {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve(`${PACKAGE}/package.json`));
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
  const { version } = read<{ version: string }>('package.json');
  return {
    package: `${PACKAGE}@${version}`,
    communes: read<CogCommune[]>('data/communes.json'),
    departements: read<CogDepartement[]>('data/departements.json'),
  };
}

export function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  const file = require.resolve(`${name}/package.json`);
  return `${name}@${(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version}`;
}

export function packageFile(name: string, file: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`${name}/package.json`)), file);
}
