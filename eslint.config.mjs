// The house plan as rules (DESIGN.md, Style 13): which package may import which, no web feature reaching into another,
// configuration read only in env.ts, stdout left to the server's logger. Layout is Prettier's alone (eslint-config-prettier last).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SOURCES = ['shared/src/**/*.{ts,tsx}', 'db/src/**/*.{ts,tsx}', 'server/src/**/*.{ts,tsx}', 'web/src/**/*.{ts,tsx}'];

export default defineConfig(
  { ignores: ['**/node_modules/', '**/dist/', '**/dist-ssr/', 'docs/', 'web/public/', 'test-results/'] },

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore marks a binding kept on purpose: a field taken out of an object by destructuring, a slot.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Frozen migrations take Kysely<any> (DESIGN.md, "Frozen migrations"): typing them with today's Database would let a
  // later schema change alter what an old migration means.
  { files: ['db/src/migrations/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['web/src/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },

  // Type-aware rules only where a dropped promise costs most (a decision not written, an error nobody hears), and only
  // there, so linting stays fast: the server and the database layer.
  {
    files: ['server/src/**/*.ts', 'db/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },

  // Import boundaries: web → shared (and the server's AppType, as a type only); server → db → shared; shared imports
  // nothing of ours; a web feature uses web/src/lib and web/src/app, never another feature.
  {
    files: SOURCES,
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      // Re-exports and lazy imports cross boundaries too, not only import statements.
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'import/resolver': { typescript: { alwaysTryTypes: true, project: ['*/tsconfig.json'], noWarnOnMultipleProjects: true } },
      'boundaries/elements': [
        { type: 'shared', pattern: 'shared/src', partialMatch: false },
        // Listed before db: the first pattern that matches names the element.
        { type: 'migration', pattern: 'db/src/migrations', partialMatch: false },
        { type: 'db', pattern: 'db/src', partialMatch: false },
        { type: 'server', pattern: 'server/src', partialMatch: false },
        // Each feature folder is an element of its own: imports inside it are internal, and one feature importing another
        // is a dependency between two web-feature elements, which no policy below allows.
        { type: 'web-feature', pattern: 'web/src/features/*', partialMatch: false },
        { type: 'web-lib', pattern: 'web/src/lib', partialMatch: false },
        { type: 'web-app', pattern: 'web/src/app', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            // No policy lets a migration import anything of ours: frozen, it never changes meaning when the code around it does.
            { from: { element: { type: 'db' } }, allow: { to: { element: { type: ['shared', 'migration'] } } } },
            { from: { element: { type: 'server' } }, allow: { to: { element: { type: ['db', 'shared'] } } } },
            {
              from: { element: { type: ['web-feature', 'web-lib', 'web-app'] } },
              allow: [
                { to: { element: { type: ['shared', 'web-lib', 'web-app'] } } },
                // The typed Hono client needs the server's routes as a type; nothing of the server reaches the bundle.
                { to: { element: { type: 'server', fileInternalPath: 'app-type.ts' } }, dependency: { kind: 'type' } },
              ],
            },
            // The app composes the features (routes, layout); a feature never reaches into another one.
            { from: { element: { type: 'web-app' } }, allow: { to: { element: { type: 'web-feature' } } } },
          ],
        },
      ],
    },
  },

  // Configuration is parsed once, in env.ts; everything else is handed what it needs. Tests and the build scripts
  // (scripts/, web/scripts/, web/vite.config.ts) are exempt: they set up processes and read the test harness's variables.
  {
    files: SOURCES,
    ignores: ['*/src/env.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in env.ts (parsed once, with zod) and pass it in.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['process', 'node:process'].map((name) => ({
            name,
            importNames: ['env'],
            message: 'Read configuration in env.ts (parsed once, with zod) and pass it in.',
          })),
        },
      ],
    },
  },

  // stdout is the server's log (JSON lines through server/src/http/logger.ts): nothing else may write to it.
  // console.error/warn go to stderr, the last resort when there is no logger (a bad environment, a dying worker).
  {
    files: SOURCES,
    rules: { 'no-console': ['error', { allow: ['error', 'warn'] }] },
  },
  // The command-line tools (backup, restore, verify-history) answer their user on stdout; that is their interface, not a log.
  { files: ['server/src/cli/**/*.ts'], rules: { 'no-console': 'off' } },

  prettier,
);
