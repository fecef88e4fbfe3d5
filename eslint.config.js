// Flat config: typescript-eslint's recommended rules (syntax only, not type-checked, so `npm run
// lint` stays fast; `npm run typecheck` does the type checking) and the React hooks rules.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // examples/*: their own dependencies, Next.js build output and generated types.
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'reports/', 'coverage/', 'examples/*/node_modules/', 'examples/*/.next/', 'examples/*/next-env.d.ts'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      // `_`-prefixed names are deliberately unused (e.g. omitted props in a rest pattern).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tooling that runs in Node: configs and scripts.
    files: ['*.{js,mjs,ts}', 'scripts/**', '.storybook/main.ts', 'bench/**', 'examples/*/*.{js,mjs,ts}', 'examples/*/app/**/route.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests use Vitest's globals (tsconfig "types": ["vitest/globals"]).
    files: ['test/**'],
    languageOptions: { globals: { ...globals.node, ...globals.vitest } },
  },
);
