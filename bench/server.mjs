#!/usr/bin/env node
// The reference server's benchmark (`npm run bench:server`): the demo data set (default 1,000,000
// syncs, with the push items of every sync that has failed items) loaded into each store, then every
// endpoint called through `createSyncHealthHandler` as a host's route would (a `Request` in, the whole
// JSON body read), printing p50 and p95 per endpoint, the ingestion rate, the database's size and the
// memory of this Node process.
//
// Stores: PostgreSQL (a throwaway cluster of Debian's package, scripts/throwaway-postgres.mjs, or
// SYNC_HEALTH_BENCH_DATABASE_URL) and PGlite (in memory). Goal (issue 17): every endpoint's p95 at most
// 50 ms on PostgreSQL at 1,000,000 syncs on a 2-core machine. Speed is never asserted by tests.
//
// Options: --syncs N (default 1000000)  --stores postgres,pglite  --runs N (default 30)  --warm-up N (default 5)
import { build } from 'esbuild';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import pg from 'pg';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startThrowawayPostgres } from '../scripts/throwaway-postgres.mjs';

const { values: options } = parseArgs({
  options: {
    syncs: { type: 'string', default: '1000000' },
    stores: { type: 'string', default: 'postgres,pglite' },
    runs: { type: 'string', default: '30' },
    'warm-up': { type: 'string', default: '5' },
  },
});
const SYNC_COUNT = Number(options.syncs.replaceAll('_', ''));
const RUNS = Number(options.runs);
const WARM_UP = Number(options['warm-up']);
const GOAL_P95_MS = 50;
/** Syncs per `upsertSyncs` call while loading. */
const BATCH = 5_000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The server entry and the demo generator, bundled with esbuild (no TypeScript runner needed). */
async function loadModules() {
  const outdir = path.join(root, 'node_modules', '.cache', 'sync-health-bench');
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: { server: path.join(root, 'src/server/index.ts'), demo: path.join(root, 'src/adapters/in-memory/index.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['pg', '@electric-sql/pglite', '@electric-sql/pglite/*'],
    logLevel: 'error',
  });
  const [server, demo] = await Promise.all([import(pathToFileURL(path.join(outdir, 'server.mjs')).href), import(pathToFileURL(path.join(outdir, 'demo.mjs')).href)]);
  return { server, demo };
}

/** Bytes of every file under `dir`. */
async function directorySize(dir) {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return bytes;
}

const percentile = (sorted, fraction) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
const format = (ms) => ms.toFixed(1);
const megabytes = (bytes) => `${(bytes / 1_048_576).toFixed(0)} MB`;

/** Loads the data set: syncs in batches, then the push items of each sync with failed items, and configs. */
async function ingest(store, dataset) {
  const started = performance.now();
  for (let start = 0; start < dataset.syncs.length; start += BATCH) {
    await store.upsertSyncs(dataset.syncs.slice(start, start + BATCH));
  }
  const syncsMs = performance.now() - started;
  let itemCount = 0;
  const failed = dataset.syncs.filter((sync) => (sync.itemCounts?.failed ?? 0) + (sync.itemCounts?.validationError ?? 0) + (sync.itemCounts?.timedOut ?? 0) > 0);
  const itemsStarted = performance.now();
  for (const sync of failed) {
    const items = dataset.pushItemsFor(sync);
    itemCount += items.length;
    await store.upsertPushItems(sync.id, items);
  }
  const itemsMs = performance.now() - itemsStarted;
  return { syncsMs, itemsMs, itemCount, failedSyncs: failed.length };
}

/** The endpoints measured, as request paths (with query) under /api. */
function endpoints(dataset) {
  const sample = dataset.syncs[Math.floor(dataset.syncs.length / 3)];
  const named = dataset.syncs.find((sync) => sync.companyName && sync.companyName.length > 6) ?? sample;
  const fragment = named.companyName.slice(2, 6).toLowerCase();
  const failedSync = dataset.syncs.find((sync) => (sync.itemCounts?.failed ?? 0) > 0) ?? sample;
  const to = dataset.now;
  const from = new Date(Date.parse(dataset.now) - 90 * 86_400_000).toISOString();
  return [
    ['default page', '/syncs?page=0&pageSize=50'],
    ['search by company ID', `/syncs?search=${sample.companyId}&page=0&pageSize=50`],
    ['search by a name fragment', `/syncs?search=${encodeURIComponent(fragment)}&page=0&pageSize=50`],
    ['status filter (failed)', '/syncs?statusCategories=failedConfiguration,failedConnection,failedServer&page=0&pageSize=50'],
    ['page 200', '/syncs?page=199&pageSize=50'],
    ['sort by duration', '/syncs?sort=duration:desc&page=0&pageSize=50'],
    ['totals over 90 days', `/syncs/totals?from=${from}&to=${to}&timeZone=Europe/London`],
    ['top errors', '/syncs/top-errors?limit=5&timeZone=Europe/London'],
    ['failing companies', '/failing-companies?limit=5'],
    ['one sync', `/syncs/${sample.id}`],
    ['push items of a failed sync', `/syncs/${failedSync.id}/push-items?page=0&pageSize=50`],
    ['customer history', `/customer/syncs?page=0&pageSize=20`, sample.companyId],
  ];
}

async function measure(handler, requestPath, companyId) {
  const times = [];
  let status = 0;
  for (let run = 0; run < WARM_UP + RUNS; run += 1) {
    const headers = companyId ? { 'x-bench-company': companyId } : {};
    const started = performance.now();
    const response = await handler(new Request(`http://bench.local/api${requestPath}`, { headers }));
    await response.text();
    const ms = performance.now() - started;
    status = response.status;
    if (run >= WARM_UP) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), status };
}

async function benchStore(name, store, server, dataset, databaseSize) {
  console.log(`\n${name}: loading ${dataset.syncs.length.toLocaleString('en')} syncs…`);
  await store.migrate();
  const loaded = await ingest(store, dataset);
  const rate = dataset.syncs.length / (loaded.syncsMs / 1000);
  console.log(
    `  ingestion: ${Math.round(rate).toLocaleString('en')} syncs/s (${format(loaded.syncsMs / 1000)} s), ` +
      `${loaded.itemCount.toLocaleString('en')} push items of ${loaded.failedSyncs.toLocaleString('en')} failed syncs in ${format(loaded.itemsMs / 1000)} s`,
  );
  const handler = server.createSyncHealthHandler({
    store,
    basePath: '/api',
    authorize: (request) => {
      const companyId = request.headers.get('x-bench-company');
      return companyId ? { role: 'customer', companyId } : { role: 'support' };
    },
  });
  const rows = [];
  for (const [label, requestPath, companyId] of endpoints(dataset)) {
    const result = await measure(handler, requestPath, companyId);
    rows.push({
      endpoint: label,
      'p50 ms': format(result.p50),
      'p95 ms': format(result.p95),
      status: result.status,
      [`p95 ≤ ${GOAL_P95_MS} ms`]: result.p95 <= GOAL_P95_MS ? 'yes' : 'NO',
    });
  }
  console.table(rows);
  const size = await databaseSize();
  const memory = process.memoryUsage();
  console.log(`  database size: ${size === undefined ? 'n/a' : megabytes(size)}; this process: rss ${megabytes(memory.rss)}, heap ${megabytes(memory.heapUsed)}`);
}

const { server, demo } = await loadModules();
console.log(`react-sync-health/server benchmark: ${SYNC_COUNT.toLocaleString('en')} syncs, ${RUNS} runs after ${WARM_UP} warm-up; ${os.cpus().length} cores, load ${os.loadavg().map((value) => value.toFixed(2)).join(' ')}`);
const started = performance.now();
const dataset = demo.generateDemoDataset({ seed: 2026, syncs: SYNC_COUNT });
console.log(`generated in ${format((performance.now() - started) / 1000)} s`);

for (const storeName of options.stores.split(',').map((value) => value.trim())) {
  if (storeName === 'postgres') {
    const given = process.env.SYNC_HEALTH_BENCH_DATABASE_URL;
    const postgres = given ? { url: given, stop: () => {} } : await startThrowawayPostgres({ database: 'sync_health_bench', settings: { shared_buffers: '512MB', work_mem: '32MB' } });
    const store = await server.createPostgresStore({ connectionString: postgres.url });
    const sizeOf = async () => {
      const client = new pg.Client({ connectionString: postgres.url });
      await client.connect();
      try {
        return Number((await client.query('SELECT pg_database_size(current_database()) AS bytes')).rows[0].bytes);
      } finally {
        await client.end();
      }
    };
    try {
      await benchStore('PostgreSQL', store, server, dataset, sizeOf);
    } finally {
      await store.close();
      postgres.stop();
    }
  } else if (storeName === 'pglite') {
    // In a directory (as a host would keep it), which also gives its size on disk.
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sync-health-pglite-'));
    const store = await server.createPgliteStore({ dataDir });
    try {
      await benchStore('PGlite (in a directory)', store, server, dataset, () => directorySize(dataDir));
    } finally {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  } else {
    throw new Error(`Unknown store ${storeName}: use postgres or pglite.`);
  }
}
