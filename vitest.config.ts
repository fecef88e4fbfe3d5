/// <reference types="node" />
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

import { chromiumArgs, resolveChromiumPath } from './scripts/chromium-path.mjs';
import { armDownload, takeDownload } from './test/support/download-commands';

const dirname = path.dirname(fileURLToPath(import.meta.url));

let chromiumPath: string | undefined;

/** Dependencies the browser projects load, for Vite to pre-bundle before the first test. */
const BROWSER_DEPENDENCIES = [
  '@tanstack/react-table',
  '@tanstack/react-virtual',
  '@tanstack/react-query',
  'clsx',
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
];

/**
 * One headless Chromium for every browser-mode project. A fresh object per project, because Vitest
 * writes each project's name into its `instances`. `executablePath` is a getter so that Chromium
 * is looked up only when a browser project launches: `vitest run --project unit` works without it.
 */
function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        args: chromiumArgs,
        get executablePath() {
          chromiumPath ??= resolveChromiumPath();
          return chromiumPath;
        },
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

export default defineConfig({
  test: {
    // In CI, also write machine-readable results; .ci/run reads reports/vitest.json.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI ? { json: 'reports/vitest.json' } : undefined,
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}', 'test/next-app/**', 'test/storybook-docs/**', 'test/server/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        // Every story is a test: it renders, runs its play function, then axe (a11y.test = 'error').
        // Since Storybook 10.3 the plugin applies .storybook/preview itself: no setup file needed.
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        // Pre-bundled up front: discovering them mid-run makes Vite reload the page under a test.
        optimizeDeps: { include: BROWSER_DEPENDENCIES },
        test: {
          name: 'storybook',
          browser: chromiumBrowser(),
        },
      },
      {
        plugins: [react()],
        optimizeDeps: { include: BROWSER_DEPENDENCIES },
        test: {
          name: 'browser',
          globals: true,
          include: ['test/**/*.browser.test.{ts,tsx}'],
          browser: { ...chromiumBrowser(), commands: { armDownload, takeDownload } },
        },
      },
      {
        // The reference server (react-sync-health/server) in Node: its stores on PGlite and on a real
        // PostgreSQL, which the global setup starts from Debian's package (or takes from
        // SYNC_HEALTH_TEST_DATABASE_URL).
        test: {
          name: 'server',
          globals: true,
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
          globalSetup: ['test/server/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Storybook's docs pages (test/storybook-docs): builds Storybook for production and checks
        // every docs page in Chromium (axe colour contrast, light and dark). After the browser groups,
        // like the Next.js example: the build takes both cores for a while.
        test: {
          name: 'docs',
          environment: 'node',
          include: ['test/storybook-docs/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          hookTimeout: 10 * 60_000,
        },
      },
      {
        // The Next.js example (examples/next-app): builds the library, installs and builds the app,
        // runs `next start`, then drives it with fetch and Chromium. Its own group, after the others:
        // `next build` takes both cores for a while, which would slow the browser tests beside it.
        test: {
          name: 'next',
          environment: 'node',
          include: ['test/next-app/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          hookTimeout: 15 * 60_000,
        },
      },
    ],
  },
});
