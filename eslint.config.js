// Runs before typescript-eslint loads: see the file for why.
import './scripts/eslint-typescript6.mjs';

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      // jsPDF's own source, copied as it is (scripts/vendor-jspdf.mjs).
      'src/vendor/**',
      'dist/',
      'server/dist/',
      'storybook-static/',
      'tmp/',
      'demo/', // the demo pages' glue script, outside the library, its tests and its stories
      'test/consumers/*/', // integrators' apps, with their own dependencies: what the README quotes
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      globals: { ...globals.browser },
      // Each TypeScript file is checked with the tsconfig.json nearest to it (server/ has its own).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { id: _, ...rest } = x` is how this code base leaves a property out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's describe() and it() return promises that the runner itself awaits.
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
            // @open-wc/semantic-dom-diff types every chai `.equal()` as a promise; only `.dom` ones can be.
            { from: 'package', package: 'chai', name: 'Equal' },
          ],
        },
      ],
    },
  },
  {
    // JavaScript files are in no tsconfig.json, so they get no type-aware rules.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Code that runs in Node: the server, scripts, node:test suites, test-runner plugins, config files.
    files: [
      'server/**',
      'scripts/**',
      'test/build/*.mjs',
      'test/consumers/*.mjs',
      'test/storybook/**',
      'test/support/*.mjs',
      '*.{js,mjs,ts}',
      '.storybook/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // chai's property assertions (`expect(x).to.be.true`, `.to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['src/components/**/*.ts'],
    rules: {
      // Lit calls template listeners (`@click=${this.handleClick}`) with `this` bound to the element.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
