// Flat config: typescript-eslint's recommended rules (syntax only, not type-checked, so `npm run
// lint` stays fast; `npm run typecheck` does the type checking) and the React hooks rules.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers' walls (DESIGN.md "Architecture"): which folders of ours, and which React packages, each
 * layer may import. A rule per layer, so a wrong import names the wall it crosses.
 */
const REACT_PACKAGES = { regex: '^(react|react-dom)(/.*)?$|^@tanstack/react-|^@radix-ui/', message: 'This layer knows no React.' };
const wall = (folders, why) => ({ regex: `^\\.{1,2}/(.*/)?(${folders.join('|')})(/|$)`, message: why });
const LAYER_WALLS = [
  {
    files: ['src/core/**'],
    patterns: [wall(['adapters', 'data', 'components', 'server'], 'The core imports nothing else of ours.'), REACT_PACKAGES],
  },
  {
    files: ['src/adapters/**'],
    patterns: [wall(['data', 'components', 'server'], 'Adapters import only the core.'), REACT_PACKAGES],
  },
  {
    files: ['src/data/**'],
    patterns: [wall(['components', 'server'], 'The data layer knows no component (and none of their words).')],
  },
  {
    files: ['src/components/**'],
    patterns: [
      wall(['adapters'], 'Components reach data only through src/data: import adapter types with `import type`.'),
      wall(['server'], 'Components know nothing of the server.'),
    ],
    allowTypeImports: true,
  },
  {
    files: ['src/server/**'],
    patterns: [wall(['data', 'components'], 'The server imports only the core and the adapters.'), REACT_PACKAGES],
  },
];

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
  ...LAYER_WALLS.map(({ files, patterns, allowTypeImports = false }) => ({
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: patterns.map((pattern) => ({ ...pattern, allowTypeImports })) },
      ],
    },
  })),
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
