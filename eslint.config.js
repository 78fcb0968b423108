// SPDX-License-Identifier: MIT
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Data strings are text, never HTML (ENGINEERING.md B.5): the HTML sinks are banned outright.
const htmlSinks = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'innerHTML is banned: use textContent or lit templates.',
  },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML is banned.' },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'insertAdjacentHTML is banned.',
  },
  {
    selector: "CallExpression[callee.property.name='setHTML']",
    message: 'setHTML is banned: use setText or setDOMContent.',
  },
  {
    selector: "CallExpression[callee.property.name='html'][arguments.length>0]",
    message: 'd3 .html() is banned: use .text().',
  },
  { selector: "Identifier[name='unsafeHTML']", message: 'unsafeHTML is banned.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'tests/output', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      // French text holds narrow no-break spaces (U+202F) before : ; ! ? in templates as in strings.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3', message: 'Import the d3 submodule you need (d3-geo, d3-scale...).' },
            { name: 'deck.gl', message: 'Import the scoped @deck.gl/* packages.' },
            { name: '@deck.gl/mapbox', message: 'Use @deck.gl/maplibre with MapLibre 6 (TOOLCHAIN.md).' },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
