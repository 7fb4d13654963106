// ESLint (flat config): `npm run lint`, part of `npm test`, zero warnings allowed.
// typescript-eslint's type-aware recommended set: it catches promises nobody awaits or catches
// (`no-floating-promises`) and async functions handed to something that ignores the promise
// (`no-misused-promises`), the two bugs an event-driven engine and a React screen hide best.
// Each file is checked against the nearest tsconfig (the project service), so the renderer is
// typed with the DOM and Electron's main process with its own settings, as `npm run typecheck` does.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'out/', 'node_modules/', 'bench/results/', 'test-results/', 'playwright-report/', 'docs/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: globals.node,
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // The wall prints through its logger (JSON lines on stderr, secrets masked); a stray
      // console call bypasses both. Where a file deliberately prints, see the overrides below.
      'no-console': 'error',
      // `const { token: _token, ...rest } = x` is how the code drops a field; `_name` marks an unused parameter.
      // An `async` implementation of a Promise-returning interface with nothing to await is deliberate:
      // it turns a throw into a rejection, which callers handle.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Plain JavaScript (this file): no tsconfig covers it, so no type-aware rules.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The screens: browser globals, and the rules of hooks (call order, effect dependencies).
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Programs whose job is to print to a terminal: the command line, the Electron launcher and
    // its main entry (panel URLs, start-up failures before the logger exists), benchmarks, the fault suite, tests.
    files: [
      'src/main/cli/**',
      'src/main/electron/launch/**',
      'src/main/electron/main.ts',
      'bench/**',
      'fault/**',
      'eval/**',
      'test/**',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests read JSON.parse() results and vitest's asymmetric matchers (`expect.any()`), both typed `any`
    // on purpose, and the e2e specs' page.evaluate() callbacks run in the browser while their tsconfig
    // has no DOM types: the no-unsafe-* family would flag the idiom, not bugs.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
