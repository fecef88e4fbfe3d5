#!/usr/bin/env node
// `npm run demo`: the whole stack on one machine, nothing to install. The reference server
// (react-sync-health/server) on PGlite in memory, seeded with the demo data set, serves the REST
// contract under /api; Vite serves the page in demo/ (the Sync Health dashboard and a customer's
// history over createHttpAdapter) from the same origin. Requests with an `X-Demo-Company` header are
// that company's customer; all others are the support team (a real host's `authorize` checks its
// session instead).
//
// Options: --port N (default 5180)  --syncs N (demo syncs, default 5000)  --host (listen beyond loopback)
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: '5180' },
    syncs: { type: 'string', default: '5000' },
    host: { type: 'boolean', default: false },
  },
});
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Mounts the reference server under /api of Vite's dev server, loading its TypeScript through Vite. */
function referenceServer() {
  return {
    name: 'react-sync-health-reference-server',
    async configureServer(vite) {
      const server = await vite.ssrLoadModule(path.join(root, 'src/server/index.ts'));
      const store = await server.createPgliteStore();
      await store.migrate();
      const started = performance.now();
      // Dated up to now, so the page reads as a live service would.
      await server.seedDemoData(store, { seed: 2026, syncs: Number(options.syncs), now: new Date().toISOString() });
      vite.config.logger.info(`  demo data: ${Number(options.syncs).toLocaleString('en')} syncs in PGlite (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      const handler = server.createSyncHealthHandler({
        store,
        basePath: '/api',
        authorize: (request) => {
          const companyId = request.headers.get('x-demo-company');
          return companyId ? { role: 'customer', companyId } : { role: 'support' };
        },
      });
      vite.middlewares.use('/api', server.toNodeListener(handler));
      vite.httpServer?.once('close', () => void store.close());
    },
  };
}

const vite = await createServer({
  configFile: false,
  root: path.join(root, 'demo'),
  plugins: [react(), referenceServer()],
  server: { port: Number(options.port), strictPort: false, host: options.host ? true : '127.0.0.1', fs: { allow: [root] } },
  logLevel: 'info',
});
await vite.listen();
vite.printUrls();
